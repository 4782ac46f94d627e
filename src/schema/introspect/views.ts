import type { ViewInfo } from '../types.js';
import { normaliseViewDefinitions } from './view-definition.js';
import { commentOf, notFromExtension, sortBy, text, textArray, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

/**
 * A view's stand-in query, read without a lock: its columns (names and types, from pg_attribute), selected as
 * typed NULLs from a sub-query that names every column and relation its rewrite rule depends on (pg_depend), so
 * that in a shadow the same ALTER TABLE / DROP COLUMN on those tables fails as it would on the target.
 */
function standIn(oid: string): string {
  const cols = `(select pg_catalog.string_agg(pg_catalog.format('NULL::%s AS %I', pg_catalog.format_type(a.atttypid, a.atttypmod), a.attname), ', ' order by a.attnum)
      from pg_catalog.pg_attribute a where a.attrelid = ${oid} and a.attnum > 0 and not a.attisdropped)`;
  const deps = `(select distinct d.refobjid, d.refobjsubid from pg_catalog.pg_depend d join pg_catalog.pg_rewrite r on r.oid = d.objid
      where d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass and r.ev_class = ${oid}
        and d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass and d.refobjid <> ${oid})`;
  const rels = `(select pg_catalog.string_agg(distinct pg_catalog.format('%I.%I', rn.nspname, rc.relname), ', ')
      from ${deps} x join pg_catalog.pg_class rc on rc.oid = x.refobjid join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace)`;
  const used = `(select pg_catalog.string_agg(pg_catalog.format('%I.%I.%I', rn.nspname, rc.relname, ra.attname), ', ')
      from ${deps} x join pg_catalog.pg_class rc on rc.oid = x.refobjid join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
      join pg_catalog.pg_attribute ra on ra.attrelid = x.refobjid and ra.attnum = x.refobjsubid where x.refobjsubid > 0)`;
  return `'SELECT ' || coalesce(${cols}, '') || coalesce(' FROM (SELECT ' || coalesce(${used}, '1') || ' FROM ' || ${rels} || ' LIMIT 0) lockstep_dependencies', '') || ' LIMIT 0'`;
}

/**
 * Views and materialized views; definitions pretty-printed by pg_get_viewdef, in PostgreSQL 16+ form (a stand-in
 * when ctx.lockFree).
 */
export const viewsQuery: CatalogQuery<ViewInfo, ViewInfo[]> = {
  owner: 'relation',
  sql: (ctx) =>
    `select c.oid as owner, n.nspname as schema, c.relname as name, c.relkind::text as kind,
            ${ctx.lockFree ? standIn('c.oid') : 'pg_catalog.pg_get_viewdef(c.oid, true)'} as definition,
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
