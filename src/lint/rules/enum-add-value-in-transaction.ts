import { dottedName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** Before PostgreSQL 12, ALTER TYPE ... ADD VALUE cannot run inside a transaction block (https://www.postgresql.org/docs/11/sql-altertype.html#id-1.9.3.42.7). */
export const enumAddValueInTransaction: Rule = {
  id: 'enum-add-value-in-transaction',
  defaultSeverity: 'error',
  description: 'ALTER TYPE ... ADD VALUE inside a transaction block before PostgreSQL 12',
  docs: 'docs/rules/enum-add-value-in-transaction.md',
  lockHazard: false,
  check: onKind('AlterEnumStmt', (alter, s, ctx) => {
    if (alter.oldVal !== undefined || !s.inTransaction || ctx.facts.pgMajor >= 12) return undefined;
    return {
      statement: s,
      message: `ALTER TYPE ${q(dottedName(alter.typeName))} ADD VALUE cannot run inside a transaction block on PostgreSQL ${ctx.facts.pgMajor}`,
      help: 'Put it in a migration of its own marked "-- lockstep:no-transaction".',
    };
  }),
};
