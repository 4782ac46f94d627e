import { bodyOf, doBlockEndsTransactions, nodeAs, relationName, type Node, type NodeOf } from '../../sql/index.js';
import { constantSource, isConstant, MAPPING_ROWS, pinsFewRows, writePinsFewRows } from '../analysis/single-row.js';
import { writesToolHistory } from '../analysis/bookkeeping.js';
import { executed } from '../analysis/executed.js';
import { onKinds, q } from '../rule-kit.js';
import type { MigrationFacts, Report, Rule, StatementFacts } from '../types.js';

type Obj = Record<string, unknown>;

/** `ARRAY[1, 2, 3]` or `'{1,2,3}'::bigint[]`: an array of constants, which `= ANY (…)` reads as a list of values. */
function constantArray(value: unknown): boolean {
  const node = value as Node | undefined;
  const array = nodeAs(node, 'A_ArrayExpr');
  if (array) return (array.elements ?? []).every(isConstant);
  const cast = nodeAs(node, 'TypeCast');
  return cast !== undefined && (cast.typeName?.arrayBounds?.length ?? 0) > 0 && nodeAs(cast.arg, 'A_Const')?.sval !== undefined;
}

/** The DO block that holds `s` COMMITs or ROLLs BACK (each batch then ends its own transaction). */
function ownerCommits(s: StatementFacts, all: readonly StatementFacts[]): boolean {
  const owner = all.find((x) => x.source === s.source && !x.embedded);
  return owner !== undefined && doBlockEndsTransactions(owner.stmt);
}

/** Most rows `id <= n` may pick for it to count as a batch: the ids of a key start at 1 (a sequence's default start). */
const FIRST_IDS = 10_000;

/** `id <= 50`, `id < 1000`, `50 >= id`: the first ids of a key, a batch of at most FIRST_IDS rows. */
function firstIds(op: string | undefined, left: unknown, right: unknown): boolean {
  const isId = (v: unknown): boolean => {
    const fields = nodeAs(v as Node | undefined, 'ColumnRef')?.fields ?? [];
    return fields.length > 0 && nodeAs(fields[fields.length - 1], 'String')?.sval === 'id';
  };
  const small = (v: unknown): boolean => {
    const value = nodeAs(v as Node | undefined, 'A_Const')?.ival?.ival;
    return value !== undefined && value <= FIRST_IDS;
  };
  if ((op === '<' || op === '<=') && isId(left) && small(right)) return true;
  return (op === '>' || op === '>=') && small(left) && isId(right);
}

/**
 * A WHERE that bounds the rows touched: a BETWEEN, a list of values (`IN (1, 2)`, `= ANY (ARRAY[1, 2])`), a subquery
 * with LIMIT, both ends of a range, or the first ids of a key (`id <= 50`).
 */
function bounded(where: unknown): boolean {
  let between = false;
  let limit = false;
  let list = false;
  let lower = false;
  let upper = false;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const o = value as Obj;
    const expr = o.A_Expr as Obj | undefined;
    if (expr) {
      const kind = expr.kind as string | undefined;
      const op = ((expr.name as Obj[] | undefined)?.[0]?.String as Obj | undefined)?.sval as string | undefined;
      if (kind === 'AEXPR_BETWEEN') between = true;
      if (kind === 'AEXPR_IN' && (Array.isArray(expr.rexpr) || (expr.rexpr as Obj | undefined)?.List !== undefined)) list = true;
      if (kind === 'AEXPR_OP_ANY' && op === '=' && constantArray(expr.rexpr)) list = true;
      if (kind === 'AEXPR_OP' && firstIds(op, expr.lexpr, expr.rexpr)) list = true;
      if (kind === 'AEXPR_OP' && (op === '>' || op === '>=')) lower = true;
      if (kind === 'AEXPR_OP' && (op === '<' || op === '<=')) upper = true;
    }
    const select = o.SelectStmt as Obj | undefined;
    if (select?.limitCount) limit = true;
    for (const v of Object.values(o)) visit(v);
  };
  visit(where);
  return between || limit || list || (lower && upper);
}

/** The first UPDATE or DELETE in a WITH of the statement (a data-modifying CTE runs to completion whatever reads it). */
function modifyingWith(s: StatementFacts): { update?: NodeOf<'UpdateStmt'>; del?: NodeOf<'DeleteStmt'> } | undefined {
  const body = Object.values(s.stmt.node)[0] as { withClause?: { ctes?: Node[] } } | undefined;
  for (const cte of body?.withClause?.ctes ?? []) {
    const query = nodeAs(cte, 'CommonTableExpr')?.ctequery;
    const update = nodeAs(query, 'UpdateStmt');
    if (update) return { update };
    const del = nodeAs(query, 'DeleteStmt');
    if (del) return { del };
  }
  return undefined;
}

/**
 * MERGE that updates or deletes the rows its source matches: a backfill when nothing bounds the source (a LIMIT, a
 * list of constant rows). One that only inserts (WHEN NOT MATCHED) writes no existing row.
 */
