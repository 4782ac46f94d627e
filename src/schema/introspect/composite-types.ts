import type { CompositeAttributeInfo, CompositeTypeInfo } from '../types.js';
import { collationName, commentOf, json, notFromExtension, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

/** Stand-alone composite types (CREATE TYPE ... AS (...)), not the row types of tables and views. */
export const compositeTypesQuery: CatalogQuery<CompositeTypeInfo, CompositeTypeInfo[]> = {
  owner: 'relation',
  sql: () =>
    `select t.typrelid as owner, n.nspname as schema, t.typname as name,
            coalesce((select pg_catalog.json_agg(pg_catalog.json_build_object('name', a.attname,
                        'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
                        'collation', case when a.attcollation <> at.typcollation then ${collationName('a.attcollation')} end)
                        order by a.attnum)
                 from pg_catalog.pg_attribute a join pg_catalog.pg_type at on at.oid = a.atttypid
                where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped), '[]'::json) as attributes,
            ${commentOf('pg_type', 't.oid')} as comment
       from pg_catalog.pg_type t
       join pg_catalog.pg_namespace n on n.oid = t.typnamespace
       join pg_catalog.pg_class c on c.oid = t.typrelid and c.reltype = t.oid
      where t.typtype = 'c' and c.relkind = 'c' and ${userSchema('n')} and ${notFromExtension('pg_type', 't.oid')}`,
  entries: (rows) => rows.map(toComposite),
  collect: (entries) => sortBy(entries, (c) => c.schema, (c) => c.name),
};

function toComposite(row: Row): CompositeTypeInfo {
  const attributes = json<Array<Record<string, unknown>>>(row, 'attributes').map(
    (a): CompositeAttributeInfo => ({ name: text(a, 'name'), type: text(a, 'type'), collation: textOrNull(a, 'collation') }),
  );
  return { schema: text(row, 'schema'), name: text(row, 'name'), attributes, comment: textOrNull(row, 'comment') };
}
