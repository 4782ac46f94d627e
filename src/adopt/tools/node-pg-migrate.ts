/**
 * node-pg-migrate: `pgmigrations (id serial, name varchar(255), run_on timestamp)` in `migrationsSchema` (default:
 * `schema`, default public); one row per applied migration named by its file name without the extension
 * (`1700000000000_init`). A down deletes the row; a failed migration leaves none (src/runner.ts).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileStem } from '../file-text.js';
import { readOneRowEach } from '../keyed-rows.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

export const nodePgMigrate: ToolAdapter = {
  tool: 'node-pg-migrate',
  defaultTable: TOOL_HISTORY_TABLES['node-pg-migrate'][0],
  columns: ['id', 'name', 'run_on'],
  shape: ['id', 'name', 'run_on'],
  read: (ctx) => readOneRowEach(ctx, `select name::text as key, run_on::timestamptz as at from ${qualifiedTable(ctx.table)} order by run_on, id`, fileStem),
};
