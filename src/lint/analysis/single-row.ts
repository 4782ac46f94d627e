/**
 * An UPDATE or DELETE that touches a few rows it finds by key: its WHERE equates a key with a constant (one row), or
 * with a column of a small table this migration created and filled with constant rows (a mapping table: at most one
 * row per row of it). The key is a column named `id` (taken to be the primary key, as by convention), or every column
 * of a primary key this migration declares earlier. Used to tell a fix-up from a backfill.
 *
 * For the row count alone (unbatched-backfill, `entities`), a constant also pins few rows when it names one entity by
 * what identifies it by convention (`email`, `key`, `slug`, `username`, `uuid`, `…_uuid`, `…_key`, also under `lower()`
 * or `upper()`) or one parent by its reference (`…_id`: that parent's rows, a data fix for one customer or one user),
 * but not a reference to a lookup or a tenant (`status_id`, `type_id`, `role_id`, `category_id`, `tenant_id`, …),
 * which selects a class of rows as `status = 'x'` does. Not for how long a statement holds locks (lock-hold.ts,
 * backfill-in-schema-transaction): a reference column often has no index, so finding one parent's rows scans the table.
 * A write with a WHERE to a system catalog (pg_index, pg_class, …) touches the rows of the objects it names: few.
 */
import { objectMemo } from '../../core/object-memo.js';
import type { Node } from '../../sql/index.js';
import type { RangeVar } from '../../sql/index.js';
import { bodyOf, constraintsOf, functionCalls, isCatalogTable, nameList, nodeAs, relationName, stringOf, tableAdditions } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { executed } from './executed.js';
import type { MigrationFacts, StatementFacts } from '../types.js';

interface PrimaryKey {
  readonly table: string;
  readonly columns: readonly string[];
  readonly index: number;
}

const keysCache = objectMemo<MigrationFacts, readonly PrimaryKey[]>();

/** PRIMARY KEYs declared by CREATE TABLE and ALTER TABLE in the migration (not USING INDEX: its columns are not written). */
function primaryKeys(facts: MigrationFacts): readonly PrimaryKey[] {
  let keys = keysCache.get(facts);
  if (keys) return keys;
  const out: PrimaryKey[] = [];
  for (const s of [...facts.ofKind('CreateStmt'), ...facts.ofKind('AlterTableStmt')]) {
    const { table, defs } = tableAdditions(s.stmt) ?? { table: '?', defs: [] };
    for (const d of defs) {
      const con = nodeAs(d, 'Constraint');
      if (con?.contype === 'CONSTR_PRIMARY' && (con.keys?.length ?? 0) > 0) out.push({ table, columns: nameList(con.keys), index: s.index });
      const col = nodeAs(d, 'ColumnDef');
      if (col?.colname && constraintsOf(col).some((c) => c.contype === 'CONSTR_PRIMARY')) out.push({ table, columns: [col.colname], index: s.index });
    }
  }
  keys = out;
  keysCache.set(facts, keys);
  return keys;
}

/** A literal, possibly cast or negated: `1`, `'abc'::uuid`, `-2`. */
export function isConstant(node: Node | undefined): boolean {
  if (nodeAs(node, 'A_Const')) return true;
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return isConstant(cast.arg);
  const op = nodeAs(node, 'A_Expr');
  return op?.kind === 'AEXPR_OP' && op.lexpr === undefined && stringOf(op.name?.[0]) === '-' && isConstant(op.rexpr);
}

/**
 * The target's column a reference names, or undefined when it may name another table's: with a FROM / USING
 * list, only a reference qualified by the target's name or alias counts.
 */
function targetColumn(node: Node | undefined, target: RangeVar, joined: boolean): string | undefined {
  const call = nodeAs(node, 'FuncCall');
  if (call) {
    const fn = stringOf(call.funcname?.[call.funcname.length - 1]);
    return (fn === 'lower' || fn === 'upper') && call.args?.length === 1 ? targetColumn(call.args[0], target, joined) : undefined;
  }
  const fields = (nodeAs(node, 'ColumnRef')?.fields ?? []).map((f) => stringOf(f));
  if (fields.length === 1) return joined ? undefined : fields[0];
  if (fields.length !== 2) return undefined;
  const [qualifier, column] = fields;
  const names = target.alias?.aliasname ? [target.alias.aliasname] : [target.relname, relationName(target)];
  return names.includes(qualifier) ? column : undefined;
}

/**
 * Columns of the target that the top-level AND of a WHERE clause sets equal to something `other` accepts (a constant, a
 * column of another relation); `joined`: the statement has other relations, so only a qualified reference is the target's.
 */
