import { noTransactionReason } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, eachStatement } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, CREATE DATABASE,
 * ALTER SYSTEM and DISCARD ALL cannot run inside a transaction block: PostgreSQL rejects them with SQLSTATE 25001; a DO
 * block that COMMITs, or a CALL (or a DO block's CALL) of a procedure that COMMITs (created by this migration, an
 * earlier one, or found on the database by a command that has one: src/execution/procedures.ts), with 2D000
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
    // The migration's own statements as the execution model judged them (it knows the procedures that COMMIT, from this
    // file, the earlier migrations and the database); SQL inside a DO block or a function body on its own.
    const reason = s.embedded ? noTransactionReason(s.stmt) : ctx.facts.refusals[s.source];
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
