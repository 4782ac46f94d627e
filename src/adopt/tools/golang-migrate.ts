/**
 * golang-migrate: `schema_migrations (version bigint primary key, dirty boolean)` in the current schema (or
 * `x-migrations-table`); ONE row, the current version. Every migration at or below it counts as applied; `dirty`
 * means the current one started and did not finish, and the tool refuses to run until `force` (postgres.go
 * SetVersion/Version). A version is the integer before the first `_` of the file name.
 */
import type { MigrationFile } from '../../core/types.js';
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName } from '../file-text.js';
import { integerKey } from '../keyed-rows.js';
import type { Finding, ToolReading } from '../types.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

function versionOf(file: MigrationFile): bigint | undefined {
  const key = integerKey(/^(\d+)_/.exec(fileName(file))?.[1] ?? '');
  return key === undefined ? undefined : BigInt(key);
}

function findingFor(file: MigrationFile, current: bigint, dirty: boolean): Finding {
  const v = versionOf(file);
  const key = current.toString();
  if (v === undefined || v > current) return { file, verdict: 'pending', appliedAt: null };
  if (v < current) return { file, verdict: 'implied', appliedAt: null, key, note: `below the current version ${key}` };
  return dirty ? { file, verdict: 'failed', appliedAt: null, key, note: 'dirty' } : { file, verdict: 'applied', appliedAt: null, key };
}

/** golang-migrate's NilVersion: no migration applied. */
const NIL = -1n;

/**
 * `(-1, dirty)` is written only when the down of the FIRST migration fails: golang-migrate sets the target version
 * dirty before it runs a migration (migrate.go runMigrations), a down's target is the version before it, -1 for the
 * first, and SetVersion writes a row for -1 only when dirty (database/postgres/postgres.go, issue 330). So the first
 * migration is the failed one: applied if its down undid nothing, pending if it undid everything. It was reported as
 * "version -1, which no file has", and `--failed-as rolled-back` then left the first migration pending though its
 * changes were still there.
 */
function firstDownFailed(files: readonly MigrationFile[]): ToolReading {
  let first: { file: MigrationFile; v: bigint } | undefined;
  for (const file of files) {
    const v = versionOf(file);
    if (v !== undefined && (first === undefined || v < first.v)) first = { file, v };
  }
  const findings: Finding[] = files.map((file) =>
    file === first?.file
      ? { file, verdict: 'failed', appliedAt: null, key: '-1', note: 'dirty at version -1: its down was started and did not finish' }
      : { file, verdict: 'pending', appliedAt: null });
  const orphans = first ? [] : [{ key: '-1', appliedAt: null, failed: true, note: 'dirty at version -1: the first migration\'s down was started and did not finish' }];
  return { findings, orphans, rows: 1 };
}

export const golangMigrate: ToolAdapter = {
  tool: 'golang-migrate',
  defaultTable: TOOL_HISTORY_TABLES['golang-migrate'][0],
  columns: ['version', 'dirty'],
  shape: ['version', 'dirty'],
  async read({ session, table, files }): Promise<ToolReading> {
    // The tool itself reads `limit 1`: the table is truncated and rewritten on every step.
    const res = await session.query<{ version: string; dirty: boolean }>(`select version::text as version, dirty from ${qualifiedTable(table)} limit 1`);
    const row = res.rows[0];
    if (!row) return { findings: files.map((file) => ({ file, verdict: 'pending', appliedAt: null })), orphans: [], rows: 0 };
    const current = BigInt(row.version);
    if (current === NIL && row.dirty) return firstDownFailed(files);
    const findings = files.map((f) => findingFor(f, current, row.dirty));
    const matched = findings.some((f) => f.verdict === 'applied' || f.verdict === 'failed');
    const orphans = matched ? [] : [{ key: row.version, appliedAt: null, failed: row.dirty, note: row.dirty ? 'dirty' : 'no file has this version' }];
    return { findings, orphans, rows: res.rows.length };
  },
};
