import type { ViewInfo } from '../types.js';
import { normaliseViewDefinitions } from './view-definition.js';
import { commentOf, notFromExtension, sortBy, text, textArray, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

/** Views and materialized views; definitions pretty-printed by pg_get_viewdef, in PostgreSQL 16+ form. */
export const viewsQuery: CatalogQuery<ViewInfo, ViewInfo[]> = {
  owner: 'relation',
  sql: () =>
    `select c.oid as owner, n.nspname as schema, c.relname as name, c.relkind::text as kind,
            pg_catalog.pg_get_viewdef(c.oid, true) as definition,
            coalesce(c.reloptions, '{}'::text[]) as options,
            ${commentOf('pg_class', 'c.oid')} as comment
       from pg_catalog.pg_class c
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('v', 'm') and ${userSchema('n')} and ${notFromExtension('pg_class', 'c.oid')}`,
  entries: async (rows) => {
    const views = rows.map(toView);
    const definitions = await normaliseViewDefinitions(views.map((v) => v.definition));
    return views.map((v, i) => ({ ...v, definition: definitions[i] ?? v.definition }));
  },
  collect: (entries) => sortBy(entries, (v) => v.schema, (v) => v.name),
};

function toView(row: Row): ViewInfo {
  return {
    schema: text(row, 'schema'),
    name: text(row, 'name'),
    kind: text(row, 'kind') === 'm' ? 'materialized' : 'view',
    definition: text(row, 'definition').trim(),
    options: textArray(row, 'options').sort(),
    comment: textOrNull(row, 'comment'),
  };
}
