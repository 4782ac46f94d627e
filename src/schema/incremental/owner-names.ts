/**
 * What other objects' definitions print of an owner, and so which of its parts to follow to the objects
 * that refer to it when it changes. A foreign key prints the referenced table and column names, a view
 * its tables' names and columns, a column its type's name, a default its sequence's name and enum labels,
 * a trigger its function's name, a partition's index its parent index's name. None prints a referenced
 * object's column types, comments, constraints or bodies. So adding an index, a constraint or a comment,
 * or changing a column's type or default, re-reads only the owner itself; renaming a column re-reads what
 * refers to that column; adding one re-reads what refers to the whole table (views over it, partitions).
 * Schema renames change the global fingerprint and make a full snapshot.
 */
import type { OwnerKind } from '../introspect/context.js';
import { ownerKeySql, ownerKind, ownerOid, type OwnerKey } from '../introspect/owners.js';

/** The printed names of one owner: its name (with schema oid), and for a relation its columns and indexes by number/oid. */
export interface OwnerNames {
  readonly name: string;
  /** Relation: its row type; type: its array type (0 if none). */
  readonly type: number;
  /** Relation: attnum → column name. Enum: sort position → label. */
  readonly parts: Readonly<Record<string, string>>;
  /** Relation: index oid → index name. */
  readonly indexes: Readonly<Record<string, string>>;
}

/** A pg_depend reference to follow: objects referring to (classid, objid), to column `subId`, or to any part (null). */
export interface Seed {
  readonly catalog: 'pg_class' | 'pg_type' | 'pg_proc';
  readonly oid: number;
  readonly subId: number | null;
}

/**
 * SQL selecting a JSON array of [key, name, type, parts, indexes] for the owners the three conditions
 * keep: `rel` on pg_class `c`, `typ` on pg_type `t`, `fn` on pg_proc `p`.
 */
export function ownerNamesSql(rel: string, typ: string, fn: string): string {
  const row = (key: string, name: string, type: string, parts: string, indexes: string): string =>
    `pg_catalog.json_build_array(${key}::text, ${name}, ${type}, coalesce(${parts}, '{}'::json), coalesce(${indexes}, '{}'::json))`;
  return `select pg_catalog.json_agg(o) from (
      select ${row(ownerKeySql('relation', 'c.oid'), `c.relname || '.' || c.relnamespace`, 'c.reltype',
        `(select pg_catalog.json_object_agg(a.attnum, a.attname) from pg_catalog.pg_attribute a
           where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)`,
        `(select pg_catalog.json_object_agg(i.indexrelid, ic.relname) from pg_catalog.pg_index i
           join pg_catalog.pg_class ic on ic.oid = i.indexrelid where i.indrelid = c.oid)`)} as o
        from pg_catalog.pg_class c where ${rel}
      union all
      select ${row(ownerKeySql('type', 't.oid'), `t.typname || '.' || t.typnamespace`, 't.typarray',
        `(select pg_catalog.json_object_agg(e.enumsortorder, e.enumlabel) from pg_catalog.pg_enum e where e.enumtypid = t.oid)`, 'null')}
        from pg_catalog.pg_type t where ${typ}
      union all
      select ${row(ownerKeySql('function', 'p.oid'), `p.proname || '.' || p.pronamespace`, '0', 'null', 'null')}
        from pg_catalog.pg_proc p where ${fn}) owners`;
}

/** Every owner (the full read). */
export const ALL_OWNER_NAMES = ownerNamesSql(
  `c.oid >= 16384 and c.relkind in ('r', 'p', 'v', 'm', 'S', 'c', 'f')`,
  `t.oid >= 16384 and t.typrelid = 0`,
  `p.oid >= 16384`,
);

type NamesRow = [string, string, number | string, Record<string, string>, Record<string, string>];

export function parseOwnerNames(text: string | null | undefined): Map<OwnerKey, OwnerNames> {
  const rows = (JSON.parse(text ?? 'null') as NamesRow[] | null) ?? [];
  return new Map(rows.map(([key, name, type, parts, indexes]) => [Number(key), { name, type: Number(type), parts, indexes }]));
}

const CATALOG: Readonly<Record<OwnerKind, Seed['catalog']>> = { relation: 'pg_class', type: 'pg_type', function: 'pg_proc' };

/** The references to follow because `key` now prints differently (none when it prints the same). */
export function seedsFor(key: OwnerKey, before: OwnerNames, after: OwnerNames | undefined): Seed[] {
  const catalog = CATALOG[ownerKind(key)];
  const oid = ownerOid(key);
  if (!after) return [];
  // Renamed (or moved): everything that names it. A table's row type carries its name too.
  if (before.name !== after.name) {
    const whole: Seed[] = [{ catalog, oid, subId: null }];
    if (after.type) whole.push({ catalog: 'pg_type', oid: after.type, subId: null });
    return [...whole, ...changedIndexes(before, after)];
  }
  const seeds: Seed[] = changedIndexes(before, after);
  const changedParts = Object.keys({ ...before.parts, ...after.parts }).filter((k) => before.parts[k] !== after.parts[k]);
  if (changedParts.length === 0) return seeds;
  if (catalog !== 'pg_class') return [...seeds, { catalog, oid, subId: null }, ...(after.type ? [{ catalog: 'pg_type' as const, oid: after.type, subId: null }] : [])];
  // Columns added, dropped or renamed: what refers to the whole table (views, partitions, its row type),
  // and what refers to a column whose name changed or that is gone.
  seeds.push({ catalog, oid, subId: 0 });
  if (after.type) seeds.push({ catalog: 'pg_type', oid: after.type, subId: null });
  for (const part of changedParts) if (before.parts[part] !== undefined) seeds.push({ catalog, oid, subId: Number(part) });
  return seeds;
}

/** Indexes renamed or dropped: what refers to them (a partition's index attached to one prints its name). */
function changedIndexes(before: OwnerNames, after: OwnerNames): Seed[] {
  return Object.keys(before.indexes)
    .filter((oid) => before.indexes[oid] !== after.indexes[oid])
    .map((oid) => ({ catalog: 'pg_class' as const, oid: Number(oid), subId: null }));
}
