/**
 * Shared plumbing for the catalog queries in this folder: which schemas count, how to skip objects
 * that belong to an extension, and how to read driver rows the same way on `pg` and PGlite.
 */
export interface IntrospectContext {
  /** Schemas left out besides the system ones; bound to every query as $1 (text[]). */
  readonly excludeSchemas: readonly string[];
  /** server_version_num, e.g. 150004 or 180000; some catalog columns only exist in newer servers. */
  readonly serverVersion: number;
  /** See SnapshotOptions.lockFree. */
  readonly lockFree?: boolean;
}

export type Row = Readonly<Record<string, unknown>>;

/**
 * What the rows of a kind belong to, for incremental snapshots (src/schema/incremental/): each row's
 * `owner` column is the oid of a relation (pg_class), a type (pg_type) or a function (pg_proc), and
 * when that owner changes, all of its rows are read again together.
 */
export type OwnerKind = 'relation' | 'type' | 'function';

/** One object kind's catalog query (one row per object) and how to turn its rows into snapshot entries. */
export interface CatalogQuery<E, T> {
  /** The kind of the `owner` column; null: no owner, the kind is read again only by a full snapshot. */
  readonly owner: OwnerKind | null;
  /** SQL that may use $1: the excluded schemas, as text[]. No ORDER BY (it would keep filters from being pushed in). */
  sql(ctx: IntrospectContext): string;
  /** The entries for some rows, in the same order; all the rows of one owner are always passed together. */
  entries(rows: readonly Row[]): readonly E[] | Promise<readonly E[]>;
  /** The snapshot's field from all the entries of the kind, sorted deterministically. */
  collect(entries: readonly E[]): T;
}

/**
 * SQL condition: reading the definition of relation `oid` cannot wait for a lock. pg_get_indexdef,
 * pg_get_triggerdef, pg_get_partkeydef and pg_get_expr(…, relid) open the relation with ACCESS SHARE, which waits
 * behind an ACCESS EXCLUSIVE lock another session holds or awaits. Always true unless ctx.lockFree; then such
 * relations get a lock-free fallback (see the callers). https://www.postgresql.org/docs/current/explicit-locking.html
 */
export function readable(ctx: IntrospectContext, oid: string): string {
  if (!ctx.lockFree) return 'true';
  return `not exists (select 1 from pg_catalog.pg_locks lk where lk.locktype = 'relation' and lk.relation = ${oid}
    and lk.mode = 'AccessExclusiveLock' and lk.pid <> pg_catalog.pg_backend_pid()
    and lk.database = (select d.oid from pg_catalog.pg_database d where d.datname = pg_catalog.current_database()))`;
}

/** SQL condition: the namespace `alias` (a pg_namespace row) is a user schema we snapshot. */
export function userSchema(alias: string): string {
  return `(${alias}.nspname not in ('pg_catalog', 'information_schema')
    and ${alias}.nspname not like 'pg\\_toast%' and ${alias}.nspname not like 'pg\\_temp%'
    and ${alias}.nspname <> all ($1::text[]))`;
}

/**
 * SQL condition: the object is not a member of an extension (pg_depend deptype 'e');
 * such objects are created and dropped by CREATE/DROP EXTENSION and belong to it.
 */
export function notFromExtension(catalog: string, oid: string): string {
  return `not exists (select 1 from pg_catalog.pg_depend dep
    where dep.classid = '${catalog}'::regclass and dep.objid = ${oid} and dep.deptype = 'e')`;
}

/** SQL: the comment on an object, or null. */
export function commentOf(catalog: string, oid: string, subId = '0'): string {
  return `(select d.description from pg_catalog.pg_description d
    where d.classoid = '${catalog}'::regclass and d.objoid = ${oid} and d.objsubid = ${subId})`;
}

export function text(row: Row, key: string): string {
  const v = row[key];
  return v === null || v === undefined ? '' : String(v);
}

export function textOrNull(row: Row, key: string): string | null {
  const v = row[key];
  return v === null || v === undefined ? null : String(v);
}

export function bool(row: Row, key: string): boolean {
  const v = row[key];
  return v === true || v === 't' || v === 'true';
}

/** A text[] column: both drivers parse arrays, but be lenient about a JSON string too. */
export function textArray(row: Row, key: string): string[] {
  const v = row[key];
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string' && v.startsWith('[')) return (JSON.parse(v) as unknown[]).map(String);
  return [];
}

/** A json column: `pg` and PGlite both parse json, but accept a string as well. */
export function json<T>(row: Row, key: string): T {
  const v = row[key];
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Byte-order comparison, independent of the database's or the process's collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by the given keys in order, byte-wise. */
export function sortBy<T>(items: readonly T[], ...keys: ReadonlyArray<(item: T) => string>): T[] {
  return [...items].sort((x, y) => {
    for (const key of keys) {
      const c = compareText(key(x), key(y));
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** "schema.name" for display and as a lookup key (unquoted; names are shown as stored). */
export function qualified(schema: string, name: string): string {
  return `${schema}.${name}`;
}

/** SQL: a collation's name as written in DDL ("C", or schema.name outside pg_catalog). */
export function collationName(oid: string): string {
  return `(select case when cn.nspname = 'pg_catalog' then pg_catalog.quote_ident(co.collname)
      else pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) end
    from pg_catalog.pg_collation co join pg_catalog.pg_namespace cn on cn.oid = co.collnamespace
    where co.oid = ${oid})`;
}
