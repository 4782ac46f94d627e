import type { PolicyInfo } from '../types.js';
import { bool, notFromExtension, readable, sortBy, text, textArray, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const COMMANDS: Readonly<Record<string, PolicyInfo['command']>> = { '*': 'all', r: 'select', a: 'insert', w: 'update', d: 'delete' };

/** Row-level security policies (https://www.postgresql.org/docs/current/catalog-pg-policy.html). */
export const policiesQuery: CatalogQuery<PolicyInfo, PolicyInfo[]> = {
  owner: 'relation',
  sql: (ctx) =>
    `select p.polrelid as owner, n.nspname as schema, c.relname as table_name, p.polname as name, p.polcmd::text as command,
            p.polpermissive as permissive,
            array(select case when r = 0 then 'public' else pg_catalog.pg_get_userbyid(r)::text end
                    from pg_catalog.unnest(p.polroles) r) as roles,
            pg_catalog.pg_get_expr(p.polqual, p.polrelid) as using_expr,
            pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) as check_expr
       from pg_catalog.pg_policy p
       join pg_catalog.pg_class c on c.oid = p.polrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where ${userSchema('n')} and ${notFromExtension('pg_class', 'c.oid')} and ${readable(ctx, 'p.polrelid')}`,
  entries: (rows) => rows.map(toPolicy),
  collect: (entries) => sortBy(entries, (p) => p.schema, (p) => p.table, (p) => p.name),
};

function toPolicy(row: Row): PolicyInfo {
  return {
    schema: text(row, 'schema'),
    table: text(row, 'table_name'),
    name: text(row, 'name'),
    command: COMMANDS[text(row, 'command')] ?? 'all',
    permissive: bool(row, 'permissive'),
    roles: textArray(row, 'roles').sort(),
    using: textOrNull(row, 'using_expr'),
    withCheck: textOrNull(row, 'check_expr'),
  };
}
