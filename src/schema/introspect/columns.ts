import type { ColumnInfo } from '../types.js';
import { bool, collationName, commentOf, qualified, readable, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const IDENTITY: Readonly<Record<string, ColumnInfo['identity']>> = { a: 'always', d: 'by default' };

/** A column and the "schema.table" it belongs to. */
export interface ColumnEntry {
  readonly table: string;
  readonly column: ColumnInfo;
}

/**
 * Columns of tables, keyed by "schema.table", each list in column order. The position among live
 * columns is counted here rather than with a window function in SQL: a window would keep the
 * incremental snapshot's filter on attrelid from reaching the pg_attribute index.
 */
export const columnsQuery: CatalogQuery<ColumnEntry, Map<string, ColumnInfo[]>> = {
  owner: 'relation',
  sql: (ctx) =>
    `select a.attrelid as owner, a.attnum as attnum, n.nspname as schema, c.relname as table_name, a.attname as name,
            pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
            not a.attnotnull as nullable,
            case when ${readable(ctx, 'a.attrelid')} then pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
                 when ad.adbin::text not like '%{VAR %' then pg_catalog.pg_get_expr(ad.adbin, 0) end as expression,
            a.attidentity::text as identity, a.attgenerated::text as generated,
            case when a.attcollation <> t.typcollation then ${collationName('a.attcollation')} end as collation,
            ${commentOf('pg_class', 'c.oid', 'a.attnum')} as comment
       from pg_catalog.pg_attribute a
       join pg_catalog.pg_class c on c.oid = a.attrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_type t on t.oid = a.atttypid
       left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
      where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and ${userSchema('n')}`,
  entries: (rows) => {
    // All the columns of a table come together, so their positions can be counted here.
    const positions = new Map<unknown, number[]>();
    for (const row of rows) {
      const list = positions.get(row.owner) ?? [];
      list.push(Number(row.attnum));
      positions.set(row.owner, list);
    }
    for (const list of positions.values()) list.sort((a, b) => a - b);
    return rows.map((row) => ({
      table: qualified(text(row, 'schema'), text(row, 'table_name')),
      column: toColumn(row, (positions.get(row.owner) ?? []).indexOf(Number(row.attnum)) + 1),
    }));
  },
  collect: (entries) => {
    const byTable = new Map<string, ColumnInfo[]>();
    for (const { table, column } of entries) {
      const list = byTable.get(table) ?? [];
      list.push(column);
      byTable.set(table, list);
    }
    for (const list of byTable.values()) list.sort((a, b) => a.position - b.position);
    return byTable;
  },
};

function toColumn(row: Row, position: number): ColumnInfo {
  const generated = text(row, 'generated');
  const expression = textOrNull(row, 'expression');
  return {
    name: text(row, 'name'),
    position,
    type: text(row, 'type'),
    nullable: bool(row, 'nullable'),
    default: generated === '' ? expression : null,
    identity: IDENTITY[text(row, 'identity')] ?? null,
    generated: generated === '' || expression === null ? null : { expression, kind: generated === 'v' ? 'virtual' : 'stored' },
    collation: textOrNull(row, 'collation'),
    comment: textOrNull(row, 'comment'),
  };
}