function mergeReport(merge: NodeOf<'MergeStmt'>, s: StatementFacts, facts: MigrationFacts): Report | undefined {
  const writes = (merge.mergeWhenClauses ?? []).some((c) => {
    const when = nodeAs(c, 'MergeWhenClause');
    return when?.matchKind === 'MERGE_WHEN_MATCHED' && (when.commandType === 'CMD_UPDATE' || when.commandType === 'CMD_DELETE');
  });
  if (!writes || bounded([merge.sourceRelation, merge.withClause]) || pinsFewRows(s, facts, true)) return undefined;
  // A source of a few constant rows is a list of values, as IN (…) is.
  if ((constantSource(merge.sourceRelation, s.index, facts)?.rows ?? Infinity) <= MAPPING_ROWS) return undefined;
  const table = relationName(merge.relation) ?? '?';
  return {
    statement: s,
    relation: table,
    during: 'the whole merge',
    message: `MERGE INTO ${q(table)} updates or deletes every row its source matches in one transaction, holding their row locks until it commits`,
    help: 'Merge in batches that each commit: bound the source (… ORDER BY id LIMIT 10000, or a range of ids), from a script or a no-transaction migration, one batch at a time.',
  };
}

/**
 * One UPDATE or DELETE over most of a table (a backfill or a purge: `WHERE col IS NULL`, `WHERE status = 'x'`) writes
 * (or deletes) every matching row in one transaction: row locks on all of them until it commits, concurrent writers
 * of those rows wait, and the table and its WAL grow by the size of the rows touched
 * (https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-ROWS). update-without-where and
 * delete-without-where report the statement with no WHERE at all; this one the WHERE that does not bound it.
 */
export const unbatchedBackfill: Rule = {
  id: 'unbatched-backfill',
  defaultSeverity: 'warning',
  description: 'an UPDATE, DELETE or MERGE whose WHERE (or source) does not bound how many rows it touches (a backfill in one transaction)',
  docs: 'docs/rules/unbatched-backfill.md',
  lockHazard: true,
  check: onKinds(['UpdateStmt', 'DeleteStmt', 'ExplainStmt', 'MergeStmt', 'InsertStmt', 'SelectStmt'], (s: StatementFacts, ctx) => {
    const merge = bodyOf(s.stmt, 'MergeStmt');
    if (merge) return mergeReport(merge, s, ctx.facts);
    // EXPLAIN ANALYZE runs the statement it explains.
    const ownUpdate = executed(s.stmt, 'UpdateStmt');
    const ownDelete = ownUpdate ? undefined : executed(s.stmt, 'DeleteStmt');
    // Else an UPDATE or DELETE in a WITH of the statement (WITH moved AS (DELETE … RETURNING *) INSERT …), which runs in full.
    const inWith = ownUpdate || ownDelete ? undefined : modifyingWith(s);
    const update = ownUpdate ?? inWith?.update;
    const del = update ? undefined : ownDelete ?? inWith?.del;
    const write = update ?? del;
    if (!write) return undefined;
    const fewRows = inWith ? writePinsFewRows(update ?? (del ? { ...del, fromClause: del.usingClause } : undefined), s.index, ctx.facts, true) : pinsFewRows(s, ctx.facts, true);
    const table = relationName(write.relation) ?? '?';
    // Batches in a loop of a DO block that does not COMMIT: every pass runs in the block's one transaction.
    if (s.embedded?.block === 'do' && s.embedded.inLoop && write.whereClause && !writesToolHistory(s) && !ownerCommits(s, ctx.facts.statements)) {
      return {
        statement: s,
        relation: table,
        during: 'the whole DO block',
        message: `${update ? 'UPDATE' : 'DELETE FROM'} ${q(table)} runs in a loop of a DO block that never COMMITs: every batch runs in the block's one transaction, so the rows of all of them stay locked until the block ends`,
        help: 'COMMIT after each batch (PostgreSQL 11+, in a DO block run outside a transaction: a no-transaction migration), or run the batches from a script, each in its own transaction.',
      };
    }
    // A batch picked in a CTE (WITH batch AS (SELECT id ... LIMIT n)) is bounded too.
    if (!write.whereClause || bounded([write.whereClause, write.withClause]) || fewRows || writesToolHistory(s)) return undefined;
    // WHERE CURRENT OF a cursor touches one row.
    if (nodeAs(write.whereClause, 'CurrentOfExpr')) return undefined;
    const verb = update ? 'UPDATE' : 'DELETE FROM';
    return {
      statement: s,
      relation: table,
      during: update ? 'the whole update' : 'the whole delete',
      message: update
        ? `UPDATE ${q(table)} with a WHERE that does not bound it rewrites every matching row in one transaction, holding their row locks until it commits`
        : `DELETE FROM ${q(table)} with a WHERE that does not bound it deletes every matching row in one transaction, holding their row locks until it commits`,
      help: `${update ? 'Backfill' : 'Delete'} in batches that each commit: ${verb} ... WHERE id BETWEEN <n> AND <n + 10000> AND <condition>, from a script or a no-transaction migration, one batch at a time.`,
    };
  }),
};
