import { pinsFewRows } from '../analysis/single-row.js';
import { relationName } from '../../sql/index.js';
import type { NodeOf } from '../../sql/index.js';
import { bodyOf } from '../../sql/index.js';
import { q } from '../rule-kit.js';
import type { MigrationFacts, Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * A data backfill in the same transaction as a schema change keeps the schema change's lock (often ACCESS
 * EXCLUSIVE) for as long as the whole backfill takes, and holds row locks on every updated row until COMMIT.
 * An UPDATE that pins one row by its key (analysis/single-row.ts) is a fix-up, not a backfill.
 */
function target(s: StatementFacts, facts: MigrationFacts): string | undefined {
  const upd = bodyOf(s.stmt, 'UpdateStmt') as NodeOf<'UpdateStmt'> | undefined;
  if (upd) return pinsFewRows(s, facts) ? undefined : relationName(upd.relation);
  const ins = bodyOf(s.stmt, 'InsertStmt');
  if (ins && ins.selectStmt && !bodyOf({ node: ins.selectStmt }, 'SelectStmt')?.valuesLists) return relationName(ins.relation);
  return undefined;
}

const DML = new Set(['UpdateStmt', 'InsertStmt', 'DeleteStmt']);

export const backfillInSchemaTransaction: Rule = {
  id: 'backfill-in-schema-transaction',
  defaultSeverity: 'warning',
  description: 'a one-shot UPDATE / INSERT ... SELECT backfill in the same transaction as a schema change',
  docs: 'docs/rules/backfill-in-schema-transaction.md',
  lockHazard: true,
  check(ctx: RuleContext): Report[] {
    if (ctx.facts.ofKind('UpdateStmt').length === 0 && ctx.facts.ofKind('InsertStmt').length === 0) return [];
    const out: Report[] = [];
    const ddlTx = new Map<number, StatementFacts>();
    for (const s of ctx.facts.statements) {
      if (!s.inTransaction) continue;
      const blocking = !DML.has(s.stmt.kind) && s.locks.some((l) => l.blocks.includes('writes') && !ctx.facts.isNew(l.relation, s));
      if (blocking && !ddlTx.has(s.transaction)) ddlTx.set(s.transaction, s);
    }
    for (const s of ctx.facts.statements) {
      const table = target(s, ctx.facts);
      const ddl = ddlTx.get(s.transaction);
      if (!table || !ddl || !s.inTransaction || ctx.facts.isNew(table, s)) continue;
      out.push({
        statement: s,
        relation: table,
        during: 'the whole backfill',
        message: `Backfilling ${q(table)} in the same transaction as the schema change at line ${ddl.stmt.line}: its locks are held until the whole backfill commits`,
        help: 'Commit the schema change on its own, then backfill in batches (outside the migration, or in a no-transaction migration that commits each batch).',
      });
    }
    return out;
  },
};
