import { compareVersions, versionKey } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import type { HistoryRow } from '../history/types.js';

export type EntryState = 'applied' | 'pending' | 'partial';

/** One migration as seen from both sides: the file on disk and the row in the target's history. */
export interface StatusEntry {
  readonly version: string;
  readonly name: string;
  readonly state: EntryState;
  readonly file: MigrationFile | undefined;
  readonly row: HistoryRow | undefined;
  /** Applied (or partial) and the file's checksum differs from the recorded one. */
  readonly changed: boolean;
  /** Applied (or partial) but no file has this version any more. */
  readonly missingFile: boolean;
  /** Pending and older than the newest applied migration. */
  readonly outOfOrder: boolean;
}

/** Pure: joins files and history rows into one ordered list (by version). */
export function computeStatus(files: readonly MigrationFile[], rows: readonly HistoryRow[]): StatusEntry[] {
  const byVersion = new Map<string, { file?: MigrationFile; row?: HistoryRow }>();
  // Same identity as sameVersion(): versions equal as integer sequences share one entry.
  const key = (v: string): string => versionKey(v).join('.');
  for (const file of files) byVersion.set(key(file.version), { file });
  for (const row of rows) {
    const k = key(row.version);
    byVersion.set(k, { ...byVersion.get(k), row });
  }
  const newestApplied = rows
    .filter((r) => r.status !== 'rolled_back')
    .map((r) => r.version)
    .sort(compareVersions)
    .at(-1);
  const entries: StatusEntry[] = [];
  for (const { file, row } of byVersion.values()) {
    // Rolled back and its file deleted: the migration is gone from the project. It is not pending (there is
    // nothing to apply) and not applied; `lockstep history` still shows its row and events.
    if (!file && row?.status === 'rolled_back') continue;
    const live = row && row.status !== 'rolled_back' ? row : undefined;
    const state: EntryState = live ? (live.status === 'partial' ? 'partial' : 'applied') : 'pending';
    const version = file?.version ?? row?.version ?? '';
    entries.push({
      version,
      name: file?.name ?? row?.name ?? '',
      state,
      file,
      row,
      changed: live !== undefined && file !== undefined && file.checksum !== live.checksum,
      missingFile: live !== undefined && file === undefined,
      outOfOrder: state === 'pending' && newestApplied !== undefined && compareVersions(version, newestApplied) < 0,
    });
  }
  return entries.sort((a, b) => compareVersions(a.version, b.version));
}

export interface StatusSummary {
  readonly applied: number;
  readonly pending: number;
  readonly partial: number;
  readonly changed: number;
  readonly missingFile: number;
  readonly outOfOrder: number;
}

export function summarise(entries: readonly StatusEntry[]): StatusSummary {
  const count = (p: (e: StatusEntry) => boolean): number => entries.filter(p).length;
  return {
    applied: count((e) => e.state === 'applied'),
    pending: count((e) => e.state === 'pending'),
    partial: count((e) => e.state === 'partial'),
    changed: count((e) => e.changed),
    missingFile: count((e) => e.missingFile),
    outOfOrder: count((e) => e.outOfOrder),
  };
}
