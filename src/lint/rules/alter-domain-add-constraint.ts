import { dottedName, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * ALTER DOMAIN ADD CONSTRAINT (and SET NOT NULL, subtype 'O' in the AST) checks every column of the domain in every table, holding a
 * lock that blocks writes to them (https://www.postgresql.org/docs/current/sql-alterdomain.html). ADD ... NOT VALID skips it,
 * but unlike a table's, a domain's VALIDATE CONSTRAINT (subtype 'V') takes SHARE on every table using the domain for its
 * scan (checked on PostgreSQL 15: test/lint/rules/server-facts.test.ts), so it blocks writes too.
 */
export const alterDomainAddConstraint: Rule = {
  id: 'alter-domain-add-constraint',
  defaultSeverity: 'error',
  description: 'ALTER DOMAIN ADD CONSTRAINT / SET NOT NULL / VALIDATE CONSTRAINT scans every table that uses the domain, blocking writes',
  docs: 'docs/rules/alter-domain-add-constraint.md',
  lockHazard: false,
  check: onKind('AlterDomainStmt', (alter, s, ctx) => {
    const name = dottedName(alter.typeName);
    if (ctx.facts.isNew(name, s)) return undefined;
    const con = nodeAs(alter.def, 'Constraint');
    const adding = alter.subtype === 'C' && con && !con.skip_validation;
    if (alter.subtype === 'V') {
      return {
        statement: s,
        message: `VALIDATE CONSTRAINT ${q(alter.name ?? '?')} on domain ${q(name)} scans every table that uses the domain under a SHARE lock: writes to them wait for the whole scan (a table's VALIDATE does not block writes; a domain's does)`,
        help: 'Run it when writes to those tables can wait for the scan, or replace the domain constraint by NOT VALID CHECK constraints on each table (their VALIDATE takes only SHARE UPDATE EXCLUSIVE).',
      };
    }
    if (!adding && alter.subtype !== 'O') return undefined;
    return {
      statement: s,
      message: `${alter.subtype === 'O' ? 'SET NOT NULL' : 'ADD CONSTRAINT'} on domain ${q(name)} checks every column of this type in every table, blocking writes to them meanwhile`,
      help: `Add the constraint NOT VALID, then ALTER DOMAIN ${quoteQualified(name)} VALIDATE CONSTRAINT ... in a separate migration (SET NOT NULL has no NOT VALID form: use a CHECK (VALUE IS NOT NULL) constraint).`,
    };
  }),
};
