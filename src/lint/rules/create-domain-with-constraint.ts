import { constraintsOf, dottedName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * Constraints on a domain are checked for every column of that type: changing them later scans every table
 * that uses the domain, and there is no per-table NOT VALID path (https://www.postgresql.org/docs/current/sql-createdomain.html).
 * Creating the domain locks and scans no table (test/lint/rules/server-facts.test.ts), and the later change is
 * reported where it happens (alter-domain-add-constraint, an error), so this is design advice: info.
 */
export const createDomainWithConstraint: Rule = {
  id: 'create-domain-with-constraint',
  defaultSeverity: 'info',
  description: 'CREATE DOMAIN with CHECK / NOT NULL constraints: later changes scan every table using it',
  docs: 'docs/rules/create-domain-with-constraint.md',
  lockHazard: false,
  check: onKind('CreateDomainStmt', (domain, s) => {
    const cons = constraintsOf({ constraints: domain.constraints }).filter((c) => c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_NOTNULL');
    if (cons.length === 0) return undefined;
    return {
      statement: s,
      message: `Domain ${q(dottedName(domain.domainname))} has constraints: changing them later re-checks every column of this type in every table`,
      help: 'Prefer CHECK constraints on the tables (they can be added NOT VALID and validated per table), or a domain without constraints.',
    };
  }),
};
