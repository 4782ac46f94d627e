/**
 * Column types known before a migration runs, so that ALTER COLUMN ... TYPE can be judged from the old type:
 * varchar(50) → varchar(120) is a catalog change, text → varchar(20) rewrites. They come from the earlier
 * migrations of the run (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE, in version order) and, with a database,
 * from its catalog.
 *
 * Tables are keyed by schema-qualified name. A name written without a schema is taken to be in the default
 * schema: the connected database's current_schema() when its catalog was read, else "public" (PostgreSQL's
 * default search_path), so `audit.events` and `events` are two tables. Anything that makes the knowledge uncertain
 * forgets it (DROP of the table or the column, CREATE TABLE over an old name). RENAME and SET SCHEMA of a table, and
 * RENAME of a column, move what is known to the new name (the table keeps its columns and their types: harbor renames
 * replication_target to registry, then widens registry.url) and forget the old one. A domain or enum as the old type says nothing about coercibility; it is kept only to say the column is not
 * what a type change usually starts from (isBuiltInType).
 */
import type { ParsedStatement } from '../sql/index.js';
import type { TypeInfo } from '../sql/index.js';
import { alterCommands, bodyOf, droppedNames, nodeAs, relationName, typeInfo } from '../sql/index.js';

/** Known column types: schema-qualified table name → column → type. */
export interface ColumnTypes {
  /** The schema of a table named without one. */
  readonly defaultSchema: string;
  readonly tables: ReadonlyMap<string, ReadonlyMap<string, TypeInfo>>;
}

/** Known column types that applyColumnEvents() can change. */
export interface MutableColumnTypes extends ColumnTypes {
  readonly tables: Map<string, Map<string, TypeInfo>>;
}

/** PostgreSQL's default search_path puts unqualified new tables in "public". */
export const DEFAULT_SCHEMA = 'public';

/**
 * One change to what is known: a column's type set, or a column (or, without `column`, a whole table) forgotten; with
 * `renameTo`, the column (or the whole table, "t" or "s.t") moved to that name, what was known under it replaced.
 */
export interface ColumnEvent {
  /** As written: "t" or "s.t". */
  readonly table: string;
  readonly column?: string | undefined;
  readonly type?: TypeInfo | undefined;
  readonly renameTo?: string | undefined;
}

/** "t" → "public.t" (or the given default schema); "s.t" stays. */
export function qualifiedName(name: string, defaultSchema: string): string {
  return name.includes('.') ? name : `${defaultSchema}.${name}`;
}

