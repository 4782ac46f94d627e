import { noTransactionReason, readsEarlierStatements } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, eachStatement } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE,
 * ALTER SYSTEM and DISCARD ALL cannot run inside a transaction block: PostgreSQL rejects them with SQLSTATE 25001; a DO
 * block that COMMITs, or a CALL (or a DO block's CALL) of a procedure the same migration creates that COMMITs, with 2D000
 * (https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY).
 */
export const nonTransactionalStatementInTransaction: Rule = {
  id: 'non-transactional-statement-in-transaction',
  defaultSeverity: 'error',
  description: 'CONCURRENTLY, VACUUM and other statements that PostgreSQL refuses inside a transaction block',
  docs: 'docs/rules/non-transactional-statement-in-transaction.md',
  lockHazard: false,
  check: eachStatement((s, ctx) => {
    if (!s.inTransaction) return undefined;
    const reason = noTransactionReason(s.stmt, readsEarlierStatements(s.stmt) ? ctx.facts.statements.slice(0, s.index).map((e) => e.stmt) : []);
    if (!reason) return undefined;
    if (s.sharedQuery) {
      return {
        statement: s,
        message: `${reason} cannot run inside a transaction block, and it is sent in one query with other statements, which PostgreSQL runs as one: PostgreSQL will reject it`,
        help: 'Give it a StatementBegin/StatementEnd block (or a drizzle breakpoint) of its own, so that it is sent alone.',
      };
    }
    return {
      statement: s,
      message: `${reason} cannot run inside a transaction block, and this migration runs in one: PostgreSQL will reject it`,
      help: `Move it into a migration of its own with "${NO_TX_DIRECTIVE}" in its leading comments (lockstep lint --fix does this for indexes).`,
    };
  }),
};
