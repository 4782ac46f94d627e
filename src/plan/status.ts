import { compareVersions, isVersion, sameVersion, splitVersionedName } from '../core/version.js';
import type { MigrationFile } from '../core/types.js';
import type { HistoryRow } from '../history/index.js';
import { chooseBaseline } from './baseline-choice.js';

/**
 * `ignored`: not applied and not to be: a Flyway baseline migration that does not run on this target, or a versioned
 * migration at or below the baseline migration that does (Flyway's `info` says Ignored; plan/baseline-choice.ts).
 */
export type EntryState = 'applied' | 'pending' | 'partial' | 'ignored';

/** One migration as seen from both sides: the file on disk and the row in the target's history. */
export interface StatusEntry {
  /** The migration's key (MigrationFile.id; the history row's `version` column). */
  readonly id: string;
  /** Its version as the file name writes it (for display). */
  readonly version: string;
  readonly name: string;
  readonly state: EntryState;
  readonly file: MigrationFile | undefined;
  readonly row: HistoryRow | undefined;
  /** Applied (or partial) and the file's checksum differs from the recorded one (never for a repeatable). */
  readonly changed: boolean;
  /** Applied (or partial) but no file has this id any more. */
  readonly missingFile: boolean;
  /** Pending and before the last applied migration in the tool's order. */
  readonly outOfOrder: boolean;
  /** A Flyway repeatable applied before whose file has changed since: pending again. */
  readonly reapply: boolean;
  /** Why it is `ignored` (Flyway baseline migrations). */
  readonly ignoredWhy?: string | undefined;
}

export interface StatusOptions {
  /** The progress the catalog shows for partial migrations (see withCatalogProgress). */
  readonly catalogDone?: ReadonlyMap<string, number> | undefined;
  /** `--to`: which Flyway baseline migration an empty database takes depends on it. */
  readonly to?: string | undefined;
  /** Treat the target as having migrations applied, whatever its history says (`lockstep baseline`). */
  readonly notEmpty?: boolean | undefined;
}

/**
 * Pure: joins files (in their tool's order) and history rows into one list in that order. A row is matched to the
 * file with its id; failing that, to a file with the same version and name (a version that became shared keys its
 * migrations by whole name). Rows whose file is gone are placed by their id among the rest.
 */
export function computeStatus(files: readonly MigrationFile[], rows: readonly HistoryRow[], opts: StatusOptions = {}): StatusEntry[] {
  const { catalogDone, to, notEmpty } = opts;
  const rowFor = matchRows(files, withCatalogProgress(rows, catalogDone));
  const matched = new Set(rowFor.values());
  const live = new Set(files.filter((f) => { const r = rowFor.get(f); return r !== undefined && r.status !== 'rolled_back'; }));
  const { ignored } = chooseBaseline(files, live, notEmpty === true || rows.some((r) => r.status !== 'rolled_back'), to);
  const lastApplied = files.reduce((last, f, i) => (live.has(f) && !f.repeatable ? i : last), -1);
  const entries: StatusEntry[] = files.map((file, i) => entry(file, rowFor.get(file), i < lastApplied, ignored.get(file)));
  const orphans = rows.filter((r) => !matched.has(r) && r.status !== 'rolled_back');
  for (const row of orphans) {
    // Rolled back and its file deleted: the migration is gone from the project (history still shows it).
    const at = entries.findIndex((e) => compareIds(e.id, row.version) > 0);
    entries.splice(at < 0 ? entries.length : at, 0, entry(undefined, row, false));
  }
  return entries;
}

/**
 * A partial migration's progress as the catalog shows it, where that is ahead of its record: statements that cannot
 * run in a transaction (a concurrent index build) that the server finished after the run's client had gone. The
 * api layer reads those facts (runner/invalid-index.ts decides what counts as finished); `up` records them.
 */
function withCatalogProgress(rows: readonly HistoryRow[], catalogDone: ReadonlyMap<string, number> | undefined): readonly HistoryRow[] {
  if (!catalogDone || catalogDone.size === 0) return rows;
  return rows.map((r) => {
    const done = r.status === 'partial' ? catalogDone.get(r.version) : undefined;
    return done !== undefined && done > r.statementsDone ? { ...r, statementsDone: Math.min(done, r.statementsTotal) } : r;
  });
}

function entry(file: MigrationFile | undefined, row: HistoryRow | undefined, beforeLastApplied: boolean, ignoredWhy?: string): StatusEntry {
  const live = row && row.status !== 'rolled_back' ? row : undefined;
  const reapply = file?.repeatable === true && live?.status === 'applied' && live.checksum !== file.checksum;
  const state: EntryState = live && !reapply ? (live.status === 'partial' ? 'partial' : 'applied') : ignoredWhy !== undefined && !live ? 'ignored' : 'pending';
  return {
    id: file?.id ?? row?.version ?? '',
    version: file?.version ?? splitVersionedName(row?.version ?? '')?.version ?? row?.version ?? '',
    name: file?.name ?? row?.name ?? '',
    state,
    file,
    row,
    changed: live !== undefined && file !== undefined && !file.repeatable && file.checksum !== live.checksum,
    missingFile: live !== undefined && file === undefined,
    outOfOrder: state === 'pending' && !reapply && !file?.repeatable && beforeLastApplied,
    reapply,
    ...(state === 'ignored' ? { ignoredWhy } : {}),
  };
}

function matchRows(files: readonly MigrationFile[], rows: readonly HistoryRow[]): Map<MigrationFile, HistoryRow> {
  const byId = new Map(rows.map((r) => [r.version, r]));
  const out = new Map<MigrationFile, HistoryRow>();
  const used = new Set<HistoryRow>();
  for (const f of files) {
    const r = byId.get(f.id);
    if (r) {
      out.set(f, r);
      used.add(r);
    }
  }
  for (const f of files) {
    if (out.has(f) || f.version === '') continue;
    const r = rows.find((x) => !used.has(x) && x.name === f.name && isVersion(x.version) && sameVersion(x.version, f.version))
      ?? rows.find((x) => !used.has(x) && isVersion(x.version) && sameVersion(x.version, f.version) && files.filter((g) => g.version !== '' && sameVersion(g.version, f.version)).length === 1);
    if (r) {
      out.set(f, r);
      used.add(r);
    }
  }
  return out;
}

/** Ids in a plausible order when no tool order is known (a row without its file): by version, then by text. */
export function compareIds(a: string, b: string): number {
  const va = splitVersionedName(a)?.version;
  const vb = splitVersionedName(b)?.version;
  const byVersion = va !== undefined && vb !== undefined ? compareVersions(va, vb) : 0;
  return byVersion !== 0 ? byVersion : a < b ? -1 : a > b ? 1 : 0;
}

export interface StatusSummary {
  readonly applied: number;
  readonly pending: number;
  readonly partial: number;
  readonly changed: number;
  readonly missingFile: number;
  readonly outOfOrder: number;
  /** Flyway baseline migrations that do not run here, and the versioned migrations the one that does stands for. */
  readonly ignored: number;
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
    ignored: count((e) => e.state === 'ignored'),
  };
}