function equatedColumns(where: Node | undefined, target: RangeVar, joined: boolean, other: (value: Node | undefined) => boolean): Set<string> {
  const out = new Set<string>();
  const visit = (expr: Node | undefined): void => {
    const bool = nodeAs(expr, 'BoolExpr');
    if (bool?.boolop === 'AND_EXPR') for (const arg of bool.args ?? []) visit(arg);
    const eq = nodeAs(expr, 'A_Expr');
    if (eq?.kind !== 'AEXPR_OP' || (eq.name?.length ?? 0) !== 1 || stringOf(eq.name?.[0]) !== '=') return;
    for (const [col, value] of [[eq.lexpr, eq.rexpr], [eq.rexpr, eq.lexpr]] as const) {
      const name = other(value) ? targetColumn(col, target, joined) : undefined;
      if (name) out.add(name);
    }
  };
  visit(where);
  return out;
}

/**
 * Columns of the target that the top-level AND of a WHERE clause sets equal to a constant, or to a parameter of the
 * function whose body holds the write (`$1`, or its name): one value per call, as a constant is.
 */
function pinnedColumns(where: Node | undefined, target: RangeVar, joined: boolean, params: ReadonlySet<string>): Set<string> {
  return equatedColumns(where, target, joined, (value) => isConstant(value) || isParameter(value, params));
}

const NO_PARAMETERS: ReadonlySet<string> = new Set();

/** `$1`, or a bare name among the function's parameters. */
function isParameter(node: Node | undefined, params: ReadonlySet<string>): boolean {
  if (nodeAs(node, 'ParamRef')) return params !== NO_PARAMETERS;
  const fields = nodeAs(node, 'ColumnRef')?.fields ?? [];
  return fields.length === 1 && params.has(stringOf(fields[0]) ?? '');
}

/** The calls of function `name` in a statement: CALL's, and the FuncCalls of a SELECT (or PERFORM) without FROM. */
function callsIn(stmt: StatementFacts['stmt'], name: string): { args: readonly Node[] }[] | 'other' {
  const calls = functionCalls(stmt.node);
  const call = bodyOf(stmt, 'CallStmt')?.funccall;
  // A CALL: its own procedure only (functions in its arguments are not looked at).
  if (call) return calls.filter((c) => c.node === call && c.name.at(-1) === name);
  const found = calls.filter((c) => !c.procedure && c.name.at(-1) === name);
  if (found.length === 0) return [];
  const select = bodyOf(stmt, 'SelectStmt');
  return select && (select.fromClause ?? []).length === 0 ? found : 'other';
}

/**
 * Whether every call of function `name` in the migration passes constants and runs once: a CALL, or a SELECT (PERFORM)
 * without FROM. A call per row of a query (`SELECT f(id) FROM t`) runs the body's write once per row.
 */
function calledWithConstants(name: string, facts: MigrationFacts): boolean {
  let calls = 0;
  for (const x of facts.statements) {
    if (x.embedded?.block === 'function') continue;
    const found = callsIn(x.stmt, name);
    if (found === 'other') return false;
    if (!found.every((c) => c.args.every(isConstant))) return false;
    calls += found.length;
  }
  return calls > 0;
}

/**
 * The input parameters of the function or procedure whose body holds statement `at`, when every call of it in the
 * migration passes constants; none elsewhere (a DO block).
 */
