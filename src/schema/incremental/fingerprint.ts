/**
 * A cheap picture of which catalog rows exist, used to find what changed since the last snapshot.
 *
 * Every catalog row a snapshot entry is read from belongs to an *owner*: a relation (its pg_class row,
 * columns, defaults, constraints, indexes, triggers, policies, rules, inheritance, partition key, sequence
 * parameters, row type, comments and OWNED BY link), a type (its pg_type row, array type, enum labels,
 * domain constraints, comment) or a function (pg_proc, pg_aggregate, comment). An owner's signature is
 * the number of those rows and the greatest `xmin` (creating transaction) among them. Any change to a
 * catalog row writes a new row version stamped with the xid of the transaction that made it, and xids
 * only grow: a row added or updated after the last snapshot raises the maximum, a row removed lowers the
 * count, and both at once (k rows removed, k added) still raise the maximum. That holds between
 * transactions with nothing else running, as in a shadow; inside a transaction that has written
 * (every new version then carries the same xid), `inTransaction` says to read everything.
 * See https://www.postgresql.org/docs/current/ddl-system-columns.html (xmin).
 *
 * What no owner covers is in `global`: schemas, extensions and their members, roles (policy roles),
 * user-defined collations, operators, operator classes and families, access methods, languages and text
 * search objects, and the settings that change how definitions are printed. When it changes, or when the
 * xid counter wraps around, everything is read again.
 */
import type { Session } from '../../db/index.js';
import { ownerKeySql, type OwnerKey } from '../introspect/owners.js';

export interface Fingerprint {
  readonly global: string;
  /** Signature per owner key (see introspect/owners.ts). */
  readonly owners: ReadonlyMap<OwnerKey, string>;
  /** The session's transaction has written something: row versions cannot tell changes apart. */
  readonly inTransaction: boolean;
  /** The xid epoch (xid counter wraparounds so far): the signatures compare 32-bit xids within one epoch. */
  readonly xidEpoch: number;
  /** The session's settings that a snapshot changes for its reads (search_path, planner), to put back. */
  readonly settings: Readonly<Record<string, string>>;
  readonly serverVersion: number;
}

/** SQL: the owner key of a pg_type row `t`, given `e`, its element type when `t` is that type's array. */
export function typeOwnerSql(t: string, e: string): string {
  return `case when ${t}.typrelid <> 0 then ${ownerKeySql('relation', `${t}.typrelid`)}
      when ${e}.typrelid <> 0 then ${ownerKeySql('relation', `${e}.typrelid`)}
      when ${e}.oid is not null then ${ownerKeySql('type', `${e}.oid`)}
      else ${ownerKeySql('type', `${t}.oid`)} end`;
}

const C = (name: string): string => `'pg_catalog.${name}'::pg_catalog.regclass`;

/**
 * age(xmin) is the distance from the xid the statement measures from, so that xid minus the smallest age
 * is the greatest xmin; computed this way because age() is much cheaper than turning every xid into a
 * number through text. (User objects' rows never carry the bootstrap xids age() treats as infinitely old.)
 */
const AGE_BASE = `(select pg_catalog.age('3'::xid)::int8 + 3)`;
const REL = (oid: string): string => ownerKeySql('relation', oid);

/**
 * Every catalog row with an owner, as (owner key, xmin). NOT NULL constraints (PostgreSQL 18) are left out:
 * the snapshot reads nullability from pg_attribute, which changes with them. Built for speed on PGlite, where each row costs
 * and the catalogs' planner statistics date from initdb: user objects have OIDs from FirstNormalObjectId
 * (16384) on, so index range scans skip the built-in rows, and rows are mapped to owners by their own
 * columns rather than by joins. Rows of objects that are not owners (an index's columns, a toast table)
 * are dropped after grouping. No parameters: one plan serves every call.
 */
