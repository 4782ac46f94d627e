/**
 * A write to a migration tool's history table (core/tool-history-tables.ts): the tool's bookkeeping, written out in the
 * migration file (Alembic's offline `--sql` output ends every migration with `UPDATE alembic_version …`). The table
 * holds a row per migration, only the tool writes it and nothing else locks it: the write is over at once and waits
 * for nobody, so it neither lengthens a lock hold nor is a backfill.
 */
import { isToolHistoryTable } from '../../core/tool-history-tables.js';
import { bareName } from '../../locks/index.js';
import { bodyOf, relationName } from '../../sql/index.js';
import type { StatementFacts } from '../types.js';

export function writesToolHistory(s: StatementFacts): boolean {
  const target = bodyOf(s.stmt, 'UpdateStmt')?.relation ?? bodyOf(s.stmt, 'DeleteStmt')?.relation ?? bodyOf(s.stmt, 'InsertStmt')?.relation;
  const name = relationName(target);
  return name !== undefined && isToolHistoryTable(bareName(name));
}
