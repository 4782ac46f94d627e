/**
 * Typed access to the libpg-query AST for the lock model and the linter. The node types are derived from the `Node`
 * union that src/sql re-exports, so this module never imports the parser itself.
 */
import { objectMemo } from '../core/object-memo.js';
import type { Node } from 'libpg-query';
import { nodeAs, stringOf, type NodeKind, type NodeOf } from './node-access.js';

export { nodeAs, stringOf, type NodeKind, type NodeOf };

export type RangeVar = NodeOf<'RangeVar'>;
export type ColumnDef = NodeOf<'ColumnDef'>;
export type Constraint = NodeOf<'Constraint'>;
export type TypeName = NodeOf<'TypeName'>;
export type AlterTableCmd = NodeOf<'AlterTableCmd'>;
export type AlterTableStmt = NodeOf<'AlterTableStmt'>;
export type ConstrType = NonNullable<Constraint['contype']>;

/** The statement's body when it is of the given kind. */
export function bodyOf<K extends NodeKind>(stmt: { readonly node: Node }, kind: K): NodeOf<K> | undefined {
  return nodeAs(stmt.node, kind);
}


/** "schema.name" when written schema-qualified, else "name". */
export function relationName(rv: RangeVar | undefined): string | undefined {
  if (!rv?.relname) return undefined;
  return rv.schemaname ? `${rv.schemaname}.${rv.relname}` : rv.relname;
}

/**
 * The tables of pg_catalog (PostgreSQL 15, relkind 'r'), less pg_largeobject, whose rows are the data of large objects.
 * Each row describes one object (a table, an index, a column, a type): a write to them by key of an object touches a
 * few rows, however large the tables they describe.
 */
const CATALOG_TABLES = new Set(['pg_aggregate', 'pg_am', 'pg_amop', 'pg_amproc', 'pg_attrdef', 'pg_attribute', 'pg_auth_members', 'pg_authid', 'pg_cast', 'pg_class', 'pg_collation', 'pg_constraint', 'pg_conversion', 'pg_database', 'pg_db_role_setting', 'pg_default_acl', 'pg_depend', 'pg_description', 'pg_enum', 'pg_event_trigger', 'pg_extension', 'pg_foreign_data_wrapper', 'pg_foreign_server', 'pg_foreign_table', 'pg_index', 'pg_inherits', 'pg_init_privs', 'pg_language', 'pg_largeobject_metadata', 'pg_namespace', 'pg_opclass', 'pg_operator', 'pg_opfamily', 'pg_parameter_acl', 'pg_partitioned_table', 'pg_policy', 'pg_proc', 'pg_publication', 'pg_publication_namespace', 'pg_publication_rel', 'pg_range', 'pg_replication_origin', 'pg_rewrite', 'pg_seclabel', 'pg_sequence', 'pg_shdepend', 'pg_shdescription', 'pg_shseclabel', 'pg_statistic', 'pg_statistic_ext', 'pg_statistic_ext_data', 'pg_subscription', 'pg_subscription_rel', 'pg_tablespace', 'pg_transform', 'pg_trigger', 'pg_ts_config', 'pg_ts_config_map', 'pg_ts_dict', 'pg_ts_parser', 'pg_ts_template', 'pg_type', 'pg_user_mapping']);

/** A system catalog table: named with pg_catalog, or unqualified (pg_catalog is searched before any other schema). */
export function isCatalogTable(rv: RangeVar | undefined): boolean {
  if (!rv?.relname || (rv.schemaname && rv.schemaname !== 'pg_catalog')) return false;
  return CATALOG_TABLES.has(rv.relname);
}

/** A dotted name from a list of String nodes (qualified names in DROP, ALTER TYPE, ...). */
export function dottedName(list: readonly Node[] | undefined): string {
  return (list ?? []).map((n) => stringOf(n) ?? '').filter((s) => s !== '').join('.');
}

