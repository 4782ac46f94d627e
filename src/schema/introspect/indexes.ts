import type { IndexInfo } from '../types.js';
import { bool, commentOf, notFromExtension, readable, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

/** An index over plain columns, read without a lock (null when it has expressions or a predicate). */
const PLAIN_INDEX = `(select 'CREATE ' || case when i.indisunique then 'UNIQUE ' else '' end || 'INDEX ' || pg_catalog.quote_ident(ic.relname)
    || ' ON ' || case when tc.relkind = 'p' then 'ONLY ' else '' end || pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(tc.relname)
    || ' USING ' || am.amname || ' (' || pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' order by k.n) filter (where k.n <= i.indnkeyatts) || ')'
    || coalesce(' INCLUDE (' || pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' order by k.n) filter (where k.n > i.indnkeyatts) || ')', '')
  from pg_catalog.unnest(i.indkey::int2[]) with ordinality k(attnum, n)
  join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
  join pg_catalog.pg_am am on am.oid = ic.relam
  where i.indexprs is null and i.indpred is null
  group by am.amname)`;

/** Indexes on tables, partitioned tables and materialized views (including those behind constraints). */
export const indexesQuery: CatalogQuery<IndexInfo, IndexInfo[]> = {
  owner: 'relation',
  sql: (ctx) =>
    `select i.indrelid as owner, n.nspname as schema, ic.relname as name, tn.nspname || '.' || tc.relname as table_name,
            case when ${readable(ctx, 'i.indrelid')} then pg_catalog.pg_get_indexdef(i.indexrelid) else ${PLAIN_INDEX} end as definition,
            i.indisunique as is_unique, i.indisprimary as is_primary, i.indisvalid as is_valid,
            (select pn.nspname || '.' || pc.relname from pg_catalog.pg_inherits ih
               join pg_catalog.pg_class pc on pc.oid = ih.inhparent
               join pg_catalog.pg_namespace pn on pn.oid = pc.relnamespace
              where ih.inhrelid = i.indexrelid) as parent_index,
            ${commentOf('pg_class', 'ic.oid')} as comment
       from pg_catalog.pg_index i
       join pg_catalog.pg_class ic on ic.oid = i.indexrelid
       join pg_catalog.pg_namespace n on n.oid = ic.relnamespace
       join pg_catalog.pg_class tc on tc.oid = i.indrelid
       join pg_catalog.pg_namespace tn on tn.oid = tc.relnamespace
      where tc.relkind in ('r', 'p', 'm') and ${userSchema('n')} and ${notFromExtension('pg_class', 'tc.oid')}`,
  entries: (rows) => rows.map(toIndex),
  collect: (entries) => sortBy(entries, (i) => i.schema, (i) => i.name),
};

function toIndex(row: Row): IndexInfo {
  return {
    schema: text(row, 'schema'),
    name: text(row, 'name'),
    table: text(row, 'table_name'),
    definition: text(row, 'definition'),
    unique: bool(row, 'is_unique'),
    primary: bool(row, 'is_primary'),
    valid: bool(row, 'is_valid'),
    parentIndex: textOrNull(row, 'parent_index'),
    comment: textOrNull(row, 'comment'),
  };
}