/** PostgreSQL's own types, whose casts type-change.ts knows; anything else is not trusted as an old type. */
const BUILT_IN = new Set([
  'int2', 'int4', 'int8', 'float4', 'float8', 'numeric', 'text', 'varchar', 'bpchar', 'bool', 'date', 'time',
  'timetz', 'timestamp', 'timestamptz', 'interval', 'uuid', 'json', 'jsonb', 'bytea', 'cidr', 'inet', 'bit',
  'varbit', 'money', 'oid', 'xml',
]);
const SERIALS: Readonly<Record<string, string>> = { serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2' };

/**
 * PostgreSQL's own type, whose casts type-change.ts knows. Another type (a domain, an enum, an extension's) is kept as
 * the old type too, so that a type change is not taken for its usual form (varchar to text) when the column is known to
 * be something else; its casts are not trusted (see analyzeTypeChange).
 */
export function isBuiltInType(t: TypeInfo): boolean {
  return t.schema === undefined && BUILT_IN.has(t.name);
}

/**
 * A type as the catalog gives it (pg_type.typname, and its schema when not pg_catalog), with its modifiers decoded from
 * atttypmod for built-in types.
 */
export function catalogType(typname: string, typmod: number, array: boolean, schema?: string): TypeInfo {
  if (schema !== undefined || !BUILT_IN.has(typname)) return { name: typname, schema, mods: [], array };
  let mods: number[] = [];
  if (typmod >= 0) {
    if (typname === 'varchar' || typname === 'bpchar') mods = [typmod - 4];
    else if (typname === 'numeric') mods = [((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff];
    else if (typname === 'varbit' || typname === 'bit' || typname.startsWith('time')) mods = [typmod];
  }
  return { name: typname, schema: undefined, mods, array };
}

function knownType(t: TypeInfo | undefined): TypeInfo | undefined {
  if (!t) return undefined;
  const serial = t.schema === undefined ? SERIALS[t.name] : undefined;
  return serial ? { ...t, name: serial } : t;
}

/** The old type of `table.column`, when it is known (built in or not: see isBuiltInType). */
export function oldColumnType(types: ColumnTypes | undefined, table: string, column: string | undefined): TypeInfo | undefined {
  if (!types || column === undefined) return undefined;
  return types.tables.get(qualifiedName(table, types.defaultSchema))?.get(column);
}

/** What the statements (one migration, in order) change in the known column types. */
export function columnEvents(statements: readonly Pick<ParsedStatement, 'node' | 'kind'>[]): ColumnEvent[] {
  const out: ColumnEvent[] = [];
  for (const stmt of statements) {
    const create = bodyOf(stmt, 'CreateStmt');
    if (create) {
      const table = relationName(create.relation);
      if (!table) continue;
      out.push({ table });
      for (const e of create.tableElts ?? []) {
        const col = nodeAs(e, 'ColumnDef');
        if (col?.colname) out.push({ table, column: col.colname, type: knownType(typeInfo(col.typeName)) });
      }
      continue;
    }
    const alter = bodyOf(stmt, 'AlterTableStmt');
    if (alter) {
      const table = relationName(alter.relation);
      if (!table) continue;
      for (const cmd of alterCommands(alter)) {
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (cmd.subtype === 'AT_AddColumn' && col?.colname) out.push({ table, column: col.colname, type: knownType(typeInfo(col.typeName)) });
        else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) out.push({ table, column: cmd.name, type: knownType(typeInfo(col?.typeName)) });
        else if (cmd.subtype === 'AT_DropColumn' && cmd.name) out.push({ table, column: cmd.name });
      }
      continue;
    }
    const rename = bodyOf(stmt, 'RenameStmt');
    if (rename) {
      const table = relationName(rename.relation);
      if (!table) continue;
      if (rename.renameType === 'OBJECT_COLUMN') {
        if (rename.subname && rename.newname) out.push({ table, column: rename.subname, renameTo: rename.newname });
        else if (rename.subname) out.push({ table, column: rename.subname });
      } else if (rename.renameType === 'OBJECT_TABLE') {
        // The table keeps its schema under the new name.
        if (rename.newname) out.push({ table, renameTo: table.includes('.') ? `${table.slice(0, table.lastIndexOf('.'))}.${rename.newname}` : rename.newname });
        else out.push({ table });
      }
      continue;
    }
    const move = bodyOf(stmt, 'AlterObjectSchemaStmt');
    if (move?.objectType === 'OBJECT_TABLE') {
      const table = relationName(move.relation);
      if (table && move.newschema) out.push({ table, renameTo: `${move.newschema}.${table.slice(table.lastIndexOf('.') + 1)}` });
      else if (table) out.push({ table });
      continue;
    }
    const drop = bodyOf(stmt, 'DropStmt');
    if (drop?.removeType === 'OBJECT_TABLE') for (const name of droppedNames(drop.objects)) out.push({ table: name });
  }
  return out;
}

/** A column whose old type a migration's findings depend on, with the type that was known for it (if any). */
export interface ColumnLookup {
  readonly table: string;
  readonly column: string;
  readonly type: TypeInfo | undefined;
}

/**
 * The old types the statements' findings depend on: one per ALTER COLUMN ... TYPE, as `types` knows them before
 * the migration. Empty when the migration changes no column type (its findings do not depend on any).
 */
export function columnLookups(statements: readonly Pick<ParsedStatement, 'node' | 'kind'>[], types: ColumnTypes | undefined): ColumnLookup[] {
  const out: ColumnLookup[] = [];
  for (const s of statements) {
    if (s.kind !== 'AlterTableStmt') continue;
    const alter = bodyOf(s, 'AlterTableStmt');
    const table = relationName(alter?.relation);
    if (!table) continue;
    for (const cmd of alterCommands(alter)) {
      if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) out.push({ table, column: cmd.name, type: oldColumnType(types, table, cmd.name) });
    }
  }
  return out;
}

function sameType(a: TypeInfo | undefined, b: TypeInfo | undefined): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && a.schema === b.schema && a.array === b.array && a.mods.length === b.mods.length && a.mods.every((m, i) => m === b.mods[i]);
}

/** True when `types` still gives every lookup the type it was made with (so findings made then still hold). */
export function lookupsHold(lookups: readonly ColumnLookup[], types: ColumnTypes): boolean {
  return lookups.every((l) => sameType(l.type, oldColumnType(types, l.table, l.column)));
}

/**
 * Applies events to the known types, in place. Each event costs O(1), so following 10,000 migrations stays linear;
 * callers lint a migration with the map as it is, then apply that migration's events.
 */
export function applyColumnEvents(types: MutableColumnTypes, events: readonly ColumnEvent[]): void {
  const { tables, defaultSchema } = types;
  for (const e of events) {
    const table = qualifiedName(e.table, defaultSchema);
    if (e.column === undefined) {
      const moved = tables.get(table);
      tables.delete(table);
      if (e.renameTo === undefined) continue;
      const to = qualifiedName(e.renameTo, defaultSchema);
      tables.delete(to);
      if (moved) tables.set(to, moved);
      continue;
    }
    if (e.renameTo !== undefined) {
      const columns = tables.get(table);
      const type = columns?.get(e.column);
      columns?.delete(e.column);
      columns?.delete(e.renameTo);
      if (columns && type) columns.set(e.renameTo, type);
      continue;
    }
    let columns = tables.get(table);
    if (e.type) {
      if (!columns) tables.set(table, (columns = new Map()));
      columns.set(e.column, e.type);
    } else columns?.delete(e.column);
  }
}

/** A mutable copy of known types (the inner maps copied too); nothing known, in "public", without `types`. */
export function copyColumnTypes(types: ColumnTypes | undefined): MutableColumnTypes {
  return {
    defaultSchema: types?.defaultSchema ?? DEFAULT_SCHEMA,
    tables: new Map([...(types?.tables ?? [])].map(([table, columns]) => [table, new Map(columns)])),
  };
}
