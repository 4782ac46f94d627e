import { alterCommands, bodyOf } from '../../sql/index.js';
import { snippet } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * Outside a transaction, a failure part-way leaves earlier statements applied; re-running the migration then
 * fails on them unless each statement is idempotent (IF [NOT] EXISTS). Only a statement with more of the migration
 * after it, outside its own transaction, can be left behind that way: the last statement of a file (and so a file of
 * one statement, as psql -f or golang-migrate run one) either applies or fails whole.
 */
function missingGuard(s: StatementFacts): boolean {
  const n = s.stmt.node as Record<string, { if_not_exists?: boolean; missing_ok?: boolean } | undefined>;
  switch (s.stmt.kind) {
    case 'CreateStmt':
    case 'IndexStmt':
    case 'CreateSeqStmt':
    case 'CreateSchemaStmt':
    case 'CreateExtensionStmt':
    case 'CreateTableAsStmt':
      return n[s.stmt.kind]?.if_not_exists !== true;
    case 'DropStmt':
      return n.DropStmt?.missing_ok !== true;
    case 'AlterTableStmt':
      return alterCommands(bodyOf(s.stmt, 'AlterTableStmt')).some(
        (c) => (c.subtype === 'AT_AddColumn' || c.subtype === 'AT_DropColumn' || c.subtype === 'AT_DropConstraint') && c.missing_ok !== true,
      );
    default:
      return false;
  }
}

export const nonIdempotentWithoutTransaction: Rule = {
  id: 'non-idempotent-without-transaction',
  defaultSeverity: 'info',
  description: 'a statement without IF [NOT] EXISTS in a migration that runs outside a transaction',
  docs: 'docs/rules/non-idempotent-without-transaction.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    const own = ctx.facts.statements.filter((s) => s.embedded === undefined);
    const out: Report[] = [];
    own.forEach((s, i) => {
      if (s.inTransaction || !missingGuard(s)) return;
      // Nothing after it that could fail on its own and leave this one applied.
      if (!own.slice(i + 1).some((later) => later.transaction !== s.transaction)) return;
      out.push({
        statement: s,
        message: `"${snippet(s.stmt, 50)}" runs outside a transaction and is not idempotent: if a later statement fails, re-running the migration fails here`,
        help: 'Add IF NOT EXISTS / IF EXISTS, so the migration can be resumed. For an index built CONCURRENTLY, also drop an INVALID leftover before retrying.',
      });
    });
    return out;
  },
};
