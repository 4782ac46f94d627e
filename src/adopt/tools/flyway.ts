/**
 * Flyway: `flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,
 * installed_on, execution_time, success)` in the default schema (the first of `schemas`, else the current one).
 * Versioned migrations are matched by version (1.1 = 1.01 = 1_1; trailing zero groups do not count), their
 * newest row deciding: success = false is a failed migration, an UNDO or DELETE row takes it back. Everything at
 * or below a BASELINE row's version counts as applied. Repeatables (version null) are matched by script, and are
 * applied only while their newest row's checksum is the file's: a changed one is run again. Checksums are
 * Flyway's CRC-32 (tool-checksums.ts).
 * A baseline migration (`B5__…`) that Flyway ran on an empty database has a row of type SQL_BASELINE (flyway-core
 * BaselineMigrationType; `SQL_STATE_SCRIPT` in older versions), with its script and its checksum as a versioned
 * script's; it is matched to the B file of that version, and the versioned migrations at or below it, which Flyway
 * ignored, are left unrecorded (Lockstep's status shows them ignored: plan/baseline-choice.ts), as are baseline
 * migrations Flyway did not run.
 */
import type { MigrationFile } from '../../core/types.js';
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName, migrationText } from '../file-text.js';
import { flywayChecksum } from '../tool-checksums.js';
import type { Finding, Orphan, ToolReading } from '../types.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

interface FlywayRow {
  readonly version: string | null;
  readonly description: string;
  readonly type: string;
  readonly script: string;
  readonly checksum: number | null;
  readonly at: Date | null;
  readonly success: boolean;
}

interface History {
  readonly versioned: ReadonlyMap<string, FlywayRow>;
  readonly repeatable: ReadonlyMap<string, FlywayRow>;
  readonly baseline: FlywayRow | undefined;
  /** SQL_BASELINE rows (baseline migrations Flyway ran), by version key. */
  readonly baselineMigrations: ReadonlyMap<string, FlywayRow>;
}

/** Flyway's version identity: "1.01", "1_1" and "1.1.0" are all 1.1. */
export function flywayVersionKey(version: string): string | undefined {
  const groups = version.split(/[._]/);
  if (!groups.every((g) => /^\d+$/.test(g))) return undefined;
  const parts = groups.map((g) => BigInt(g));
  while (parts.length > 1 && parts.at(-1) === 0n) parts.pop();
  return parts.join('.');
}

