import type { ColumnInfo, TableInfo } from '../types.js';
import { bool, commentOf, notFromExtension, qualified, readable, sortBy, text, textArray, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const PARENT = `(select pn.nspname || '.' || pc.relname from pg_catalog.pg_class pc
    join pg_catalog.pg_namespace pn on pn.oid = pc.relnamespace where pc.oid = i.inhparent)`;

/** A partition key over plain columns, read without a lock (null for a key with expressions). */
const PLAIN_KEY = `(select case pt.partstrat when 'r' then 'RANGE' when 'l' then 'LIST' else 'HASH' end || ' ('
    || pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' order by k.n) || ')'
  from pg_catalog.pg_partitioned_table pt, pg_catalog.unnest(pt.partattrs::int2[]) with ordinality k(attnum, n)
  join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
  where pt.partrelid = c.oid and pt.partexprs is null group by pt.partstrat)`;

/** Ordinary and partitioned tables, their columns still empty (see withColumns). */
export const tablesQuery: CatalogQuery<TableInfo, TableInfo[]> = {
  owner: 'relation',
  sql: (ctx) =>
    `select c.oid as owner, n.nspname as schema, c.relname as name, c.relkind::text as kind, c.relpersistence::text as persistence,
            case when c.relkind <> 'p' then null when ${readable(ctx, 'c.oid')} then pg_catalog.pg_get_partkeydef(c.oid) else ${PLAIN_KEY} end as partition_key,
            case when c.relispartition then (select ${PARENT} from pg_catalog.pg_inherits i where i.inhrelid = c.oid) end as partition_of,
            case when c.relispartition then pg_catalog.pg_get_expr(c.relpartbound, ${ctx.lockFree ? '0' : 'c.oid'}) end as partition_bound,
            case when c.relispartition then '{}'::text[] else coalesce((select array_agg(${PARENT} order by i.inhseqno)
              from pg_catalog.pg_inherits i where i.inhrelid = c.oid), '{}'::text[]) end as inherits,
            c.relrowsecurity as row_security, c.relforcerowsecurity as force_row_security,
            coalesce(c.reloptions, '{}'::text[]) as options,
            ${commentOf('pg_class', 'c.oid')} as comment
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and ${userSchema('n')} and ${notFromExtension('pg_class', 'c.oid')}`,
  entries: (rows) => rows.map(toTable),
  collect: (entries) => sortBy(entries, (t) => t.schema, (t) => t.name),
};

/** Each table with its columns from columnsQuery. */
export function withColumns(tables: readonly TableInfo[], columns: ReadonlyMap<string, ColumnInfo[]>): TableInfo[] {
  return tables.map((t) => ({ ...t, columns: columns.get(qualified(t.schema, t.name)) ?? [] }));
}

function toTable(row: Row): TableInfo {
  return {
    schema: text(row, 'schema'),
    name: text(row, 'name'),
    kind: text(row, 'kind') === 'p' ? 'partitioned' : 'table',
    persistence: text(row, 'persistence') === 'u' ? 'unlogged' : 'permanent',
    partitionKey: textOrNull(row, 'partition_key'),
    partitionOf: textOrNull(row, 'partition_of'),
    partitionBound: textOrNull(row, 'partition_bound'),
    inherits: textArray(row, 'inherits'),
    rowSecurity: bool(row, 'row_security'),
    forceRowSecurity: bool(row, 'force_row_security'),
    options: textArray(row, 'options').sort(),
    comment: textOrNull(row, 'comment'),
    columns: [],
  };
}
