/**
 * How big a relation is, read from the catalog only. pg_total_relation_size() and pg_relation_size() open the
 * relation with ACCESS SHARE, which queues behind an ACCESS EXCLUSIVE lock another session holds (the very locks a
 * plan reports, and a lint run would then hit lock_timeout); so sizes come from pg_class.relpages × block_size (kept
 * current by VACUUM, ANALYZE, CREATE INDEX and autovacuum) for the table, its indexes and its TOAST table, and rows
 * from reltuples, falling back to the statistics' n_live_tup for a table never analyzed
 * (https://www.postgresql.org/docs/current/catalog-pg-class.html). A partitioned table is the sum of its leaf
 * partitions (pg_inherits, walked down from each partitioned table).
 */
import type { Session } from '../db/index.js';

export interface RelationSize {
  /** "schema.name". */
  readonly relation: string;
  /** Estimated rows: pg_class.reltuples, or pg_stat_user_tables.n_live_tup when the table was never analyzed. */
  readonly rows: number | null;
  /** Where rows came from; a partitioned table's rows are reltuples only when every leaf was analyzed. */
  readonly rowsSource: 'reltuples' | 'n_live_tup' | null;
  /**
   * pg_stat_all_tables.n_live_tup: live rows as the statistics count them as rows are written (they may lag a
   * second or so, and start at 0 again after a crash); null when the statistics have no entry.
   */
  readonly live: number | null;
  /** Heap, indexes and TOAST, from pg_class.relpages × block_size (as of the last VACUUM/ANALYZE). */
  readonly bytes: number | null;
  /** The table's own data (heap and TOAST), which a rewrite or a scan reads. */
  readonly heapBytes: number | null;
  /** relpages, or, for a table never vacuumed or analyzed, rows × a width guessed from its column types. */
  readonly bytesSource: 'relpages' | 'row width guess';
  /** Number of indexes (a rewrite rebuilds each of them). */
  readonly indexes: number;
  /** A partitioned table (relkind 'p'): its figures are its leaves'. */
  readonly partitioned?: boolean | undefined;
}

/** Which relations to read: those named (keyed by the name as given), or every user relation (keyed "schema.name"). */
export type RelationSelection = { readonly names: readonly string[] } | { readonly excludeSchemas: readonly string[] };

interface MemberRow {
  readonly key: string;
  readonly relation: string;
  readonly root: boolean;
  readonly relkind: string;
  readonly reltuples: number | string;
  readonly relpages: number | string;
  readonly live: number | string | null;
  readonly index_pages: number | string;
  readonly toast_pages: number | string;
  readonly toast_chunks: number | string | null;
  readonly toast_index_pages: number | string;
  readonly indexes: number | string;
  readonly block: number | string;
  readonly width: number | string | null;
}

/** Bytes assumed for a variable-length value when guessing a row's width (no statistics yet). */
const VARLENA_GUESS = 32;
/** Tuple header and line pointer: https://www.postgresql.org/docs/current/storage-page-layout.html */
const ROW_OVERHEAD = 28;
/** TOAST chunks are sized so that four fit on a page: https://www.postgresql.org/docs/current/storage-toast.html */
const CHUNKS_PER_PAGE = 4;

