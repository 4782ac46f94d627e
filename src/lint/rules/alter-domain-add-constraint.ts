import { dottedName, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * ALTER DOMAIN ADD CONSTRAINT (and SET NOT NULL, subtype 'O' in the AST) checks every column of the domain in every table, holding a
 * lock that blocks writes to them (https://www.postgresql.org/docs/current/sql-alterdomain.html). ADD ... NOT VALID skips it.
 */
export const alterDomainAddConstraint: Rule = {
  id: 'alter-domain-add-constraint',
  defaultSeverity: 'error',
  description: 'ALTER DOMAIN ADD CONSTRAINT / SET NOT NULL scans every table that uses the domain',
  docs: 'docs/rules/alter-domain-add-constraint.md',
  lockHazard: false,
  check: onKind('AlterDomainStmt', (alter, s, ctx) => {
    const name = dottedName(alter.typeName);
    if (ctx.facts.isNew(name, s)) return undefined;
    const con = nodeAs(alter.def, 'Constraint');
    const adding = alter.subtype === 'C' && con && !con.skip_validation;
    if (!adding && alter.subtype !== 'O') return undefined;
    return {
      statement: s,
      message: `${alter.subtype === 'O' ? 'SET NOT NULL' : 'ADD CONSTRAINT'} on domain ${q(name)} checks every column of this type in every table, blocking writes to them meanwhile`,
      help: `Add the constraint NOT VALID, then ALTER DOMAIN ${quoteQualified(name)} VALIDATE CONSTRAINT ... in a separate migration (SET NOT NULL has no NOT VALID form: use a CHECK (VALUE IS NOT NULL) constraint).`,
    };
  }),
};
