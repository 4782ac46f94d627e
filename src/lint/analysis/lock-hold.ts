/**
 * Whether a statement lengthens the time a transaction holds the locks it has taken: it waits for a lock the
 * transaction does not hold yet (on a relation that existed before the migration), scans, rewrites or changes data,
 * or copies the rows of a table that existed before it (CREATE TABLE ... AS, SELECT ... INTO: the lock model leaves
 * out ACCESS SHARE reads, as they block no one, but a copy takes as long as the table is large, and so does a SELECT
 * of the whole table, `SELECT count(*) FROM t`; a SELECT with a WHERE is mostly a lookup or a check, and min()/max() or
 * a setval(max(id)) an index answers);
 * a write to a migration tool's history table does none of these (analysis/bookkeeping.ts). A statement whose locks the transaction already
 * holds at that mode or a stronger one is granted them without waiting (LOCK TABLE a, b takes both at once).
 * Used by statements-after-access-exclusive and lock-table.
 */
import type { LockEffect, LockMode } from '../../locks/index.js';
import { LOCK_MODES, conflicts, renamedRelation, sameName } from '../../locks/index.js';
import type { Node } from '../../sql/index.js';
import { bodyOf, functionCalls, nodeAs, relationName } from '../../sql/index.js';
import type { MigrationFacts, StatementFacts } from '../types.js';
import { pinsFewRows } from './single-row.js';
import { alterScanSkipped } from './skipped-scans.js';
import { writesToolHistory } from './bookkeeping.js';

