/**
 * Sizes of the target's tables without touching them. pg_total_relation_size() and pg_relation_size()
 * open the relation with ACCESS SHARE, which would queue behind the very ACCESS EXCLUSIVE locks the plan
 * is meant to report; so sizes come from the catalog (pg_class.relpages × block_size, kept current by
 * VACUUM, ANALYZE and autovacuum) and rows from reltuples, falling back to the statistics collector's
 * n_live_tup for a table never analyzed (https://www.postgresql.org/docs/current/catalog-pg-class.html).
 */
import type { Session } from '../db/index.js';
import type { RelationSize } from './types.js';

interface SizeRow {
  readonly name: string;
  readonly reltuples: number | string;
  readonly relpages: number | string;
  readonly live: number | string | null;
  readonly index_pages: number | string;
  readonly toast_pages: number | string;
  readonly indexes: number | string;
  readonly block: number | string;
  readonly width: number | string | null;
}

/** Bytes assumed for a variable-length value when guessing a row's width (no statistics yet). */
const VARLENA_GUESS = 32;
/** Tuple header and line pointer: https://www.postgresql.org/docs/current/storage-page-layout.html */
const ROW_OVERHEAD = 28;

const USER_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
  and n.nspname not like 'pg\\_temp%' and n.nspname <> all ($1::text[])`;

/** Every user table, materialized view and partitioned table, by "schema.name". */
export async function readRelationSizes(session: Session, excludeSchemas: readonly string[]): Promise<Map<string, RelationSize>> {
  const res = await session.query<SizeRow>(
    `select n.nspname || '.' || c.relname as name, c.reltuples::float8 as reltuples, c.relpages::int8 as relpages,
            s.n_live_tup::int8 as live,
            coalesce((select sum(i.relpages) from pg_catalog.pg_index x join pg_catalog.pg_class i on i.oid = x.indexrelid
                       where x.indrelid = c.oid), 0)::int8 as index_pages,
            (coalesce(t.relpages, 0) + coalesce((select sum(ti.relpages) from pg_catalog.pg_index tx
                       join pg_catalog.pg_class ti on ti.oid = tx.indexrelid where tx.indrelid = t.oid), 0))::int8 as toast_pages,
            (select count(*) from pg_catalog.pg_index x where x.indrelid = c.oid)::int as indexes,
            pg_catalog.current_setting('block_size')::int8 as block,
            (select sum(case when a.attlen > 0 then a.attlen else ${VARLENA_GUESS} end) from pg_catalog.pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)::int8 as width
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       left join pg_catalog.pg_class t on t.oid = c.reltoastrelid
       left join pg_catalog.pg_stat_user_tables s on s.relid = c.oid
      where c.relkind in ('r', 'p', 'm') and ${USER_SCHEMA}`,
    [[...excludeSchemas]],
  );
  return new Map(res.rows.map((r) => [r.name, toSize(r)]));
}

function toSize(r: SizeRow): RelationSize {
  const reltuples = Number(r.reltuples);
  const pages = Number(r.relpages);
  const live = r.live === null ? null : Number(r.live);
  // reltuples is -1 for a table never vacuumed or analyzed (PG 14+); 0 with 0 pages meant the same before.
  const analyzed = reltuples > 0 || (reltuples === 0 && pages > 0);
  const rows = analyzed ? reltuples : live;
  const block = Number(r.block);
  let heap = (pages + Number(r.toast_pages)) * block;
  let bytesSource: RelationSize['bytesSource'] = 'relpages';
  if (pages === 0 && (live ?? 0) > 0) {
    // Written but never vacuumed or analyzed: relpages is still 0. Guess from the column types.
    heap = (live ?? 0) * (ROW_OVERHEAD + Number(r.width ?? 0));
    bytesSource = 'row width guess';
  }
  return {
    relation: r.name,
    rows: rows === null ? null : Math.round(rows),
    rowsSource: analyzed ? 'reltuples' : live === null ? null : 'n_live_tup',
    bytes: heap + Number(r.index_pages) * block,
    heapBytes: heap,
    bytesSource,
    indexes: Number(r.indexes),
  };
}
