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
    const findings = files.map((f) => findingFor(f, current, row.dirty));
    const matched = findings.some((f) => f.verdict === 'applied' || f.verdict === 'failed');
    // -1 with dirty is golang-migrate's "the first migration's down failed": a failure that no file carries.
    const orphans = matched ? [] : [{ key: row.version, appliedAt: null, failed: row.dirty, note: row.dirty ? 'dirty' : 'no file has this version' }];
    return { findings, orphans, rows: res.rows.length };
  },
};
