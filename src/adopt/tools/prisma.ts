/**
 * Prisma Migrate: `_prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at,
 * started_at, applied_steps_count)` in the schema of the URL (default public). A row is written when a migration
 * starts and gets finished_at when it succeeds; `migrate resolve --rolled-back` sets rolled_back_at, and a later
 * deploy adds a new row. So a migration is applied when one of its rows is finished and not rolled back, and
 * failed when its only live row has no finished_at (P3009). The checksum is sha256 of migration.sql.
 */
import { basename, dirname } from 'node:path';
import type { MigrationFile } from '../../core/types.js';
import type { ToolAdapter } from '../tool-adapter.js';
import { qualifiedTable } from '../tool-adapter.js';
import { migrationText } from '../file-text.js';
import { readKeyed, type KeyedRow } from '../keyed-rows.js';
import { prismaChecksum, prismaChecksumMatches } from '../tool-checksums.js';
import { TOOL_HISTORY_TABLES } from '../../core/tool-history-tables.js';

interface PrismaRow {
  readonly name: string;
  readonly checksum: string;
  readonly finishedAt: Date | null;
  readonly rolledBackAt: Date | null;
  readonly logs: string | null;
}

const isMigrationSql = (name: string): boolean => name === 'migration.sql';

/** The folder name Prisma records: `20230101120000_init`. */
function folderName(file: MigrationFile): string {
  const sql = file.paths.find((p) => isMigrationSql(basename(p)));
  return sql === undefined ? file.id : basename(dirname(sql));
}

/** One deciding row per migration: a finished one if any, else a failed one; rolled-back rows decide nothing. */
function decidingRows(rows: readonly PrismaRow[]): KeyedRow[] {
  const byName = new Map<string, KeyedRow>();
  for (const r of rows) {
    if (r.rolledBackAt !== null) continue;
    if (r.finishedAt !== null) {
      byName.set(r.name, { key: r.name, appliedAt: r.finishedAt, state: 'applied', checksum: r.checksum });
    } else if (byName.get(r.name)?.state !== 'applied') {
      const why = r.logs ? `finished_at is null: ${r.logs.split('\n')[0]?.slice(0, 200)}` : 'finished_at is null';
      byName.set(r.name, { key: r.name, appliedAt: null, state: 'failed', note: why, checksum: r.checksum });
    }
  }
  return [...byName.values()];
}

export const prisma: ToolAdapter = {
  tool: 'prisma',
  defaultTable: TOOL_HISTORY_TABLES['prisma'][0],
  columns: ['id', 'checksum', 'finished_at', 'migration_name', 'rolled_back_at'],
  shape: ['id', 'checksum', 'finished_at', 'migration_name', 'logs', 'rolled_back_at', 'started_at', 'applied_steps_count'],
  async read({ session, table, files, cwd }) {
    const res = await session.query<PrismaRow>(
      `select migration_name as name, checksum, finished_at as "finishedAt", rolled_back_at as "rolledBackAt", logs
       from ${qualifiedTable(table)} order by started_at, id`,
    );
    return readKeyed(files, decidingRows(res.rows), {
      fileKey: folderName,
      async verify(file, row) {
        const text = await migrationText(file, cwd, isMigrationSql);
        if (text === undefined || row.checksum === undefined || prismaChecksumMatches(text, row.checksum)) return undefined;
        return { stored: row.checksum, actual: prismaChecksum(text) };
      },
    }, res.rows.length);
  },
};