const PARTS = `
  part (owner, x) as (
    select coalesce(i.indrelid, c.oid)::int8, c.xmin from pg_catalog.pg_class c
      left join pg_catalog.pg_index i on i.indexrelid = c.oid where c.oid >= 16384
    union all select ${REL('i.indrelid')}, i.xmin from pg_catalog.pg_index i where i.indexrelid >= 16384
    union all select ${REL('a.attrelid')}, a.xmin from pg_catalog.pg_attribute a where a.attrelid >= 16384 and a.attnum > 0
    union all select ${REL('ad.adrelid')}, ad.xmin from pg_catalog.pg_attrdef ad where ad.oid >= 16384
    union all select case when co.conrelid <> 0 then ${REL('co.conrelid')} else ${ownerKeySql('type', 'co.contypid')} end, co.xmin
      from pg_catalog.pg_constraint co where co.oid >= 16384 and co.contype <> 'n'
    union all select ${REL('tg.tgrelid')}, tg.xmin from pg_catalog.pg_trigger tg where tg.oid >= 16384
    union all select ${REL('po.polrelid')}, po.xmin from pg_catalog.pg_policy po
    union all select ${REL('rw.ev_class')}, rw.xmin from pg_catalog.pg_rewrite rw where rw.oid >= 16384
    union all select coalesce(i.indrelid, ih.inhrelid)::int8, ih.xmin from pg_catalog.pg_inherits ih
      left join pg_catalog.pg_index i on i.indexrelid = ih.inhrelid
    union all select ${REL('pt.partrelid')}, pt.xmin from pg_catalog.pg_partitioned_table pt
    union all select ${REL('sq.seqrelid')}, sq.xmin from pg_catalog.pg_sequence sq where sq.seqrelid >= 16384
    union all select ${REL('d.objid')}, d.xmin from pg_catalog.pg_depend d
     where d.classid = ${C('pg_class')} and d.objid >= 16384 and d.deptype in ('a', 'i')
    union all select ${typeOwnerSql('t', 'e')}, t.xmin from pg_catalog.pg_type t
      left join pg_catalog.pg_type e on e.oid = t.typelem and e.typarray = t.oid where t.oid >= 16384
    union all select ${ownerKeySql('type', 'en.enumtypid')}, en.xmin from pg_catalog.pg_enum en where en.oid >= 16384
    union all select ${ownerKeySql('function', 'p.oid')}, p.xmin from pg_catalog.pg_proc p where p.oid >= 16384
    union all select ${ownerKeySql('function', 'ag.aggfnoid')}, ag.xmin from pg_catalog.pg_aggregate ag where ag.aggfnoid >= 16384
    union all select ${descriptionOwner()}, de.xmin from pg_catalog.pg_description de where de.objoid >= 16384),
  owners (owner) as (
    select ${REL('c.oid')} from pg_catalog.pg_class c where c.oid >= 16384 and c.relkind in ('r', 'p', 'v', 'm', 'S', 'c', 'f')
    union all select ${ownerKeySql('type', 't.oid')} from pg_catalog.pg_type t where t.oid >= 16384 and t.typrelid = 0
    union all select ${ownerKeySql('function', 'p.oid')} from pg_catalog.pg_proc p where p.oid >= 16384),
  signatures as materialized (
    select owner, pg_catalog.count(*) || ':' || (${AGE_BASE} - pg_catalog.min(pg_catalog.age(x))) as sig from part group by owner)`;

/** SQL: the owner key of the object a pg_description row `de` is about (null when no owner covers it). */
function descriptionOwner(): string {
  return `case de.classoid
      when ${C('pg_class')} then coalesce((select i.indrelid from pg_catalog.pg_index i where i.indexrelid = de.objoid), de.objoid)::int8
      when ${C('pg_type')} then (select ${typeOwnerSql('t', 'e')} from pg_catalog.pg_type t
        left join pg_catalog.pg_type e on e.oid = t.typelem and e.typarray = t.oid where t.oid = de.objoid)
      when ${C('pg_proc')} then ${ownerKeySql('function', 'de.objoid')}
      when ${C('pg_constraint')} then (select case when co.conrelid <> 0 then ${REL('co.conrelid')}
        else ${ownerKeySql('type', 'co.contypid')} end from pg_catalog.pg_constraint co where co.oid = de.objoid)
      when ${C('pg_trigger')} then (select ${REL('tg.tgrelid')} from pg_catalog.pg_trigger tg where tg.oid = de.objoid)
    end`;
}

