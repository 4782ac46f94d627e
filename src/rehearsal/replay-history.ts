/**
 * Rebuilds the target's schema in a shadow by applying, in the order the target applied them, the
 * migrations its history says are applied: from their files, or from the up SQL stored in history.
 * No pg_dump needed, and the result is what Lockstep's history says the target should look like.
 */
import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import { compareVersions } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import type { HistoryRow } from '../history/index.js';
import { computeStatus } from '../plan/index.js';
import { sectionStatements } from '../execution/index.js';
import type { ShadowRunner } from './shadow-runner.js';
import { traceError } from './trace-migration.js';

export interface ReplayResult {
  /** Versions applied in the shadow, in order. */
  readonly applied: readonly string[];
  /** What was replayed differently from a plain `up` (missing files, edited files, partial migrations, statements left out of the shadow). */
  readonly notes: readonly string[];
  readonly durationMs: number;
}

interface ReplayStep {
  readonly file: MigrationFile | undefined;
  readonly row: HistoryRow;
  readonly note: string | undefined;
}

function appliedAt(row: HistoryRow): number {
  return row.appliedAt ? new Date(row.appliedAt).getTime() : 0;
}

const isModuleSql = (sql: string | null): boolean => sql === null || sql.startsWith('-- module ');

/** A stand-in for an applied migration built from its history row (its up SQL as it ran). */
function fileFromHistory(row: HistoryRow): MigrationFile {
  return {
    id: row.version, tool: 'lockstep', version: row.version, name: row.name, layout: row.layout, paths: [], checksum: row.checksum,
    up: { kind: 'sql', path: `history:${row.version}.up`, sql: row.upSql ?? '', startLine: 1 },
    down: isModuleSql(row.downSql) ? undefined : { kind: 'sql', path: `history:${row.version}.down`, sql: row.downSql ?? '', startLine: 1 },
    directives: { noTransaction: false, irreversible: false, lockFlag: false },
  };
}

/** Which text of each applied migration to replay: the file when it is unchanged, else what history recorded. */
function replaySteps(files: readonly MigrationFile[], rows: readonly HistoryRow[]): ReplayStep[] {
  const live = computeStatus(files, rows).filter((e) => (e.state === 'applied' || e.state === 'partial') && e.row);
  const steps = live.map((e): ReplayStep => {
    const row = e.row as HistoryRow;
    if (e.file && !e.changed) return { file: e.file, row, note: undefined };
    if (!isModuleSql(row.upSql)) {
      const why = e.file ? 'its file was edited after it was applied' : 'its file is gone';
      return { file: fileFromHistory(row), row, note: `${row.version}: ${why}; replayed the up SQL recorded in history` };
    }
    if (e.file) return { file: e.file, row, note: `${row.version}: its module file was edited after it was applied; replayed the current file` };
    return { file: undefined, row, note: `${row.version}: a module migration whose file is gone cannot be replayed; the shadow lacks whatever it did` };
  });
  // The order the target saw them in (out-of-order migrations included), ties by version.
  return steps.sort((a, b) => appliedAt(a.row) - appliedAt(b.row) || compareVersions(a.row.version, b.row.version));
}

export async function replayHistory(runner: ShadowRunner, files: readonly MigrationFile[], rows: readonly HistoryRow[]): Promise<ReplayResult> {
  const started = performance.now();
  const applied: string[] = [];
  const notes: string[] = [];
  for (const step of replaySteps(files, rows)) {
    if (step.note) notes.push(step.note);
    if (!step.file) continue;
    try {
      if (step.row.status === 'partial') await replayPartial(runner, step.file, step.row, notes);
      else await runner.up(step.file);
    } catch (err) {
      const e = traceError(err);
      throw new LockstepError('LOCKSTEP_E_SHADOW', `cannot rebuild the target's schema in the shadow: applied migration ${step.row.version} fails there: ${e.message}`, {
        hint: 'The shadow must be able to run every applied migration. If it needs an extension or a setting the embedded PGlite shadow lacks, pass --shadow-url with a PostgreSQL server like the target.',
        ...(e.location ? { location: e.location } : {}),
        cause: err,
      });
    }
    applied.push(step.row.version);
  }
  // What the shadow left out of the replay: the expected schema lacks what those statements would have done.
  return { applied, notes: [...notes, ...runner.serverWide.notes], durationMs: performance.now() - started };
}

/** A partial (non-transactional) migration: only the statements the target finished (less what the shadow leaves out). */
async function replayPartial(runner: ShadowRunner, file: MigrationFile, row: HistoryRow, notes: string[]): Promise<void> {
  const up = file.up.kind === 'sql' ? sectionStatements(file.up).units.slice(0, row.statementsDone) : [];
  notes.push(`${row.version}: partial on the target (${row.statementsDone} of ${row.statementsTotal} statements); replayed those ${row.statementsDone}`);
  for (const stmt of runner.serverWide.runnable(file.up.path, up)) await runner.session.exec(stmt.sql);
}
