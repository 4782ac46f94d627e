import { NO_TX_DIRECTIVE, onKind } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * Lockstep runs a migration and its history row in one transaction. A COMMIT inside the file ends that
 * transaction early (the rest runs outside it, and a failure leaves the migration half-applied); a BEGIN
 * inside it only warns in PostgreSQL and does nothing.
 */
export const explicitTransactionControl: Rule = {
  id: 'explicit-transaction-control',
  defaultSeverity: 'error',
  description: 'BEGIN / COMMIT / ROLLBACK inside a migration that Lockstep already runs in a transaction',
  docs: 'docs/rules/explicit-transaction-control.md',
  lockHazard: false,
  check: onKind('TransactionStmt', (tx, s, ctx) => {
    if (!ctx.facts.transactional) return undefined;
    const kind = tx.kind ?? '';
    if (['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'].includes(kind)) return undefined;
    const word = s.stmt.sql.trim().split(/\s+/)[0]?.toUpperCase() ?? 'BEGIN';
    const begins = kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START';
    const effect = begins
      ? 'it does nothing but hide where the transaction really ends'
      : "it ends Lockstep's transaction early, so a later failure leaves the migration half-applied";
    return {
      statement: s,
      message: `${word} inside a migration that Lockstep already wraps in a transaction: ${effect}`,
      help: `Remove it; to run statements outside a transaction, mark the migration "${NO_TX_DIRECTIVE}".`,
    };
  }),
};
