import type { EnumInfo } from '../types.js';
import { commentOf, notFromExtension, sortBy, text, textArray, textOrNull, userSchema, type CatalogQuery } from './context.js';

/** Enum types with their labels in sort order (ADD VALUE ... BEFORE changes that order, not the OIDs'). */
export const enumsQuery: CatalogQuery<EnumInfo, EnumInfo[]> = {
  owner: 'type',
  sql: () =>
    `select t.oid as owner, n.nspname as schema, t.typname as name,
            array(select e.enumlabel::text from pg_catalog.pg_enum e where e.enumtypid = t.oid order by e.enumsortorder) as labels,
            ${commentOf('pg_type', 't.oid')} as comment
       from pg_catalog.pg_type t
       join pg_catalog.pg_namespace n on n.oid = t.typnamespace
      where t.typtype = 'e' and ${userSchema('n')} and ${notFromExtension('pg_type', 't.oid')}`,
  entries: (rows) =>
    rows.map((r) => ({
      schema: text(r, 'schema'),
      name: text(r, 'name'),
      labels: textArray(r, 'labels'),
      comment: textOrNull(r, 'comment'),
    })),
  collect: (entries) => sortBy(entries, (e) => e.schema, (e) => e.name),
};