/** "s.t" → "\"s\".\"t\"" so that to_regclass keeps the case the parser already resolved. */
export function quoteQualified(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

const NAMED = `select n.key, c.oid from unnest($1::text[], $2::text[]) as n(key, qualified)
                 join pg_catalog.pg_class c on c.oid = to_regclass(n.qualified)`;

const ALL_USER = `select ns.nspname || '.' || c.relname as key, c.oid from pg_catalog.pg_class c
                    join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
                   where c.relkind in ('r', 'p', 'm') and ns.nspname not in ('pg_catalog', 'information_schema')
                     and ns.nspname not like 'pg\\_toast%' and ns.nspname not like 'pg\\_temp%' and ns.nspname <> all ($1::text[])`;

/** One row per relation asked for and per partition below a partitioned one, with what its size is made of. */
function membersQuery(targets: string): string {
  return `with recursive target as (${targets}),
    member(key, oid, root) as (
      select key, oid, true from target
      union all
      select m.key, i.inhrelid, false from member m
        join pg_catalog.pg_class p on p.oid = m.oid and p.relkind = 'p'
        join pg_catalog.pg_inherits i on i.inhparent = m.oid)
    select m.key, ns.nspname || '.' || c.relname as relation, m.root, c.relkind::text as relkind,
           c.reltuples::float8 as reltuples, c.relpages::int8 as relpages, s.n_live_tup::int8 as live,
           coalesce((select sum(i.relpages) from pg_catalog.pg_index x join pg_catalog.pg_class i on i.oid = x.indexrelid
                      where x.indrelid = c.oid), 0)::int8 as index_pages,
           coalesce(t.relpages, 0)::int8 as toast_pages, ts.n_live_tup::int8 as toast_chunks,
           coalesce((select sum(ti.relpages) from pg_catalog.pg_index tx
                      join pg_catalog.pg_class ti on ti.oid = tx.indexrelid where tx.indrelid = t.oid), 0)::int8 as toast_index_pages,
           (select count(*) from pg_catalog.pg_index x where x.indrelid = c.oid)::int as indexes,
           pg_catalog.current_setting('block_size')::int8 as block,
           (select sum(case when a.attlen > 0 then a.attlen else ${VARLENA_GUESS} end) from pg_catalog.pg_attribute a
             where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)::int8 as width
      from member m
      join pg_catalog.pg_class c on c.oid = m.oid
      join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
      left join pg_catalog.pg_class t on t.oid = c.reltoastrelid
      left join pg_catalog.pg_stat_all_tables s on s.relid = c.oid
      left join pg_catalog.pg_stat_all_tables ts on ts.relid = t.oid`;
}

/**
 * Sizes of the selected relations, without taking a lock on any of them. Named relations that do not exist are
 * absent ('' and '?', names the parser could not resolve, are skipped).
 */
export async function readRelationSizes(session: Session, which: RelationSelection): Promise<Map<string, RelationSize>> {
  let res: { rows: MemberRow[] };
  if ('names' in which) {
    const names = [...new Set(which.names)].filter((r) => r !== '' && r !== '?');
    if (names.length === 0) return new Map();
    res = await session.query<MemberRow>(membersQuery(NAMED), [names, names.map(quoteQualified)]);
  } else {
    res = await session.query<MemberRow>(membersQuery(ALL_USER), [[...which.excludeSchemas]]);
  }
  const byKey = new Map<string, MemberRow[]>();
  for (const row of res.rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  const out = new Map<string, RelationSize>();
  for (const [key, members] of byKey) {
    const root = members.find((m) => m.root);
    if (root) out.set(key, root.relkind === 'p' ? partitionedSize(root, members) : toSize(root));
  }
  return out;
}

/** A partitioned table has no storage of its own: its rows and bytes are its leaves' (nested partitioned tables skipped). */
function partitionedSize(root: MemberRow, members: readonly MemberRow[]): RelationSize {
  const leaves = members.filter((m) => m.relkind !== 'p').map(toSize);
  const known = leaves.filter((l) => l.rows !== null);
  const sum = (f: (s: RelationSize) => number | null): number => leaves.reduce((total, l) => total + (f(l) ?? 0), 0);
  return {
    relation: root.relation,
    rows: leaves.length > 0 && known.length === 0 ? null : sum((l) => l.rows),
    rowsSource: leaves.every((l) => l.rowsSource === 'reltuples') ? 'reltuples' : known.length === 0 ? null : 'n_live_tup',
    live: leaves.some((l) => l.live !== null) ? sum((l) => l.live) : leaves.length === 0 ? 0 : null,
    bytes: sum((l) => l.bytes),
    heapBytes: sum((l) => l.heapBytes),
    bytesSource: leaves.some((l) => l.bytesSource === 'row width guess') ? 'row width guess' : 'relpages',
    indexes: Number(root.indexes),
    partitioned: true,
  };
}

function toSize(r: MemberRow): RelationSize {
  const reltuples = Number(r.reltuples);
  const pages = Number(r.relpages);
  const live = r.live === null ? null : Number(r.live);
  // reltuples is -1 for a table never vacuumed or analyzed (PG 14+); 0 with 0 pages meant the same before.
  const analyzed = reltuples > 0 || (reltuples === 0 && pages > 0);
  const rows = analyzed ? reltuples : live;
  const block = Number(r.block);
  let heap = (pages + toastPages(r)) * block;
  let bytesSource: RelationSize['bytesSource'] = 'relpages';
  if (pages === 0 && (live ?? 0) > 0) {
    // Written but never vacuumed or analyzed: relpages is still 0. Guess from the column types.
    heap = (live ?? 0) * (ROW_OVERHEAD + Number(r.width ?? 0));
    bytesSource = 'row width guess';
  }
  return {
    relation: r.relation,
    rows: rows === null ? null : Math.round(rows),
    rowsSource: analyzed ? 'reltuples' : live === null ? null : 'n_live_tup',
    live,
    bytes: heap + Number(r.index_pages) * block,
    heapBytes: heap,
    bytesSource,
    indexes: Number(r.indexes),
  };
}

/**
 * The TOAST table's pages. ANALYZE of a table leaves its TOAST table's relpages alone (only VACUUM sets it), so
 * until then they are counted from its chunks, which the statistics count as it is written.
 */
function toastPages(r: MemberRow): number {
  const pages = Number(r.toast_pages);
  const chunks = r.toast_chunks === null ? 0 : Number(r.toast_chunks);
  return (pages === 0 && chunks > 0 ? Math.ceil(chunks / CHUNKS_PER_PAGE) : pages) + Number(r.toast_index_pages);
}
