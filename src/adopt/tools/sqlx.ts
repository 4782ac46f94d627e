/**
 * sqlx: `_sqlx_migrations (version bigint primary key, description text, installed_on timestamptz, success
 * boolean, checksum bytea, execution_time bigint)` in the current schema (or sqlx.toml's `migrate.table-name`);
 * one row per applied up migration (sqlx-postgres migrate.rs ensure_migrations_table, apply). A row with
 * `success = false` is a migration that did not finish: sqlx refuses to run until it is resolved (migrator.rs
 * `dirty_version`, MigrateError::Dirty). The version is the integer before the first `_` of the file name
 * (`<version>_<description>.up.sql` / `.down.sql`, or `.sql`); the checksum is SHA-384 of the up file
 * (tool-checksums.ts sqlxChecksum), which sqlx compares on every run (MigrateError::VersionMismatch).
 *
 * The folder of reversible pairs is read by the golang-migrate reader (same names, same integer versions); which
 * tool applied it is told by the history table found on the database, not by the folder.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { MigrationFile } from '../../core/types.js';
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { migrationPath } from '../file-text.js';
import { integerKey, readKeyed, type KeyedRow } from '../keyed-rows.js';
import { sqlxChecksum } from '../tool-checksums.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

interface SqlxRow {
  readonly version: string;
  readonly success: boolean;
  readonly checksum: string;
  readonly at: Date | null;
}

/** The file sqlx runs going up: the `.up.sql` of a pair, else the migration's one `.sql` file (never a `.down.sql`). */
const isUpFile = (name: string): boolean => /\.sql$/i.test(name) && !/\.down\.sql$/i.test(name);

function sqlxVersion(file: MigrationFile): string | undefined {
  const path = file.paths.find((p) => isUpFile(basename(p)));
  const digits = path === undefined ? undefined : /^(\d+)_/.exec(basename(path))?.[1];
  return digits === undefined ? undefined : integerKey(digits);
}

function keyedRow(r: SqlxRow): KeyedRow {
  return r.success
    ? { key: r.version, appliedAt: r.at, state: 'applied', checksum: r.checksum }
    : { key: r.version, appliedAt: r.at, state: 'failed', note: 'success = false', checksum: r.checksum };
}

export const sqlx: ToolAdapter = {
  tool: 'sqlx',
  defaultTable: TOOL_HISTORY_TABLES['sqlx'][0],
  columns: ['version', 'description', 'success', 'checksum'],
  shape: ['version', 'description', 'installed_on', 'success', 'checksum', 'execution_time'],
  async read({ session, table, files, cwd }) {
    const res = await session.query<SqlxRow>(
      `select version::text as version, success, encode(checksum, 'hex') as checksum, installed_on as at
         from ${qualifiedTable(table)} order by version`,
    );
    return readKeyed(files, res.rows.map(keyedRow), {
      fileKey: sqlxVersion,
      async verify(file, row) {
        const path = migrationPath(file, cwd, isUpFile);
        if (path === undefined || row.checksum === undefined) return undefined;
        const actual = sqlxChecksum(await readFile(path));
        return actual === row.checksum ? undefined : { stored: row.checksum, actual };
      },
    }, res.rows.length);
  },
};
