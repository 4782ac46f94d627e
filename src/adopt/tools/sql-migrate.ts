/**
 * sql-migrate: `gorp_migrations (id text primary key, applied_at timestamptz)` (table and schema configurable);
 * one row per applied migration whose id is the file name, extension included (`1_init.sql`). A failed
 * migration leaves no row (migrate.go, MigrationRecord).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName } from '../file-text.js';
import { readKeyed } from '../keyed-rows.js';

export const sqlMigrate: ToolAdapter = {
  tool: 'sql-migrate',
  defaultTable: 'gorp_migrations',
  columns: ['id', 'applied_at'],
  async read({ session, table, files }) {
    const res = await session.query<{ id: string; at: Date | null }>(`select id::text as id, applied_at::timestamptz as at from ${qualifiedTable(table)}`);
    const rows = res.rows.map((r) => ({ key: r.id, appliedAt: r.at, state: 'applied' as const }));
    return readKeyed(files, rows, { fileKey: fileName }, res.rows.length);
  },
};