const SETTINGS = ['DateStyle', 'IntervalStyle', 'TimeZone', 'extra_float_digits', 'quote_all_identifiers', 'bytea_output', 'standard_conforming_strings', 'lc_monetary'];

const GLOBAL = `
  (select pg_catalog.count(*) || ':' || pg_catalog.max(x::text::int8) from (
     select n.xmin as x from pg_catalog.pg_namespace n
     union all select de.xmin from pg_catalog.pg_namespace n join pg_catalog.pg_description de
       on de.objoid = n.oid and de.classoid = ${C('pg_namespace')}
     union all select e.xmin from pg_catalog.pg_extension e
     union all select d.xmin from pg_catalog.pg_depend d where d.refclassid = ${C('pg_extension')}
     ${['pg_collation', 'pg_operator', 'pg_opclass', 'pg_opfamily', 'pg_am', 'pg_language', 'pg_ts_config', 'pg_ts_dict']
       .map((t) => `union all select xmin from pg_catalog.${t} where oid >= 16384`).join('\n     ')}) g)
  || '|' || (select pg_catalog.md5(pg_catalog.string_agg(r.oid::text || ' ' || r.rolname, ',' order by r.oid)) from pg_catalog.pg_roles r)
  || '|' || pg_catalog.concat_ws(',', ${SETTINGS.map((s) => `pg_catalog.current_setting('${s}')`).join(', ')})`;

/** Settings the snapshotter sets for its reads (see schema-snapshotter.ts); plan_cache_mode exists from PostgreSQL 12. */
const READ_SETTINGS = ['search_path', 'plan_cache_mode', 'enable_seqscan', 'enable_hashjoin', 'enable_mergejoin'];

export function fingerprintSql(): string {
  return `with ${PARTS}
    select ${GLOBAL} as global,
      (select pg_catalog.string_agg(owner || '=' || sig, ',') from signatures where owner in (select owner from owners)) as owners,
      pg_catalog.txid_current_if_assigned() is not null as in_transaction,
      pg_catalog.txid_snapshot_xmax(pg_catalog.txid_current_snapshot()) / 4294967296 as xid_epoch,
      pg_catalog.json_build_object(${READ_SETTINGS.map((name) => `'${name}', pg_catalog.current_setting('${name}', true)`).join(', ')})::text as settings,
      pg_catalog.current_setting('server_version_num') as server_version`;
}

interface FingerprintRow {
  readonly global: string;
  readonly owners: string | null;
  readonly in_transaction: boolean | string;
  readonly xid_epoch: string | number;
  readonly settings: string;
  readonly server_version: string;
}

export async function readFingerprint(session: Session): Promise<Fingerprint> {
  const res = await session.query<FingerprintRow>(fingerprintSql());
  const row = res.rows[0];
  const pairs = (row?.owners ?? '').split(',').filter((p) => p !== '').map((p) => p.split('='));
  return {
    global: row?.global ?? '',
    owners: new Map(pairs.map(([owner, sig]) => [Number(owner), sig ?? ''])),
    inTransaction: row?.in_transaction === true || row?.in_transaction === 't',
    xidEpoch: Number(row?.xid_epoch ?? 0),
    settings: Object.fromEntries(
      Object.entries(JSON.parse(row?.settings ?? '{}') as Record<string, string | null>).filter((e): e is [string, string] => e[1] !== null),
    ),
    serverVersion: Number(row?.server_version ?? 0),
  };
}
