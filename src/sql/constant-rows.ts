/**
 * The rows of a long `INSERT … VALUES` of constants, dropped from its syntax tree once parsed. A data migration or a
 * dump is mostly such statements, and their trees cost some ten times their text (each constant is three objects
 * with a location): a 50 MB file of them kept 350 MB of trees alive through `up` and `lint`. Rows of literals name no
 * relation, call no function and take no lock, so nothing that reads trees (the lock model, the execution model,
 * the linter's facts and rules) learns anything from the second row on; the first row stays, so the statement keeps
 * its shape. The one reader that wants every constant, the rule on an enum value used in the transaction that added
 * it, asks `wholeNode`, which parses the statement's text again.
 */
import type { Node } from 'libpg-query';
import { nodeAs, stringOf } from './node-access.js';

/** A literal, possibly cast or negated (`1`, `'a'::date`, `-2`), NULL, or DEFAULT. */
function isConstant(node: Node | undefined): boolean {
  if (nodeAs(node, 'A_Const') || nodeAs(node, 'SetToDefault')) return true;
  const cast = nodeAs(node, 'TypeCast');
  if (cast) return isConstant(cast.arg);
  const op = nodeAs(node, 'A_Expr');
  return op?.kind === 'AEXPR_OP' && op.lexpr === undefined && stringOf(op.name?.[0]) === '-' && isConstant(op.rexpr);
}

function isConstantRow(row: Node): boolean {
  const items = nodeAs(row, 'List')?.items;
  return items !== undefined && items.every(isConstant);
}

/**
 * Drops the rows after the first of an `INSERT … VALUES` whose every value is a constant (in place: `node` comes
 * fresh from the parser). Returns how many rows it dropped: 0 for any other statement, which is left as it was.
 */
export function elideConstantRows(node: Node): number {
  const insert = nodeAs(node, 'InsertStmt');
  const select = nodeAs(insert?.selectStmt, 'SelectStmt');
  const rows = select?.valuesLists;
  if (!select || !rows || rows.length < 2 || !rows.every(isConstantRow)) return 0;
  select.valuesLists = rows.slice(0, 1);
  return rows.length - 1;
}
