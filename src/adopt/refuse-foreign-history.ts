/**
 * "Never re-run by accident": `up` and `down` on a database that another tool has been migrating, and that has
 * no Lockstep history yet, stop before anything runs and point at `lockstep adopt`. Only called while Lockstep's
 * history is empty, so a project already run by Lockstep pays nothing for it.
 */
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import { findHistoryTables } from './find-history.js';
import { adapterFor } from './tools/index.js';
import type { HistoryTable } from './types.js';

interface ForeignHistory {
  readonly table: HistoryTable;
  /** Ids of the project's migrations that history counts as run (or started). */
  readonly ran: readonly string[];
  readonly orphans: number;
}

async function readEach(session: Session, tables: readonly HistoryTable[], files: readonly MigrationFile[], cwd: string): Promise<ForeignHistory[]> {
  const out: ForeignHistory[] = [];
  for (const table of tables) {
    // A table found by its columns alone may hold anything (a `files (id, hash, created_at timestamptz)` of the
    // project's own has drizzle's column names): one its tool's reader cannot read is not that tool's history.
    const reading = table.byShape
      ? await adapterFor(table.tool).read({ session, table, files, cwd }).catch(() => undefined)
      : await adapterFor(table.tool).read({ session, table, files, cwd });
    if (!reading) continue;
    const ran = reading.findings.filter((f) => f.verdict !== 'pending' && f.verdict !== 'skipped-by-tool').map((f) => f.file.id);
    // A table found by its columns alone counts only when its rows name the project's migrations: a table of the
    // project's own data may happen to have two columns named like sql-migrate's.
    if (ran.length > 0 || (reading.orphans.length > 0 && !table.byShape)) out.push({ table, ran, orphans: reading.orphans.length });
  }
  return out;
}

const describe = (h: ForeignHistory): string =>
  `${h.table.tool} (${h.table.schema}.${h.table.table}: ${h.ran.length} of these migrations run${h.orphans ? `, ${h.orphans} other row(s)` : ''})`;

/** Other tools' histories in the target that count some of the project's migrations as run (for `status`). */
export async function foreignHistories(session: Session, historySchema: string, files: readonly MigrationFile[], cwd: string): Promise<Array<{ readonly tool: string; readonly table: string; readonly ran: number }>> {
  if (files.length === 0) return [];
  const found = await readEach(session, await findHistoryTables(session, historySchema), files, cwd);
  return found.map((h) => ({ tool: h.table.tool, table: `${h.table.schema}.${h.table.table}`, ran: h.ran.length }));
}

export async function refuseForeignHistory(session: Session, historySchema: string, files: readonly MigrationFile[], cwd: string, command: 'up' | 'down'): Promise<void> {
  if (files.length === 0) return;
  const found = await readEach(session, await findHistoryTables(session, historySchema), files, cwd);
  if (found.length === 0) return;
  throw new LockstepError('LOCKSTEP_E_FOREIGN_HISTORY', `the target has no Lockstep history but holds the migration history of ${found.map(describe).join(', ')}: \`lockstep ${command}\` would ${command === 'up' ? 'run migrations that already ran again' : 'ignore what that tool applied'}`, {
    hint: `Take that history over first: \`lockstep adopt --dry-run\` shows what it would record, \`lockstep adopt${found.length > 1 ? ' --tool <tool>' : ''}\` records it; then \`lockstep ${command}\`. Nothing was changed.`,
    details: { histories: found.map((h) => ({ ...h.table, ran: h.ran })) },
  });
}
