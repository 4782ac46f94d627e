import { bodyOf } from '../../sql/index.js';
import type { Report, Rule, RuleContext } from '../types.js';

/** A BEGIN with no COMMIT leaves the session in an open transaction when the migration ends: its locks are held until the connection closes. */
export const beginWithoutCommit: Rule = {
  id: 'begin-without-commit',
  defaultSeverity: 'error',
  description: 'BEGIN without a matching COMMIT or ROLLBACK',
  docs: 'docs/rules/begin-without-commit.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    let open: Report['statement'] | undefined;
    for (const s of ctx.facts.ofKind('TransactionStmt')) {
      const kind = bodyOf(s.stmt, 'TransactionStmt')?.kind;
      if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') open ??= s;
      if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_PREPARE') open = undefined;
    }
    // Lockstep's transaction, or the tool's that an enclosed file reopens: the runner commits it.
    if (!open || ctx.facts.transactional || ctx.facts.enclosed) return [];
    return [
      {
        statement: open,
        message: 'This BEGIN has no COMMIT: the transaction stays open after the migration, holding its locks until the connection closes',
        help: 'Add COMMIT after the last statement of the transaction.',
      },
    ];
  },
};
