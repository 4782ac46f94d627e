/**
 * node-pg-migrate: `pgmigrations (id serial, name varchar(255), run_on timestamp)` in `migrationsSchema` (default:
 * `schema`, default public); one row per applied migration named by its file name without the extension
 * (`1700000000000_init`). A down deletes the row; a failed migration leaves none (src/runner.ts).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileStem } from '../file-text.js';
import { readKeyed } from '../keyed-rows.js';

export const nodePgMigrate: ToolAdapter = {
  tool: 'node-pg-migrate',
  defaultTable: 'pgmigrations',
  columns: ['id', 'name', 'run_on'],
  async read({ session, table, files }) {
    const res = await session.query<{ name: string; at: Date | null }>(`select name::text as name, run_on::timestamptz as at from ${qualifiedTable(table)} order by run_on, id`);
    const rows = res.rows.map((r) => ({ key: r.name, appliedAt: r.at, state: 'applied' as const }));
    return readKeyed(files, rows, { fileKey: fileStem }, res.rows.length);
  },
};
