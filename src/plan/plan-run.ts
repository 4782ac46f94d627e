import { LockstepError, throwCollected } from '../core/errors.js';
import { checkVersionArgument, compareVersions, sameVersion } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import type { HistoryRow } from '../history/types.js';
import type { StatusEntry } from './status.js';

export interface UpSelection {
  readonly to?: string | undefined;
  readonly step?: number | undefined;
  readonly allowOutOfOrder?: boolean | undefined;
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
        hint: `Revert the edit and add a new migration instead. If the edit is intended (e.g. a comment), accept it with: lockstep repair --accept ${e.version}`,
        location: { file: e.file?.paths[0] ?? e.version },
        details: { version: e.version, applied: e.row?.checksum, current: e.file?.checksum },
      }));
}

/** Pure: which migrations `up` runs, in order, or why it refuses. */
export function planUp(entries: readonly StatusEntry[], sel: UpSelection): UpStep[] {
  if (sel.to !== undefined) checkVersionArgument(sel.to, '--to');
  const errors = checksumErrors(entries.filter((e) => e.state !== 'partial'));
  for (const e of entries.filter((x) => x.state === 'partial' && x.missingFile)) {
    errors.push(new LockstepError('LOCKSTEP_E_PARTIAL', `migration ${e.version} stopped part-way and its file is gone`, {
      hint: 'Restore the file so `lockstep up` can resume it, or finish it by hand and run `lockstep repair --accept` on it.',
    }));
  }
  if (sel.to !== undefined && !entries.some((e) => sameVersion(e.version, sel.to as string))) {
    errors.push(new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `no migration has version ${sel.to}`, {
      hint: 'Run `lockstep status` to list the versions.',
    }));
  }
  // Only migrations with a file can be applied (a partial one without its file is refused above).
  let candidates = entries.filter((e) => (e.state === 'partial' || e.state === 'pending') && e.file !== undefined);
  if (sel.to !== undefined) candidates = candidates.filter((e) => compareVersions(e.version, sel.to as string) <= 0);
  if (sel.step !== undefined) candidates = candidates.slice(0, sel.step);
  const outOfOrder = candidates.filter((e) => e.outOfOrder);
  if (outOfOrder.length > 0 && !sel.allowOutOfOrder) {
    errors.push(new LockstepError('LOCKSTEP_E_OUT_OF_ORDER',
      `${outOfOrder.map((e) => e.version).join(', ')} ${outOfOrder.length === 1 ? 'is' : 'are'} older than the newest applied migration`,
      {
        hint: 'This usually means a branch was merged after newer migrations ran. If the migrations are independent, run again with --allow-out-of-order; otherwise give the file a newer version.',
        location: { file: outOfOrder[0]?.file?.paths[0] ?? '' },
      }));
  }
  throwCollected(errors);
  return candidates.map((e) => ({ file: e.file as MigrationFile, resumeFrom: e.state === 'partial' ? e.row?.statementsDone ?? 0 : 0, row: e.row }));
}

export interface DownSelection {
  readonly to?: string | undefined;
  readonly step?: number | undefined;
}

/** Pure: which migrations `down` rolls back, newest-applied first. */
export function planDown(entries: readonly StatusEntry[], sel: DownSelection): DownStep[] {
  if (sel.to !== undefined) checkVersionArgument(sel.to, '--to');
  const errors = checksumErrors(entries);
  const applied = entries
    .filter((e) => e.state !== 'pending')
    .sort((a, b) => appliedOrder(b) - appliedOrder(a) || compareVersions(b.version, a.version));
  let chosen: StatusEntry[];
  if (sel.to !== undefined) {
    if (!entries.some((e) => sameVersion(e.version, sel.to as string)) && sel.to !== '0') {
      errors.push(new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `no migration has version ${sel.to}`, {
        hint: 'Run `lockstep status` to list the versions; `--to 0` rolls back everything.',
      }));
    }
    chosen = applied.filter((e) => compareVersions(e.version, sel.to as string) > 0);
  } else {
    chosen = applied.slice(0, sel.step ?? 1);
  }
  for (const e of chosen.filter((x) => x.state === 'partial')) {
    errors.push(new LockstepError('LOCKSTEP_E_PARTIAL', `migration ${e.version} stopped part-way (statement ${(e.row?.statementsDone ?? 0) + 1} of ${e.row?.statementsTotal} failed)`, {
      hint: 'Fix the cause and run `lockstep up` to finish it before rolling it back.',
    }));
  }
  throwCollected(errors);
  return chosen.map((e) => ({ version: e.version, name: e.name, file: e.file, row: e.row as HistoryRow }));
}

function appliedOrder(e: StatusEntry): number {
  return e.row?.appliedAt ? new Date(e.row.appliedAt).getTime() : 0;
}
