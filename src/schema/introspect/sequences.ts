import type { SequenceInfo } from '../types.js';
import { bool, notFromExtension, sortBy, text, textOrNull, userSchema, type CatalogQuery, type Row } from './context.js';

/**
 * Sequences with their parameters (https://www.postgresql.org/docs/current/catalog-pg-sequence.html).
 * The owning column comes from pg_depend: deptype 'a' for OWNED BY / serial, 'i' for identity columns.
 */
export const sequencesQuery: CatalogQuery<SequenceInfo, SequenceInfo[]> = {
  owner: 'relation',
  sql: () =>
    `select c.oid as owner, n.nspname as schema, c.relname as name, pg_catalog.format_type(s.seqtypid, null) as type,
            s.seqstart::text as start, s.seqincrement::text as increment, s.seqmin::text as min,
            s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle,
            owner.owned_by, coalesce(owner.identity, false) as identity
       from pg_catalog.pg_sequence s
       join pg_catalog.pg_class c on c.oid = s.seqrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       left join lateral (
         select tn.nspname || '.' || tc.relname || '.' || a.attname as owned_by, d.deptype = 'i' as identity
           from pg_catalog.pg_depend d
           join pg_catalog.pg_class tc on tc.oid = d.refobjid
           join pg_catalog.pg_namespace tn on tn.oid = tc.relnamespace
           join pg_catalog.pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
          where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.refclassid = 'pg_class'::regclass
            and d.deptype in ('a', 'i') and d.refobjsubid > 0
          limit 1) owner on true
      where ${userSchema('n')} and ${notFromExtension('pg_class', 'c.oid')}`,
  entries: (rows) => rows.map(toSequence),
  collect: (entries) => sortBy(entries, (s) => s.schema, (s) => s.name),
};

function toSequence(row: Row): SequenceInfo {
  return {
    schema: text(row, 'schema'),
    name: text(row, 'name'),
    type: text(row, 'type'),
    start: text(row, 'start'),
    increment: text(row, 'increment'),
    min: text(row, 'min'),
    max: text(row, 'max'),
    cache: text(row, 'cache'),
    cycle: bool(row, 'cycle'),
    ownedBy: textOrNull(row, 'owned_by'),
    identity: bool(row, 'identity'),
  };
}
