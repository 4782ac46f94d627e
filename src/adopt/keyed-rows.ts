/**
 * The common shape of most tools' history: one row per applied migration, found by a key the tool derives from
 * the file (its version, name or file name). Tools with other rules (golang-migrate, drizzle, Flyway) build
 * their findings themselves.
 */
import type { MigrationFile } from '../core/types.js';
import type { ReadContext } from './tool-adapter.js';
import type { Finding, Orphan, ToolReading } from './types.js';

export interface KeyedRow {
  readonly key: string;
  readonly appliedAt: Date | null;
  readonly state: 'applied' | 'failed';
  readonly note?: string | undefined;
  /** The checksum the tool stored with the row, if it stores one. */
  readonly checksum?: string | undefined;
}

/** A stored checksum that does not match the file: what was stored, and what the file gives now. */
export interface ChecksumDifference {
  readonly stored: string;
  readonly actual: string;
}

export interface KeyedMatch {
  /** The key the tool would store for this file; undefined when the tool would not name it at all. */
  fileKey(file: MigrationFile): string | undefined;
  /** Checks the stored checksum of an applied row, if the tool stores one. */
  verify?(file: MigrationFile, row: KeyedRow): Promise<ChecksumDifference | undefined>;
}

async function findingFor(file: MigrationFile, row: KeyedRow | undefined, match: KeyedMatch): Promise<Finding> {
  if (!row) return { file, verdict: 'pending', appliedAt: null };
  const base = { file, appliedAt: row.appliedAt, key: row.key, note: row.note };
  if (row.state === 'failed') return { ...base, verdict: 'failed' };
  const difference = match.verify ? await match.verify(file, row) : undefined;
  return difference ? { ...base, verdict: 'edited', ...difference } : { ...base, verdict: 'applied' };
}

/** Joins rows and files on the key; `rows` holds one row per key (the one that decides). */
export async function readKeyed(files: readonly MigrationFile[], rows: readonly KeyedRow[], match: KeyedMatch, rowCount: number): Promise<ToolReading> {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const claimed = new Set<string>();
  const findings: Finding[] = [];
  for (const file of files) {
    const key = match.fileKey(file);
    const row = key === undefined ? undefined : byKey.get(key);
    if (row) claimed.add(row.key);
    findings.push(await findingFor(file, row, match));
  }
  const orphans: Orphan[] = rows.filter((r) => !claimed.has(r.key)).map((r) => ({ key: r.key, appliedAt: r.appliedAt, note: r.note, failed: r.state === 'failed' }));
  return { findings, orphans, rows: rowCount };
}

/** A version written with digits only, as the integer a tool stores for it ("00012" → "12"). */
export function integerKey(version: string): string | undefined {
  return /^\d+$/.test(version) ? BigInt(version).toString() : undefined;
}

/**
 * The simplest history: one row per applied migration, no failure state, no checksum. `select` returns the row's
 * key as `key` and its time (if the tool keeps one) as `at`.
 */
export async function readOneRowEach(ctx: ReadContext, select: string, fileKey: KeyedMatch['fileKey']): Promise<ToolReading> {
  const res = await ctx.session.query<{ key: string; at: Date | null }>(select);
  const rows = res.rows.map((r) => ({ key: r.key, appliedAt: r.at, state: 'applied' as const }));
  return readKeyed(ctx.files, rows, { fileKey }, res.rows.length);
}