function compareKeys(a: string, b: string): number {
  const pa = a.split('.').map(BigInt);
  const pb = b.split('.').map(BigInt);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0n;
    const y = pb[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const isTakenBack = (row: FlywayRow): boolean => row.type.startsWith('UNDO') || row.type === 'DELETE';
const isBaseline = (row: FlywayRow): boolean => row.type === 'BASELINE' || row.type === 'INIT';
const BASELINE_MIGRATION_TYPES = new Set(['SQL_BASELINE', 'JDBC_BASELINE', 'SQL_STATE_SCRIPT', 'JDBC_STATE_SCRIPT']);
const isBaselineMigration = (row: FlywayRow): boolean => BASELINE_MIGRATION_TYPES.has(row.type);

/** The newest row of each version and of each repeatable script, and the newest baseline (rows in rank order). */
function organise(rows: readonly FlywayRow[]): History {
  const versioned = new Map<string, FlywayRow>();
  const repeatable = new Map<string, FlywayRow>();
  const baselineMigrations = new Map<string, FlywayRow>();
  let baseline: FlywayRow | undefined;
  for (const row of rows) {
    if (row.type === 'SCHEMA') continue;
    if (isBaseline(row)) baseline = row;
    else if (isBaselineMigration(row) && row.version !== null) {
      const key = flywayVersionKey(row.version);
      if (key !== undefined) baselineMigrations.set(key, row);
    }
    else if (row.version === null) repeatable.set(row.script, row);
    else {
      const key = flywayVersionKey(row.version);
      if (key !== undefined) versioned.set(key, row);
    }
  }
  return { versioned, repeatable, baseline, baselineMigrations };
}

const scriptOf = (file: MigrationFile): string => String(file.toolMeta?.script ?? fileName(file));
const isSql = (name: string): boolean => name.endsWith('.sql');

async function checksumOf(file: MigrationFile, cwd: string): Promise<number | undefined> {
  const text = await migrationText(file, cwd, isSql);
  return text === undefined ? undefined : flywayChecksum(text);
}

function belowBaseline(file: MigrationFile, key: string, history: History): Finding {
  const b = history.baseline;
  const bKey = b?.version ? flywayVersionKey(b.version) : undefined;
  if (b && bKey !== undefined && compareKeys(key, bKey) <= 0) {
    return { file, verdict: 'implied', appliedAt: b.at, key: b.version ?? undefined, note: `at or below the baseline ${b.version}` };
  }
  return { file, verdict: 'pending', appliedAt: null };
}

/** The newest baseline migration Flyway ran (its SQL_BASELINE row), if any. */
function ranBaseline(history: History): { key: string; row: FlywayRow } | undefined {
  const ran = [...history.baselineMigrations.entries()].filter(([, r]) => r.success).sort(([a], [b]) => compareKeys(a, b)).at(-1);
  return ran ? { key: ran[0], row: ran[1] } : undefined;
}

async function versionedFinding(file: MigrationFile, history: History, cwd: string): Promise<Finding> {
  const key = flywayVersionKey(file.version);
  if (key === undefined) return { file, verdict: 'pending', appliedAt: null };
  const row = file.baseline ? history.baselineMigrations.get(key) : history.versioned.get(key);
  if (file.baseline && !row) {
    const ran = ranBaseline(history);
    const note = ran ? `Flyway ran the baseline migration ${ran.row.script} instead` : 'a baseline migration: Flyway runs one only on an empty database, and this one did not run';
    return { file, verdict: 'skipped-by-tool', appliedAt: null, note };
  }
  if (!row || isTakenBack(row)) {
    const ran = ranBaseline(history);
    if (!file.baseline && ran && compareKeys(key, ran.key) <= 0) return { file, verdict: 'skipped-by-tool', appliedAt: null, note: `at or below the baseline migration ${ran.row.script}, which Flyway ran in its place` };
    return belowBaseline(file, key, history);
  }
  const base = { file, appliedAt: row.at, key: row.version ?? undefined };
  if (!row.success) return { ...base, verdict: 'failed', note: 'success = false' };
  const actual = row.checksum === null ? undefined : await checksumOf(file, cwd);
  if (actual === undefined || actual === row.checksum) return { ...base, verdict: 'applied' };
  return { ...base, verdict: 'edited', stored: String(row.checksum), actual: String(actual) };
}

async function repeatableFinding(file: MigrationFile, history: History, cwd: string): Promise<Finding> {
  const row = history.repeatable.get(scriptOf(file));
  if (!row) return { file, verdict: 'pending', appliedAt: null };
  const base = { file, appliedAt: row.at, key: row.script };
  if (!row.success) return { ...base, verdict: 'failed', note: 'success = false' };
  // Flyway stores a repeatable's checksum with its placeholders replaced, and accepts the file as written as well.
  const asRun = file.up.kind === 'sql' ? flywayChecksum(file.up.sql) : undefined;
  if (row.checksum === null || asRun === row.checksum || (await checksumOf(file, cwd)) === row.checksum) return { ...base, verdict: 'applied' };
  return { file, verdict: 'pending', appliedAt: null, key: row.script, note: 'changed since Flyway last ran it: it runs again' };
}

function orphansOf(history: History, findings: readonly Finding[]): Orphan[] {
  const matched = new Set(findings.flatMap((f) => (f.key === undefined || f.verdict === 'implied' ? [] : [f.key])));
  const live = [...history.versioned.values(), ...history.repeatable.values(), ...history.baselineMigrations.values()].filter((r) => !isTakenBack(r));
  return live
    .map((r) => ({ key: r.version ?? r.script, row: r }))
    .filter(({ key }) => !matched.has(key))
    .map(({ key, row }) => ({ key, appliedAt: row.at, failed: !row.success, note: row.script }));
}

export const flyway: ToolAdapter = {
  tool: 'flyway',
  defaultTable: TOOL_HISTORY_TABLES.flyway[0],
  legacyTables: TOOL_HISTORY_TABLES.flyway.slice(1),
  columns: ['installed_rank', 'version', 'description', 'type', 'script', 'checksum', 'success'],
  shape: ['installed_rank', 'version', 'description', 'type', 'script', 'checksum', 'installed_by', 'installed_on', 'execution_time', 'success'],
  async read({ session, table, files, cwd }): Promise<ToolReading> {
    const res = await session.query<FlywayRow>(
      `select version, description, type, script, checksum, installed_on::timestamptz as at, success
       from ${qualifiedTable(table)} order by installed_rank`,
    );
    const history = organise(res.rows);
    const findings: Finding[] = [];
    for (const file of files) findings.push(await (file.repeatable ? repeatableFinding(file, history, cwd) : versionedFinding(file, history, cwd)));
    return { findings, orphans: orphansOf(history, findings), rows: res.rows.length };
  },
};
