/**
 * Catalog reads for the tracer: which relations exist (with their relfilenode), and which relation locks
 * this backend holds. Both read only system catalogs and pg_locks, so they take no lock on user relations.
 */
import type { Session } from '../db/index.js';
import type { ExistingRelation, RelationKind } from './types.js';

const KINDS: Readonly<Record<string, RelationKind>> = {
  r: 'table', p: 'partitioned table', i: 'index', I: 'partitioned index', m: 'materialized view',
  v: 'view', S: 'sequence', f: 'foreign table', t: 'toast table',
};

export function relationKind(relkind: string): RelationKind {
  return KINDS[relkind] ?? 'other';
}

/** SQL condition on pg_namespace `n`: a user schema, not one of `$1`. */
const USER_SCHEMA = `n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
  and n.nspname not like 'pg\\_temp%' and n.nspname <> all ($1::text[])`;

/**
 * Every user relation, keyed by oid. relfilenode is the file holding the data: it changes when the
 * table is rewritten or the index rebuilt (https://www.postgresql.org/docs/current/storage-file-layout.html).
 */
export async function existingRelations(session: Session, excludeSchemas: readonly string[]): Promise<Map<number, ExistingRelation>> {
  const res = await session.query<{ oid: number | string; name: string; relkind: string; filenode: number | string; table_name: string | null }>(
    `select c.oid::int8 as oid, n.nspname || '.' || c.relname as name, c.relkind::text as relkind,
            pg_catalog.pg_relation_filenode(c.oid)::int8 as filenode,
            (select tn.nspname || '.' || t.relname from pg_catalog.pg_index x
               join pg_catalog.pg_class t on t.oid = x.indrelid join pg_catalog.pg_namespace tn on tn.oid = t.relnamespace
              where x.indexrelid = c.oid) as table_name
       from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where ${USER_SCHEMA} and c.relkind in ('r', 'p', 'i', 'I', 'm', 'v', 'S', 'f')`,
    [[...excludeSchemas]],
  );
  const out = new Map<number, ExistingRelation>();
  for (const r of res.rows) {
    const oid = Number(r.oid);
    out.set(oid, { oid, name: r.name, kind: relationKind(r.relkind), filenode: Number(r.filenode ?? 0), table: r.table_name });
  }
  return out;
}

/** Current relfilenode of each of `oids` (a dropped relation is simply absent). */
export async function filenodes(session: Session, oids: readonly number[]): Promise<Map<number, number>> {
  if (oids.length === 0) return new Map();
  const res = await session.query<{ oid: number | string; filenode: number | string | null }>(
    `select c.oid::int8 as oid, pg_catalog.pg_relation_filenode(c.oid)::int8 as filenode
       from pg_catalog.pg_class c where c.oid = any($1::oid[])`,
    [oids.map(String)],
  );
  return new Map(res.rows.map((r) => [Number(r.oid), Number(r.filenode ?? 0)]));
}

/** "oid:mode" pairs of the relation locks this backend holds right now. */
export async function heldLocks(session: Session): Promise<Set<string>> {
  const res = await session.query<{ oid: number | string; mode: string }>(
    `select l.relation::int8 as oid, l.mode from pg_catalog.pg_locks l
      where l.pid = pg_catalog.pg_backend_pid() and l.locktype = 'relation' and l.granted`,
  );
  return new Set(res.rows.map((r) => `${Number(r.oid)}:${r.mode}`));
}