/** Names in a DropStmt's `objects` (each is a List of String, or a bare String for schemas/types). */
export function droppedNames(objects: readonly Node[] | undefined): string[] {
  return (objects ?? []).map((o) => {
    const list = nodeAs(o, 'List');
    if (list) return dottedName(list.items);
    const typeName = nodeAs(o, 'TypeName');
    if (typeName) return dottedName(typeName.names);
    return stringOf(o) ?? '';
  });
}

export interface TypeInfo {
  /** Lower-case type name without a pg_catalog prefix: int4, varchar, bpchar, timestamp, json, serial... */
  readonly name: string;
  readonly schema: string | undefined;
  /** Integer type modifiers, e.g. [10] for varchar(10), [10, 2] for numeric(10,2). */
  readonly mods: readonly number[];
  readonly array: boolean;
}

const typeInfos = objectMemo<TypeName, TypeInfo | undefined>();

/** Cached per TypeName node: the style rules ask about each column's type several times. */
export function typeInfo(typeName: TypeName | undefined): TypeInfo | undefined {
  if (!typeName) return undefined;
  if (typeInfos.has(typeName)) return typeInfos.get(typeName);
  const info = computeTypeInfo(typeName);
  typeInfos.set(typeName, info);
  return info;
}

function computeTypeInfo(typeName: TypeName): TypeInfo | undefined {
  const parts = (typeName.names ?? []).map((n) => stringOf(n) ?? '');
  const name = parts[parts.length - 1];
  if (!name) return undefined;
  const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
  const mods = (typeName.typmods ?? []).map((m) => intConst(m)).filter((m): m is number => m !== undefined);
  return { name, schema: schema === 'pg_catalog' ? undefined : schema, mods, array: (typeName.arrayBounds?.length ?? 0) > 0 };
}

const TYPE_LABELS: Readonly<Record<string, string>> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', bpchar: 'char', float4: 'real', float8: 'double precision',
  bool: 'boolean', varbit: 'bit varying', timestamptz: 'timestamptz', serial4: 'serial', serial8: 'bigserial',
};

/** How a user writes the type: "bigint", "varchar(20)", "numeric(10,2)[]". */
export function typeLabel(t: TypeInfo | undefined): string {
  if (!t) return '?';
  const base = TYPE_LABELS[t.name] ?? t.name;
  return `${t.schema ? `${t.schema}.` : ''}${base}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`;
}

/** The integer value of an A_Const (libpg-query omits zero values, so `{ival: {}}` is 0). */
export function intConst(node: Node | undefined): number | undefined {
  const c = nodeAs(node, 'A_Const');
  if (!c?.ival) return undefined;
  return c.ival.ival ?? 0;
}

/** The string value of an A_Const. */
export function stringConst(node: Node | undefined): string | undefined {
  return nodeAs(node, 'A_Const')?.sval?.sval;
}

const NO_CONSTRAINTS: readonly Constraint[] = [];
const constraintLists = objectMemo<ColumnDef, readonly Constraint[]>();

/** A column's constraints; cached per ColumnDef node (the lock model and many rules ask). */
export function constraintsOf(col: ColumnDef | undefined): readonly Constraint[] {
  if (!col?.constraints) return NO_CONSTRAINTS;
  let list = constraintLists.get(col);
  if (!list) {
    list = col.constraints.map((c) => nodeAs(c, 'Constraint')).filter((c): c is Constraint => c !== undefined);
    constraintLists.set(col, list);
  }
  return list;
}

export function findConstraint(col: ColumnDef | undefined, type: ConstrType): Constraint | undefined {
  return constraintsOf(col).find((c) => c.contype === type);
}

/** Column names listed in a constraint's keys / fk_attrs. */
export function nameList(list: readonly Node[] | undefined): string[] {
  return (list ?? []).map((n) => stringOf(n) ?? '').filter((s) => s !== '');
}

