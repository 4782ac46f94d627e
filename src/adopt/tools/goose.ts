/**
 * goose: `goose_db_version (id, version_id bigint, is_applied boolean, tstamp timestamp)` in the current schema.
 * Each up inserts a row; older versions recorded a down as a row with is_applied = false, newer ones delete the
 * row, so the newest row (highest id) of a version decides. The row for version 0 is goose's own bookkeeping.
 * A version is the integer before the first `_` of the file name (internal/dialect/dialectquery/postgres.go).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName } from '../file-text.js';
import { integerKey, readKeyed, type KeyedRow } from '../keyed-rows.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

interface GooseRow {
  readonly version: string;
  readonly applied: boolean;
  readonly at: Date | null;
}

/** The newest row of each version, version 0 left out; only those that say "applied". */
function decidingRows(rows: readonly GooseRow[]): KeyedRow[] {
  const seen = new Set<string>();
  const out: KeyedRow[] = [];
  for (const r of rows) {
    if (seen.has(r.version) || r.version === '0') continue;
    seen.add(r.version);
    if (r.applied) out.push({ key: r.version, appliedAt: r.at, state: 'applied' });
  }
  return out;
}

export const goose: ToolAdapter = {
  tool: 'goose',
  defaultTable: TOOL_HISTORY_TABLES['goose'][0],
  columns: ['id', 'version_id', 'is_applied'],
  shape: ['id', 'version_id', 'is_applied', 'tstamp'],
  async read({ session, table, files }) {
    const res = await session.query<GooseRow>(
      `select version_id::text as version, is_applied as applied, tstamp::timestamptz as at from ${qualifiedTable(table)} order by id desc`,
    );
    const fileKey = (f: Parameters<typeof fileName>[0]): string | undefined => {
      const digits = /^(\d+)/.exec(fileName(f))?.[1];
      return digits === undefined ? undefined : integerKey(digits);
    };
    return readKeyed(files, decidingRows(res.rows), { fileKey }, res.rows.length);
  },
};
