/**
 * drizzle-kit (drizzle-orm's migrator): `drizzle.__drizzle_migrations (id serial, hash text, created_at bigint)`
 * (schema and table configurable). Each migration inserts its sha256 `hash` and the journal's `when` as
 * created_at. Drizzle runs a migration only when its `when` is newer than the newest created_at, so a journal
 * entry older than that and without a row is never run by drizzle (pg-core/dialect.ts migrate()).
 * Rows are matched by created_at = when, else by hash; the hash is then verified.
 */
import type { MigrationFile } from '../../core/types.js';
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { migrationText } from '../file-text.js';
import { drizzleHash, drizzleHashMatches } from '../tool-checksums.js';
import type { Finding, ToolReading } from '../types.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

interface DrizzleRow {
  readonly id: number;
  readonly hash: string;
  readonly createdAt: string | null;
}

const isSql = (name: string): boolean => name.endsWith('.sql');

function journalWhen(file: MigrationFile): string | undefined {
  const when = file.toolMeta?.when;
  return when === undefined ? undefined : String(when);
}

async function findingFor(file: MigrationFile, rows: readonly DrizzleRow[], newest: bigint | undefined, text: string | undefined, claimed: Set<number>): Promise<Finding> {
  const when = journalWhen(file);
  const row = rows.find((r) => !claimed.has(r.id) && when !== undefined && r.createdAt === when)
    ?? rows.find((r) => !claimed.has(r.id) && text !== undefined && drizzleHashMatches(text, r.hash));
  if (!row) {
    const skipped = when !== undefined && newest !== undefined && BigInt(when) <= newest;
    return skipped
      ? { file, verdict: 'skipped-by-tool', appliedAt: null, note: `its journal time ${when} is older than the newest row's (${newest}): drizzle never ran it` }
      : { file, verdict: 'pending', appliedAt: null };
  }
  claimed.add(row.id);
  const base = { file, appliedAt: null, key: row.hash };
  if (text === undefined || drizzleHashMatches(text, row.hash)) return { ...base, verdict: 'applied' };
  return { ...base, verdict: 'edited', stored: row.hash, actual: drizzleHash(text) };
}

export const drizzle: ToolAdapter = {
  tool: 'drizzle',
  defaultTable: TOOL_HISTORY_TABLES['drizzle'][0],
  defaultSchema: 'drizzle',
  columns: ['id', 'hash', 'created_at'],
  shape: ['id', 'hash', 'created_at'],
  async read({ session, table, files, cwd }): Promise<ToolReading> {
    const res = await session.query<DrizzleRow>(`select id::int as id, hash, created_at::text as "createdAt" from ${qualifiedTable(table)} order by created_at, id`);
    const times = res.rows.flatMap((r) => (r.createdAt === null ? [] : [BigInt(r.createdAt)]));
    const newest = times.length ? times.reduce((a, b) => (b > a ? b : a)) : undefined;
    const claimed = new Set<number>();
    const findings: Finding[] = [];
    for (const file of files) findings.push(await findingFor(file, res.rows, newest, await migrationText(file, cwd, isSql), claimed));
    const orphans = res.rows.filter((r) => !claimed.has(r.id)).map((r) => ({ key: r.hash, appliedAt: null, note: r.createdAt === null ? undefined : `created_at ${r.createdAt}` }));
    return { findings, orphans, rows: res.rows.length };
  },
};
