/**
 * sql-migrate: `gorp_migrations (id text primary key, applied_at timestamptz)` (table and schema configurable);
 * one row per applied migration whose id is the file name, extension included (`1_init.sql`). A failed
 * migration leaves no row (migrate.go, MigrationRecord).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName } from '../file-text.js';
import { readOneRowEach } from '../keyed-rows.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

export const sqlMigrate: ToolAdapter = {
  tool: 'sql-migrate',
  defaultTable: TOOL_HISTORY_TABLES['sql-migrate'][0],
  columns: ['id', 'applied_at'],
  shape: ['id', 'applied_at'],
  read: (ctx) => readOneRowEach(ctx, `select id::text as key, applied_at::timestamptz as at from ${qualifiedTable(ctx.table)}`, fileName),
};