const WRITES_DATA = new Set(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt', 'CopyStmt']);

/** Tables a query reads: its FROM lists, joins, subqueries in FROM and both sides of UNION / INTERSECT / EXCEPT. */
function queryTables(query: Node | undefined, out: string[] = []): string[] {
  const select = nodeAs(query, 'SelectStmt');
  if (!select) return out;
  queryTables(select.larg ? { SelectStmt: select.larg } as Node : undefined, out);
  queryTables(select.rarg ? { SelectStmt: select.rarg } as Node : undefined, out);
  const visit = (item: Node | undefined): void => {
    const table = nodeAs(item, 'RangeVar');
    if (table) {
      if (table.schemaname !== 'pg_catalog' && table.schemaname !== 'information_schema' && !table.relname?.startsWith('pg_')) out.push(relationName(table) ?? '');
      return;
    }
    const join = nodeAs(item, 'JoinExpr');
    if (join) {
      visit(join.larg);
      visit(join.rarg);
      return;
    }
    queryTables(nodeAs(item, 'RangeSubselect')?.subquery, out);
  };
  for (const item of select.fromClause ?? []) visit(item);
  return out;
}

/**
 * Reads every row of a table that existed before the migration: a copy (CREATE TABLE ... AS with data, SELECT ...
 * INTO), or a SELECT over it with no WHERE and no LIMIT (`SELECT count(*) FROM t`), unless all it computes is min() or
 * max(), which an index answers. A SELECT with a WHERE is taken for the lookup or check a migration mostly runs.
 */
function readsRows(s: StatementFacts, facts: MigrationFacts): boolean {
  const ctas = bodyOf(s.stmt, 'CreateTableAsStmt');
  const select = bodyOf(s.stmt, 'SelectStmt');
  const into = select?.intoClause;
  if (ctas?.into?.skipData) return false;
  if (!ctas && !into && !(select && readsWholeTable(select))) return false;
  return queryTables(ctas ? ctas.query : s.stmt.node).some((t) => t !== '' && !facts.isNew(t, s));
}

/** Aggregates that read every row they are given (min() and max() over an indexed column read one). */
const WHOLE_AGGREGATES = new Set(['count', 'sum', 'avg', 'array_agg', 'string_agg', 'json_agg', 'jsonb_agg', 'json_object_agg', 'jsonb_object_agg', 'bool_and', 'bool_or', 'every', 'stddev', 'variance']);

/**
 * A SELECT over a table with no WHERE and no LIMIT that reads every row: its rows themselves (`SELECT * FROM t`), or
 * an aggregate that reads them all (`count(*)`); not one that calls only other functions (`setval(…, max(id))`).
 */
function readsWholeTable(select: NonNullable<ReturnType<typeof bodyOf<'SelectStmt'>>>): boolean {
  if (select.whereClause || select.limitCount || select.larg || !select.fromClause?.length) return false;
  const calls = functionCalls(select.targetList).map((c) => (c.name.at(-1) ?? '').toLowerCase());
  return calls.length === 0 || calls.some((c) => WHOLE_AGGREGATES.has(c));
}

/** Locks the transaction already holds: relation → strongest mode taken so far. */
export type Taken = Map<string, LockMode>;

/**
 * Whether holding `held` means `wanted` is granted without waiting: every mode that conflicts with `wanted` conflicts
 * with `held` too, so no other session can be holding one. Not the order of the modes: SHARE held still waits for
 * ROW EXCLUSIVE or SHARE UPDATE EXCLUSIVE, which another session's SHARE blocks
 * (https://www.postgresql.org/docs/current/explicit-locking.html#TABLE-LOCK-COMPATIBILITY).
 */
function covers(held: LockMode, wanted: LockMode): boolean {
  return LOCK_MODES.every((m) => !conflicts(wanted, m) || conflicts(held, m));
}

/** A lock this transaction already holds in a mode that covers it: PostgreSQL grants it without waiting. */
function alreadyHeld(l: LockEffect, taken: Taken): boolean {
  for (const [relation, mode] of taken) {
    if (sameName(relation, l.relation) && covers(mode, l.mode)) return true;
  }
  return false;
}

/** Records the locks `s` takes in `taken`. */
export function take(s: StatementFacts, taken: Taken): void {
  for (const l of s.locks) {
    const before = taken.get(l.relation);
    if (!before || LOCK_MODES.indexOf(l.mode) > LOCK_MODES.indexOf(before)) taken.set(l.relation, l.mode);
  }
  // A renamed relation is the same one under its new name: its lock is held under that name too.
  const renamed = s.kind === 'RenameStmt' ? renamedRelation(s.stmt) : undefined;
  const held = renamed && taken.get(renamed.from);
  if (renamed && held) taken.set(renamed.to, held);
}

/**
 * `s` keeps the transaction's locks held longer than the statements that took them: see the header. With
 * `waitIsBounded` (a lock_timeout is in force for `s`), waiting for a new lock does not count: the wait ends at
 * lock_timeout, which bounds the statement that took the first lock in the same way.
 */
export function extendsHold(s: StatementFacts, taken: Taken, facts: MigrationFacts, waitIsBounded = false): boolean {
  if (bodyOf(s.stmt, 'TransactionStmt') || bodyOf(s.stmt, 'VariableSetStmt') || writesToolHistory(s)) return false;
  // Waiting for a lock the transaction does not hold yet (LOCK TABLE a, b takes both at once: no wait after it). Not on
  // a relation this migration created: no other session used it before (one created in this transaction, it cannot
  // even see; checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts).
  const waits = !waitIsBounded && s.locks.some((l) => !alreadyHeld(l, taken) && !facts.isNew(l.relation, s));
  // An UPDATE / DELETE of one row by its key is over in milliseconds; it extends the hold only by waiting for another table.
  if (pinsFewRows(s, facts)) return waits;
  if (WRITES_DATA.has(s.stmt.kind) || readsRows(s, facts)) return true;
  // A scan the rest of the migration shows PostgreSQL skips (skipped-scans.ts) does not count, as for require-statement-timeout.
  return waits || s.locks.some((l) => l.rewrite || (l.scan && !(s.kind === 'AlterTableStmt' && alterScanSkipped(s, facts))));
}

/**
 * The statements after `s` in its transaction wait for no new lock, scan, rewrite nor write data: whatever `s`
 * locked is held only for as long as they take to update the catalog.
 */
export function restOfTransactionIsBrief(s: StatementFacts, facts: MigrationFacts): boolean {
  if (!s.inTransaction) return false;
  const taken: Taken = new Map();
  for (const x of facts.statements) {
    if (!x.inTransaction || x.transaction !== s.transaction) continue;
    if (x.index > s.index && extendsHold(x, taken, facts)) return false;
    take(x, taken);
  }
  return true;
}
