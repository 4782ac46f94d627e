import type { TriggerInfo } from '../types.js';
import { commentOf, notFromExtension, readable, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

const ENABLED: Readonly<Record<string, TriggerInfo['enabled']>> = { O: 'origin', D: 'disabled', R: 'replica', A: 'always' };

/**
 * User triggers (including constraint triggers). Left out: internal ones (foreign-key enforcement)
 * and the clones PostgreSQL makes on each partition of a partitioned table (tgparentid <> 0),
 * which belong to the parent's trigger, as pg_dump treats them.
 */
export const triggersQuery: CatalogQuery<TriggerInfo, TriggerInfo[]> = {
  owner: 'relation',
  sql: (ctx) =>
    `select t.tgrelid as owner, n.nspname as schema, c.relname as table_name, t.tgname as name,
            pg_catalog.pg_get_triggerdef(t.oid) as definition, t.tgenabled::text as enabled,
            ${commentOf('pg_trigger', 't.oid')} as comment
       from pg_catalog.pg_trigger t
       join pg_catalog.pg_class c on c.oid = t.tgrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and t.tgparentid = 0 and ${readable(ctx, 't.tgrelid')}
        and ${userSchema('n')} and ${notFromExtension('pg_class', 'c.oid')}`,
  entries: (rows) => rows.map(toTrigger),
  collect: (entries) => sortBy(entries, (t) => t.schema, (t) => t.table, (t) => t.name),
};

function toTrigger(row: Row): TriggerInfo {
  return {
    schema: text(row, 'schema'),
    table: text(row, 'table_name'),
    name: text(row, 'name'),
    definition: text(row, 'definition'),
    enabled: ENABLED[text(row, 'enabled')] ?? 'origin',
    comment: textOrNull(row, 'comment'),
  };
}
