/**
 * diesel: `__diesel_schema_migrations (version varchar(50) primary key, run_on timestamp)` in the current
 * schema; one row per applied migration, its version the folder name up to the first `_` with the dashes
 * removed (`2017-08-31-230457_x` → "20170831230457"; migrations_internals version_from_string). A failed
 * migration leaves no row.
 */
import { basename, dirname } from 'node:path';
import type { MigrationFile } from '../../core/types.js';
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { readOneRowEach } from '../keyed-rows.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

function dieselVersion(file: MigrationFile): string | undefined {
  const first = file.paths[0];
  if (first === undefined) return undefined;
  // A diesel migration is a folder (up.sql, down.sql, metadata.toml); its name carries the version.
  const folder = basename(first).endsWith('.sql') && file.layout === 'directory' ? basename(dirname(first)) : basename(first);
  return folder.split('_')[0]?.replace(/-/g, '');
}

export const diesel: ToolAdapter = {
  tool: 'diesel',
  defaultTable: TOOL_HISTORY_TABLES['diesel'][0],
  columns: ['version', 'run_on'],
  shape: ['version', 'run_on'],
  read: (ctx) => readOneRowEach(ctx, `select version::text as key, run_on::timestamptz as at from ${qualifiedTable(ctx.table)}`, dieselVersion),
};
