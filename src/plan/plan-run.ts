import { LockstepError, throwCollected } from '../core/errors.js';
import { checkMigrationRef, findMigration } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import type { HistoryRow } from '../history/index.js';
import type { LoadProblem } from '../loader/index.js';
import type { StatusEntry } from './status.js';

export interface UpSelection {
  readonly to?: string | undefined;
  readonly step?: number | undefined;
  readonly allowOutOfOrder?: boolean | undefined;
  /** Files of the project that could not be read as migrations. */
  readonly problems?: readonly LoadProblem[] | undefined;
}

export interface UpStep {
  readonly file: MigrationFile;
  /** For a partial non-transactional migration: the statement index to resume at. */
  readonly resumeFrom: number;
  readonly row: HistoryRow | undefined;
}

export interface DownStep {
  readonly version: string;
  readonly name: string;
  readonly file: MigrationFile | undefined;
  readonly row: HistoryRow;
}

/** Refuses to run while an applied migration's file was edited since it ran. */
function checksumErrors(entries: readonly StatusEntry[]): LockstepError[] {
  return entries
    .filter((e) => e.changed)
    .map((e) => new LockstepError('LOCKSTEP_E_CHECKSUM_MISMATCH',
      `${e.file?.paths.join(' + ')} was changed after it was applied (applied ${e.row?.checksum.slice(0, 12)}…, file now ${e.file?.checksum.slice(0, 12)}…)`,
      {
        hint: `Revert the edit and add a new migration instead. If the edit is intended (e.g. a comment), accept it with: lockstep repair --accept ${e.id}`,
        location: { file: e.file?.paths[0] ?? e.id },
        details: { version: e.id, applied: e.row?.checksum, current: e.file?.checksum },
      }));
}

/** Where `ref` is among `entries`, or an error that says it names no migration. */
function indexOf(entries: readonly StatusEntry[], ref: string, what: string, errors: LockstepError[], extraHint = ''): number {
  checkMigrationRef(ref, what);
  const at = findMigration(entries, ref, what);
  if (at < 0) {
    errors.push(new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `no migration has the id or version ${ref}`, {
      hint: `Run \`lockstep status\` to list them.${extraHint}`,
    }));
  }
  return at;
}

/**
 * Files that could not be read as migrations stop `up` (nothing is applied) unless they belong to a migration the
 * target has already applied: `up` has nothing to do with those.
 */
function blockingProblems(entries: readonly StatusEntry[], problems: readonly LoadProblem[]): LockstepError[] {
  const applied = new Set(entries.filter((e) => e.state === 'applied').map((e) => e.id));
  return problems.filter((p) => p.id === undefined || !applied.has(p.id)).map((p) => p.error);
}

/** Pure: which migrations `up` runs, in order, or why it refuses. */
export function planUp(entries: readonly StatusEntry[], sel: UpSelection): UpStep[] {
  const errors = [...blockingProblems(entries, sel.problems ?? []), ...checksumErrors(entries.filter((e) => e.state !== 'partial'))];
  for (const e of entries.filter((x) => x.state === 'partial' && x.missingFile)) {
    errors.push(new LockstepError('LOCKSTEP_E_PARTIAL', `migration ${e.id} stopped part-way and its file is gone`, {
      hint: 'Restore the file so `lockstep up` can resume it, or finish it by hand and run `lockstep repair --accept` on it.',
    }));
  }
  const to = sel.to === undefined ? entries.length - 1 : indexOf(entries, sel.to, '--to', errors);
  // Only migrations with a file can be applied (a partial one without its file is refused above).
  let candidates = entries.filter((e, i) => (e.state === 'partial' || e.state === 'pending') && e.file !== undefined && i <= to);
  if (sel.step !== undefined) candidates = candidates.slice(0, sel.step);
  const outOfOrder = candidates.filter((e) => e.outOfOrder);
  if (outOfOrder.length > 0 && !sel.allowOutOfOrder) {
    errors.push(new LockstepError('LOCKSTEP_E_OUT_OF_ORDER',
      `${outOfOrder.map((e) => e.id).join(', ')} ${outOfOrder.length === 1 ? 'comes' : 'come'} before the newest applied migration`,
      {
        hint: 'This usually means a branch was merged after newer migrations ran. If the migrations are independent, run again with --allow-out-of-order; otherwise give the file a newer version.',
        location: { file: outOfOrder[0]?.file?.paths[0] ?? '' },
      }));
  }
  throwCollected(errors);
  return candidates.map((e) => ({ file: e.file as MigrationFile, resumeFrom: resumePoint(e), row: e.row }));
}

/** Where `up` starts a migration: after the statements a partial one finished (its history row says), else at its first. */
export function resumePoint(e: Pick<StatusEntry, 'state' | 'row'>): number {
  return e.state === 'partial' ? e.row?.statementsDone ?? 0 : 0;
}

export interface DownSelection {
  readonly to?: string | undefined;
  readonly step?: number | undefined;
}

/** Pure: which migrations `down` rolls back, newest-applied first. */
export function planDown(entries: readonly StatusEntry[], sel: DownSelection): DownStep[] {
  const errors = checksumErrors(entries);
  const position = new Map(entries.map((e, i) => [e, i]));
  const applied = entries
    .filter((e) => e.state === 'applied' || e.state === 'partial' || e.reapply)
    .sort((a, b) => appliedOrder(b) - appliedOrder(a) || (position.get(b) ?? 0) - (position.get(a) ?? 0));
  let chosen: StatusEntry[];
  if (sel.to !== undefined && sel.to !== '0') {
    const at = indexOf(entries, sel.to, '--to', errors, ' `--to 0` rolls back everything.');
    chosen = applied.filter((e) => (position.get(e) ?? 0) > at);
  } else if (sel.to === '0') {
    chosen = applied;
  } else {
    chosen = applied.slice(0, sel.step ?? 1);
  }
  for (const e of chosen.filter((x) => x.state === 'partial')) {
    errors.push(new LockstepError('LOCKSTEP_E_PARTIAL', `migration ${e.id} stopped part-way (statement ${(e.row?.statementsDone ?? 0) + 1} of ${e.row?.statementsTotal} failed)`, {
      hint: 'Fix the cause and run `lockstep up` to finish it before rolling it back.',
    }));
  }
  throwCollected(errors);
  return chosen.map((e) => ({ version: e.id, name: e.name, file: e.file, row: e.row as HistoryRow }));
}

function appliedOrder(e: StatusEntry): number {
  return e.row?.appliedAt ? new Date(e.row.appliedAt).getTime() : 0;
}
