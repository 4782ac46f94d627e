/**
 * Which owners an incremental snapshot reads again. First those whose catalog rows changed
 * (changedScope). Then, when one of them now prints under other names (owner-names.ts), every owner
 * whose definitions refer to it (dependentsScope): a definition names the objects it refers to
 * (a foreign key's referenced table and columns, a view's tables, a default's sequence, a column's enum,
 * a trigger's function...), and PostgreSQL records each such reference in pg_depend
 * (https://www.postgresql.org/docs/current/catalog-pg-depend.html). Through functions and types the
 * search goes on transitively, as a precaution: they are what can stand between a definition and a name
 * it prints (a view over `f()` where `f` returns `SETOF t` prints t's column names; PostgreSQL records
 * that reference directly today, and this does not rely on it). Functions and types are few, so this
 * costs little.
 *
 * Dropped owners need nothing: whatever depended on them was dropped or changed with them.
 */
import { ownerKey, ownerKind, ownerOid, type OwnerKey } from '../introspect/owners.js';
import type { CatalogScope } from '../introspect/run-catalog-queries.js';
import type { OwnerKind } from '../introspect/context.js';
import { ownerNamesSql, type Seed } from './owner-names.js';

const C = (name: string): string => `'pg_catalog.${name}'::pg_catalog.regclass::oid`;
const KIND_CODE: Readonly<Record<OwnerKind, string>> = { relation: 'r', type: 't', function: 'f' };
const CODE_KIND: Readonly<Record<string, OwnerKind>> = { r: 'relation', t: 'type', f: 'function' };

/** $2, $3, $4: the references to follow (see owner-names.ts Seed): catalog names, oids, column numbers (-1: any part). */
const CTES = `
  lockstep_seed(classid, objid, subid) as (
    select s.catalog::pg_catalog.regclass::oid, s.objid, s.subid
      from rows from (pg_catalog.unnest($2::text[]), pg_catalog.unnest($3::oid[]), pg_catalog.unnest($4::int4[])) as s(catalog, objid, subid)
    -- A type's array type is printed with its name.
    union all select ${C('pg_type')}, t.typarray, -1 from pg_catalog.pg_type t
     where t.oid = any (array(select s.objid from rows from (pg_catalog.unnest($2::text[]), pg_catalog.unnest($3::oid[])) as s(catalog, objid)
                               where s.catalog = 'pg_catalog.pg_type')) and t.typarray <> 0),
  lockstep_reach(classid, objid, subid) as (
    select classid, objid, subid from lockstep_seed
    union
    select d.classid, d.objid, -1 from lockstep_reach r
      join pg_catalog.pg_depend d on d.refclassid = r.classid and d.refobjid = r.objid and (r.subid = -1 or d.refobjsubid = r.subid)
     where d.classid in (${C('pg_proc')}, ${C('pg_type')})),
  lockstep_dependents(classid, objid) as (
    select d.classid, d.objid from lockstep_reach r
      join pg_catalog.pg_depend d on d.refclassid = r.classid and d.refobjid = r.objid and (r.subid = -1 or d.refobjsubid = r.subid)
    union select classid, objid from lockstep_reach where subid = -1),
  lockstep_dirty(kind, oid) as (
    select distinct o.kind, o.oid from lockstep_dependents d cross join lateral (${ownerOfDependent()}) o where o.oid is not null)`;

/** SQL (lateral over `d`): the owner, as kind code and oid, of the object (d.classid, d.objid). */
function ownerOfDependent(): string {
  const on = (catalog: string, alias: string): string => `from pg_catalog.${catalog} ${alias} where d.classid = ${C(catalog)} and ${alias}.oid = d.objid`;
  return `select 'r' as kind, coalesce(i.indrelid, c.oid) as oid from pg_catalog.pg_class c
        left join pg_catalog.pg_index i on i.indexrelid = c.oid where d.classid = ${C('pg_class')} and c.oid = d.objid
      union all select 'r', ad.adrelid ${on('pg_attrdef', 'ad')}
      union all select case when co.conrelid <> 0 then 'r' else 't' end, case when co.conrelid <> 0 then co.conrelid else co.contypid end
        ${on('pg_constraint', 'co')}
      union all select 'r', tg.tgrelid ${on('pg_trigger', 'tg')}
      union all select 'r', po.polrelid ${on('pg_policy', 'po')}
      union all select 'r', rw.ev_class ${on('pg_rewrite', 'rw')}
      union all select 'f', d.objid where d.classid = ${C('pg_proc')}
      union all select case when t.typrelid <> 0 or e.typrelid <> 0 then 'r' else 't' end,
          case when t.typrelid <> 0 then t.typrelid when e.typrelid <> 0 then e.typrelid else coalesce(e.oid, t.oid) end
        from pg_catalog.pg_type t left join pg_catalog.pg_type e on e.oid = t.typelem and e.typarray = t.oid
       where d.classid = ${C('pg_type')} and t.oid = d.objid`;
}

export interface ChangedOwners {
  readonly relation: readonly number[];
  readonly type: readonly number[];
  readonly function: readonly number[];
}

// Strings: the prepared-statement session passes string arrays as literals (src/rehearsal/preparing-session.ts).
const params = (owners: ChangedOwners): string[][] => [owners.relation, owners.type, owners.function].map((l) => l.map(String));
const PARAM: Readonly<Record<OwnerKind, string>> = { relation: '$2', type: '$3', function: '$4' };

/** Reads the changed owners, and their name signatures (the `names` extra, see owner-names.ts). */
export function changedScope(changed: ChangedOwners): CatalogScope {
  return {
    ctes: '',
    params: params(changed),
    // On the oid itself, so the filter reaches the catalogs' indexes (attrelid, conrelid, ...).
    restrict: (kind) => `q.owner = any (${PARAM[kind]}::oid[])`,
    extras: { names: ownerNamesSql('c.oid = any ($2::oid[])', 't.oid = any ($3::oid[])', 'p.oid = any ($4::oid[])') },
  };
}

/** Reads every owner whose definitions follow the references; its `dirty` extra lists them (see dirtyOwners). */
export function dependentsScope(seeds: readonly Seed[]): CatalogScope {
  return {
    ctes: CTES,
    params: [
      seeds.map((s) => `pg_catalog.${s.catalog}`),
      seeds.map((s) => String(s.oid)),
      seeds.map((s) => String(s.subId ?? -1)),
    ],
    // On the oid itself, so the filter reaches the catalogs' indexes (attrelid, conrelid, ...).
    restrict: (kind) => `q.owner in (select oid from lockstep_dirty where kind = '${KIND_CODE[kind]}')`,
    extras: { dirty: `select pg_catalog.json_agg(pg_catalog.json_build_array(kind, oid::text)) from lockstep_dirty` },
  };
}

/** The owner keys of the `dirty` extra. */
export function dirtyOwners(extra: string | null | undefined): Set<OwnerKey> {
  const pairs = (JSON.parse(extra ?? 'null') as Array<[string, string]> | null) ?? [];
  return new Set(pairs.map(([code, oid]) => ownerKey(CODE_KIND[code] ?? 'relation', oid)));
}

/** Owner keys split by kind, as oids. */
export function splitOwners(keys: Iterable<OwnerKey>): ChangedOwners {
  const out: Record<OwnerKind, number[]> = { relation: [], type: [], function: [] };
  for (const key of keys) out[ownerKind(key)].push(ownerOid(key));
  return out;
}