function parametersAt(at: number, facts: MigrationFacts): ReadonlySet<string> {
  const s = facts.statements[at];
  if (s?.embedded?.block !== 'function' || !s.embedded.name || !calledWithConstants(s.embedded.name.split('.').at(-1) ?? '', facts)) return NO_PARAMETERS;
  const owner = facts.statements.find((x) => x.embedded === undefined && x.source === s.source);
  if (!owner) return NO_PARAMETERS;
  const params = (bodyOf(owner.stmt, 'CreateFunctionStmt')?.parameters ?? [])
    .map((p) => nodeAs(p, 'FunctionParameter'))
    .filter((p) => p?.name !== undefined && p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
    .map((p) => p?.name ?? '');
  return new Set(params);
}

/** Column names that identify one entity, or one parent, by convention (see the head of this file). */
const ENTITY_COLUMN = /^(email|key|slug|username|uuid)$|_(id|uuid|key)$/;
/** References to a lookup table, a tenant or a grouping: a class of rows, however the column ends. */
const CLASS_COLUMN =
  /^(status|state|type|kind|role|category|group|plan|tier|level|stage|priority|tenant|org|organization|company|workspace|team|region|country|currency|language|locale|source|channel)_id$/;

/** A column named as ENTITY_COLUMN and not as CLASS_COLUMN: its equality to a constant finds one entity's rows. */
const namesOneEntity = (cols: Set<string>): boolean =>
  [...cols].some((c) => ENTITY_COLUMN.test(c.toLowerCase()) && !CLASS_COLUMN.test(c.toLowerCase()));

/** Most rows a mapping table may hold for a write keyed on it to count as a fix-up, not a backfill. */
export const MAPPING_ROWS = 1000;

/**
 * The rows a table holds when `at` runs, if this migration created it (a TEMP table too) and filled it only with
 * constant rows (INSERT … VALUES of constants); undefined for any other table.
 */
function constantRows(name: string, at: number, facts: MigrationFacts): number | undefined {
  const created = facts.ofKind('CreateStmt').some((c) => c.index < at && sameName(relationName(bodyOf(c.stmt, 'CreateStmt')?.relation) ?? '', name));
  if (!created) return undefined;
  let rows = 0;
  for (const w of [...facts.ofKind('InsertStmt'), ...facts.ofKind('CopyStmt')]) {
    if (w.index >= at) continue;
    const insert = bodyOf(w.stmt, 'InsertStmt');
    if (!sameName(relationName(insert?.relation ?? bodyOf(w.stmt, 'CopyStmt')?.relation) ?? '', name)) continue;
    const values = nodeAs(insert?.selectStmt, 'SelectStmt')?.valuesLists;
    if (!values || !values.every((row) => (nodeAs(row, 'List')?.items ?? []).every(isConstant))) return undefined;
    rows += values.length + (w.stmt.elidedRows ?? 0);
  }
  return rows;
}

/** Columns of the target that the top-level AND of a WHERE sets equal to a column of another relation, by its `names`. */
function joinedColumns(where: Node | undefined, target: RangeVar, names: readonly (string | undefined)[]): Set<string> {
  return equatedColumns(where, target, true, (node) => {
    const fields = (nodeAs(node, 'ColumnRef')?.fields ?? []).map((f) => stringOf(f));
    return fields.length === 2 && names.includes(fields[0]);
  });
}

/**
 * True for an UPDATE, DELETE or MERGE whose WHERE (MERGE: ON) finds its rows by `id`, or by a primary key declared
 * earlier in the migration, set equal to constants or to a source of a few constant rows.
 */
export function pinsFewRows(s: StatementFacts, facts: MigrationFacts, entities = false): boolean {
  const upd = executed(s.stmt, 'UpdateStmt');
  const del = executed(s.stmt, 'DeleteStmt');
  const merge = bodyOf(s.stmt, 'MergeStmt');
  if (merge) return writePinsFewRows({ relation: merge.relation, whereClause: merge.joinCondition, fromClause: merge.sourceRelation ? [merge.sourceRelation] : [] }, s.index, facts, entities);
  return writePinsFewRows(upd ?? (del ? { ...del, fromClause: del.usingClause } : undefined), s.index, facts, entities);
}

/** A write's target, WHERE (MERGE: its ON) and other relations (UPDATE's FROM, DELETE's USING, MERGE's source). */
interface Write {
  readonly relation?: RangeVar | undefined;
  readonly whereClause?: Node | undefined;
  readonly fromClause?: readonly Node[] | undefined;
}

/** pinsFewRows for one write, wherever it stands (a statement's own, or a data-modifying WITH's), at statement `at`. */
export function writePinsFewRows(write: Write | undefined, at: number, facts: MigrationFacts, entities = false): boolean {
  const target = write?.relation;
  const where = write?.whereClause;
  if (!target || !where) return false;
  // A catalog row describes one object (UPDATE pg_index SET indisready = false WHERE indrelid = …: that table's indexes).
  if (isCatalogTable(target)) return true;
  const from = write.fromClause ?? [];
  const table = relationName(target) ?? '?';
  const isKey = (cols: Set<string>): boolean =>
    cols.has('id') || primaryKeys(facts).some((k) => k.index < at && sameName(k.table, table) && k.columns.every((c) => cols.has(c)));
  const pinned = pinnedColumns(where, target, from.length > 0, parametersAt(at, facts));
  if (isKey(pinned) || (entities && namesOneEntity(pinned))) return true;
  // One row per row of a mapping table: UPDATE t SET … FROM fix f WHERE t.id = f.id, fix holding a few constant rows
  // (a table this migration filled, or a VALUES list).
  const mapping = from.length === 1 ? constantSource(from[0], at, facts) : undefined;
  return mapping !== undefined && mapping.rows <= MAPPING_ROWS && isKey(joinedColumns(where, target, mapping.names));
}

/** A FROM / USING item that holds only constant rows: a table this migration filled with them, or `(VALUES …) AS v`. */
export function constantSource(item: Node | undefined, at: number, facts: MigrationFacts): { rows: number; names: readonly (string | undefined)[] } | undefined {
  const table = nodeAs(item, 'RangeVar');
  if (table) {
    const rows = constantRows(relationName(table) ?? '', at, facts);
    return rows === undefined ? undefined : { rows, names: table.alias?.aliasname ? [table.alias.aliasname] : [table.relname, relationName(table)] };
  }
  const sub = nodeAs(item, 'RangeSubselect');
  const values = nodeAs(sub?.subquery, 'SelectStmt')?.valuesLists;
  const alias = sub?.alias?.aliasname;
  if (!values || !alias || !values.every((row) => (nodeAs(row, 'List')?.items ?? []).every(isConstant))) return undefined;
  return { rows: values.length, names: [alias] };
}
