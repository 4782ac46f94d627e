/**
 * dbmate: `schema_migrations (version varchar primary key)` in the first schema of the URL's search_path (else
 * the current schema); one row per applied migration, the version exactly as the file name starts
 * (`20151129054053_x.sql` → "20151129054053"). No time, no checksum, no failure state: a failed migration leaves
 * no row (pkg/driver/postgres/postgres.go).
 */
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { fileName } from '../file-text.js';
import { readOneRowEach } from '../keyed-rows.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

export const dbmate: ToolAdapter = {
  tool: 'dbmate',
  defaultTable: TOOL_HISTORY_TABLES['dbmate'][0],
  columns: ['version'],
  without: ['dirty'],
  read: (ctx) => readOneRowEach(ctx, `select version::text as key, null::timestamptz as at from ${qualifiedTable(ctx.table)}`, (f) => /^(\d+)_/.exec(fileName(f))?.[1]),
};
