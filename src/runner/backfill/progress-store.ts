import { LockstepError } from '../../core/errors.js';
import type { BackfillSpec } from '../../core/types.js';
import type { Session } from '../../db/index.js';
import { quoteIdent } from '../../history/index.js';

/** One row of `<historySchema>.backfills`: where a backfill stands. */
export interface BackfillRow {
  readonly version: string;
  readonly table: string;
  readonly setSql: string;
  readonly whereSql: string | null;
  readonly lastKey: string | null;
  readonly rowsDone: number;
  readonly batches: number;
  readonly startedAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

const COLUMNS = `version, table_name as "table", set_sql as "setSql", where_sql as "whereSql", last_key as "lastKey",
  rows_done::float8 as "rowsDone", batches, started_at as "startedAt", updated_at as "updatedAt", finished_at as "finishedAt"`;

export function backfillsTable(historySchema: string): string {
  return `${quoteIdent(historySchema)}.backfills`;
}

/** Creates the progress table if missing (checked first, so a run that finds it takes no DDL lock). */
export async function ensureBackfillsTable(session: Session, historySchema: string): Promise<void> {
  const t = backfillsTable(historySchema);
  const found = await session.query<{ ok: boolean }>('select to_regclass($1) is not null as ok', [t]);
  if (found.rows[0]?.ok) return;
  await session.exec(`create schema if not exists ${quoteIdent(historySchema)};
create table if not exists ${t} (
  version text not null,
  table_name text not null,
  key_column text not null,
  set_sql text not null,
  where_sql text,
  last_key text,
  rows_done bigint not null default 0,
  batches integer not null default 0,
  started_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (version, table_name)
)`);
}

/** Every backfill recorded, newest first (for status and history). */
export async function listBackfills(session: Session, historySchema: string): Promise<BackfillRow[]> {
  const t = backfillsTable(historySchema);
  const found = await session.query<{ ok: boolean }>('select to_regclass($1) is not null as ok', [t]);
  if (!found.rows[0]?.ok) return [];
  return (await session.query<BackfillRow>(`select ${COLUMNS} from ${t} order by started_at desc`)).rows;
}

/**
 * The progress row to continue from, or a fresh one. A row older than the last rollback of its migration
 * belongs to an earlier application and starts over; a row written with other set/where is refused,
 * because continuing would update some rows one way and the rest another.
 */
export async function startOrResume(session: Session, historySchema: string, version: string, table: string, key: string, spec: BackfillSpec): Promise<BackfillRow> {
  const t = backfillsTable(historySchema);
  const existing = (await session.query<BackfillRow>(`select ${COLUMNS} from ${t} where version = $1 and table_name = $2`, [version, table])).rows[0];
  if (existing && !(await rolledBackSince(session, historySchema, version, existing.startedAt))) {
    if (existing.setSql !== spec.set.trim() || (existing.whereSql ?? null) !== (spec.where?.trim() ?? null)) {
      throw new LockstepError('LOCKSTEP_E_PARTIAL', `backfill of ${table} for migration ${version} was started with set "${existing.setSql}"${existing.whereSql ? ` where "${existing.whereSql}"` : ''}; the migration now asks for something else`, {
        hint: `Restore the original set/where so the backfill can resume, or start it over: delete from ${t} where version = '${version}' and table_name = '${table}'.`,
      });
    }
    return existing;
  }
  const fresh = await session.query<BackfillRow>(
    `insert into ${t} (version, table_name, key_column, set_sql, where_sql) values ($1, $2, $3, $4, $5)
     on conflict (version, table_name) do update set key_column = excluded.key_column, set_sql = excluded.set_sql, where_sql = excluded.where_sql,
       last_key = null, rows_done = 0, batches = 0, started_at = now(), updated_at = now(), finished_at = null
     returning ${COLUMNS}`,
    [version, table, key, spec.set.trim(), spec.where?.trim() ?? null],
  );
  return fresh.rows[0] as BackfillRow;
}

async function rolledBackSince(session: Session, historySchema: string, version: string, since: Date): Promise<boolean> {
  const events = `${quoteIdent(historySchema)}.events`;
  const found = await session.query<{ ok: boolean }>('select to_regclass($1) is not null as ok', [events]);
  if (!found.rows[0]?.ok) return false;
  const res = await session.query<{ n: number }>(`select count(*)::int as n from ${events} where version = $1 and kind = 'rollback' and at > $2`, [version, since]);
  return (res.rows[0]?.n ?? 0) > 0;
}

export async function markFinished(session: Session, historySchema: string, version: string, table: string): Promise<void> {
  await session.query(`update ${backfillsTable(historySchema)} set finished_at = now(), updated_at = now() where version = $1 and table_name = $2`, [version, table]);
}
