import type { ColumnInfo } from '../types.js';
import { bool, collationName, commentOf, qualified, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const IDENTITY: Readonly<Record<string, ColumnInfo['identity']>> = { a: 'always', d: 'by default' };

/** Columns of tables, keyed by "schema.table", each list in column order. */
export const columnsQuery: CatalogQuery<Map<string, ColumnInfo[]>> = {
  sql: () =>
    `select n.nspname as schema, c.relname as table_name, a.attname as name,
            (row_number() over (partition by a.attrelid order by a.attnum))::int as position,
            pg_catalog.format_type(a.atttypid, a.atttypmod) as type,
            not a.attnotnull as nullable,
            pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) as expression,
            a.attidentity::text as identity, a.attgenerated::text as generated,
            case when a.attcollation <> t.typcollation then ${collationName('a.attcollation')} end as collation,
            ${commentOf('pg_class', 'c.oid', 'a.attnum')} as comment
       from pg_catalog.pg_attribute a
       join pg_catalog.pg_class c on c.oid = a.attrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_type t on t.oid = a.atttypid
       left join pg_catalog.pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
      where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p') and ${userSchema('n')}
      order by a.attrelid, a.attnum`,
  map: (rows) => {
    const byTable = new Map<string, ColumnInfo[]>();
    for (const row of rows) {
      const key = qualified(text(row, 'schema'), text(row, 'table_name'));
      const list = byTable.get(key) ?? [];
      list.push(toColumn(row));
      byTable.set(key, list);
    }
    for (const list of byTable.values()) list.sort((a, b) => a.position - b.position);
    return byTable;
  },
};

function toColumn(row: Row): ColumnInfo {
  const generated = text(row, 'generated');
  const expression = textOrNull(row, 'expression');
  return {
    name: text(row, 'name'),
    position: Number(row.position),
    type: text(row, 'type'),
    nullable: bool(row, 'nullable'),
    default: generated === '' ? expression : null,
    identity: IDENTITY[text(row, 'identity')] ?? null,
    generated: generated === '' || expression === null ? null : { expression, kind: generated === 'v' ? 'virtual' : 'stored' },
    collation: textOrNull(row, 'collation'),
    comment: textOrNull(row, 'comment'),
  };
}
