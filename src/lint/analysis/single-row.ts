/**
 * An UPDATE or DELETE that touches at most one row: its WHERE equates a key with a constant, so it finds the row
 * through the key's index and locks only that row. The key is a column named `id` (taken to be the primary key,
 * as by convention), or every column of a primary key this migration declares earlier. Used to tell a one-row
 * fix-up from a backfill.
 */
import { objectMemo } from '../../core/object-memo.js';
import type { Node } from '../../sql/index.js';
import type { RangeVar } from '../../sql/index.js';
import { bodyOf, constraintsOf, nameList, nodeAs, relationName, stringOf, tableAdditions } from '../../sql/index.js';
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
function isConstant(node: Node | undefined): boolean {
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
  const fields = (nodeAs(node, 'ColumnRef')?.fields ?? []).map((f) => stringOf(f));
  if (fields.length === 1) return joined ? undefined : fields[0];
  if (fields.length !== 2) return undefined;
  const [qualifier, column] = fields;
  const names = target.alias?.aliasname ? [target.alias.aliasname] : [target.relname, relationName(target)];
  return names.includes(qualifier) ? column : undefined;
}

/** Columns of the target that the top-level AND of a WHERE clause sets equal to a constant. */
function pinnedColumns(where: Node | undefined, target: RangeVar, joined: boolean): Set<string> {
  const out = new Set<string>();
  const visit = (expr: Node | undefined): void => {
    const bool = nodeAs(expr, 'BoolExpr');
    if (bool?.boolop === 'AND_EXPR') for (const arg of bool.args ?? []) visit(arg);
    const eq = nodeAs(expr, 'A_Expr');
    if (eq?.kind !== 'AEXPR_OP' || (eq.name?.length ?? 0) !== 1 || stringOf(eq.name?.[0]) !== '=') return;
    for (const [col, value] of [[eq.lexpr, eq.rexpr], [eq.rexpr, eq.lexpr]] as const) {
      const name = isConstant(value) ? targetColumn(col, target, joined) : undefined;
      if (name) out.add(name);
    }
  };
  visit(where);
  return out;
}

/** True for an UPDATE or DELETE whose WHERE pins one row by `id`, or by a primary key declared earlier in the migration. */
export function pinsOneRow(s: StatementFacts, facts: MigrationFacts): boolean {
  const upd = executed(s.stmt, 'UpdateStmt');
  const del = executed(s.stmt, 'DeleteStmt');
  const target = upd?.relation ?? del?.relation;
  const where = upd?.whereClause ?? del?.whereClause;
  if (!target || !where) return false;
  const joined = (upd?.fromClause?.length ?? 0) > 0 || (del?.usingClause?.length ?? 0) > 0;
  const pinned = pinnedColumns(where, target, joined);
  if (pinned.has('id')) return true;
  const table = relationName(target) ?? '?';
  return primaryKeys(facts).some((k) => k.index < s.index && sameName(k.table, table) && k.columns.every((c) => pinned.has(c)));
}
