import { onKind } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** TRUNCATE ... CASCADE also empties every table with a foreign key to the named ones, recursively (https://www.postgresql.org/docs/current/sql-truncate.html). */
export const truncateCascade: Rule = {
  id: 'truncate-cascade',
  defaultSeverity: 'error',
  description: 'TRUNCATE ... CASCADE also empties every table that references the truncated ones',
  docs: 'docs/rules/truncate-cascade.md',
  lockHazard: false,
  check: onKind('TruncateStmt', (truncate, s) => {
    if (truncate.behavior !== 'DROP_CASCADE') return undefined;
    return {
      statement: s,
      message: 'TRUNCATE ... CASCADE also empties every table with a foreign key to these tables, recursively — tables this migration does not name',
      help: 'Name every table to truncate explicitly, without CASCADE, so the statement fails instead of deleting more than intended.',
    };
  }),
};
