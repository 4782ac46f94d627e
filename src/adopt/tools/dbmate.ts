/**
 * dbmate: `schema_migrations (version varchar primary key)` in the first schema of the URL's search_path (else
 * the current schema); one row per applied migration, the version exactly as the file name starts
 * (`20151129054053_x.sql` → "20151129054053"). No time, no checksum, no failure state: a failed migration leaves
 * no row (pkg/driver/postgres/postgres.go).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName } from '../file-text.js';
import { readKeyed } from '../keyed-rows.js';

export const dbmate: ToolAdapter = {
  tool: 'dbmate',
  defaultTable: 'schema_migrations',
  columns: ['version'],
  without: ['dirty'],
  async read({ session, table, files }) {
    const res = await session.query<{ version: string }>(`select version::text as version from ${qualifiedTable(table)}`);
    const rows = res.rows.map((r) => ({ key: r.version, appliedAt: null, state: 'applied' as const }));
    return readKeyed(files, rows, { fileKey: (f) => /^(\d+)_/.exec(fileName(f))?.[1] }, res.rows.length);
  },
};