const NO_COMMANDS: readonly AlterTableCmd[] = [];
const commandLists = objectMemo<AlterTableStmt, readonly AlterTableCmd[]>();

/** The AlterTableCmd bodies of an ALTER TABLE statement; cached per statement (most rules look at them). */
export function alterCommands(stmt: AlterTableStmt | undefined): readonly AlterTableCmd[] {
  if (!stmt?.cmds) return NO_COMMANDS;
  let list = commandLists.get(stmt);
  if (!list) {
    list = stmt.cmds.map((c) => nodeAs(c, 'AlterTableCmd')).filter((c): c is AlterTableCmd => c !== undefined);
    commandLists.set(stmt, list);
  }
  return list;
}

/**
 * What a CREATE TABLE or ALTER TABLE adds to a table: its name, and the column definitions and constraints
 * (CREATE TABLE's elements, or the definitions of ALTER TABLE's ADD COLUMN / ADD CONSTRAINT subcommands).
 * Undefined for any other statement.
 */
export function tableAdditions(stmt: { readonly node: Node }): { readonly table: string; readonly defs: readonly (Node | undefined)[] } | undefined {
  const create = bodyOf(stmt, 'CreateStmt');
  if (create) return { table: relationName(create.relation) ?? '?', defs: create.tableElts ?? [] };
  const alter = bodyOf(stmt, 'AlterTableStmt');
  if (!alter) return undefined;
  const defs = alterCommands(alter).filter((c) => c.subtype === 'AT_AddConstraint' || c.subtype === 'AT_AddColumn').map((c) => c.def);
  return { table: relationName(alter.relation) ?? '?', defs };
}

/** Visits every object in an AST (depth first), including unwrapped bodies. */
export function walk(value: unknown, visit: (key: string, body: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, visit);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  // for...in rather than Object.entries: the same keys in the same order (AST objects come from JSON.parse
  // and inherit nothing enumerable), without an array per property.
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) visit(key, child as Record<string, unknown>);
    walk(child, visit);
  }
}

/** A function or procedure call written in a statement. */
export interface FunctionCall {
  /** The name as written (parsed), its schema first when qualified. */
  readonly name: readonly string[];
  readonly args: readonly Node[];
  readonly node: NodeOf<'FuncCall'>;
  /** The bare call of a CALL statement (CallStmt.funccall, in a BEGIN ATOMIC body too), not an expression. */
  readonly procedure: boolean;
}

/**
 * Every function or procedure call in a statement's tree, depth first: a FuncCall wherever an expression may stand
 * (SELECT f(), PERFORM f() in a DO block, arguments of other calls) and the bare one of CALL (CallStmt.funccall).
 * The one walk for "which functions does this statement call, and with what".
 */
export function functionCalls(node: unknown): FunctionCall[] {
  const out: FunctionCall[] = [];
  walk(node, (key, body) => {
    if (key !== 'FuncCall' && key !== 'funccall') return;
    const call = body as NodeOf<'FuncCall'>;
    out.push({ name: nameList(call.funcname), args: call.args ?? [], node: call, procedure: key === 'funccall' });
  });
  return out;
}

/** A FuncCall's function name, lower-case, without its schema. */
export function calledName(call: NodeOf<'FuncCall'>): string | undefined {
  const parts = nameList(call.funcname);
  const name = parts[parts.length - 1];
  return name ? name.toLowerCase() : undefined;
}

/** The first `location` (byte offset into the section) found in a node, if any. */
export function firstLocation(value: unknown): number | undefined {
  let found: number | undefined;
  const visit = (v: unknown): void => {
    if (found !== undefined || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(visit);
    const loc = (v as Record<string, unknown>).location;
    if (typeof loc === 'number' && loc >= 0) {
      found = loc;
      return;
    }
    Object.values(v as Record<string, unknown>).forEach(visit);
  };
  visit(value);
  return found;
}
