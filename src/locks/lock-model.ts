/**
 * The static lock model: for one parsed statement, which relations it locks, in which mode, what that
 * blocks, and whether it rewrites or scans the table. Used by the linter, the planner and the runner's
 * pre-flight checks. Each fact is documented, with its PostgreSQL source, in docs/locks.md.
 */
import type { Node, ParsedStatement, RangeVar } from '../sql/index.js';
import { alterCommands, bodyOf, dottedName, droppedNames, nodeAs, relationName } from '../sql/index.js';
import { alterTableCommandEffect } from './lock-model-alter-table.js';
import { oldColumnType, type ColumnTypes } from './column-types.js';
import type { Blocked, LockMode } from './lock-modes.js';
import { LOCK_MODES, blockedBy, lockModeFromNumber, strongest } from './lock-modes.js';


export interface LockEffect {
  /** Schema-qualified if written so, else the bare name. */
  readonly relation: string;
  readonly mode: LockMode;
  readonly blocks: ReadonlyArray<Blocked>;
  readonly rewrite: boolean;
  readonly scan: boolean;
}

export interface LockFacts {
  /** Major version (15), or server_version_num (150004). */
  readonly pgVersion: number;
  /** Column types before the statement, when known: ALTER COLUMN TYPE is then judged from the old type. */
  readonly columnTypes?: ColumnTypes | undefined;
  /** The session TimeZone when the statement runs, when known: timestamp ↔ timestamptz skips the rewrite under UTC. */
  readonly timeZone?: string | undefined;
}

export function majorVersion(pgVersion: number): number {
  return pgVersion >= 1000 ? Math.floor(pgVersion / 10000) : pgVersion;
}

/** What each mode blocks, computed once (effects share these read-only arrays). */
const BLOCKS = new Map<LockMode, readonly Blocked[]>(LOCK_MODES.map((mode) => [mode, blockedBy(mode)]));

/** A rewrite reads every row too: `scan` is true whenever `rewrite` is. */
function effect(relation: string | undefined, mode: LockMode, rewrite = false, scan = false, blocks?: readonly Blocked[]): LockEffect[] {
  return relation ? [{ relation, mode, blocks: blocks ?? BLOCKS.get(mode) ?? blockedBy(mode), rewrite, scan: scan || rewrite }] : [];
}

type Handler = (stmt: ParsedStatement, pg: number, facts?: LockFacts) => LockEffect[];

/** Merges effects on the same relation: the strongest mode, and rewrite/scan if any part does. */
function merge(effects: LockEffect[]): LockEffect[] {
  if (effects.length < 2) return effects;
  const byRel = new Map<string, LockEffect>();
  for (const e of effects) {
    const prev = byRel.get(e.relation);
    if (!prev) {
      byRel.set(e.relation, e);
      continue;
    }
    const mode = strongest(prev.mode, e.mode);
    const union = new Set([...prev.blocks, ...e.blocks, ...blockedBy(mode)]);
    const blocks = (['reads', 'writes', 'ddl'] as const).filter((b) => union.has(b));
    byRel.set(e.relation, { relation: e.relation, mode, blocks, rewrite: prev.rewrite || e.rewrite, scan: prev.scan || e.scan });
  }
  return [...byRel.values()];
}

const alterTable: Handler = (stmt, pg, facts) => {
  const body = bodyOf(stmt, 'AlterTableStmt');
  const table = relationName(body?.relation);
  const out: LockEffect[] = [];
  const cmds = alterCommands(body);
  for (const cmd of cmds) {
    const e = alterTableCommandEffect(cmd, pg, cmds, facts?.columnTypes && table ? (column) => oldColumnType(facts.columnTypes, table, column) : undefined, facts?.timeZone);
    if (table) out.push(...effect(table, e.mode, e.rewrite, e.scan));
    for (const o of e.others) out.push(...effect(o.relation, o.mode, false, o.scan));
  }
  return merge(out);
};

/** CREATE INDEX takes SHARE (blocks writes) for the whole build; CONCURRENTLY takes SHARE UPDATE EXCLUSIVE (sql-createindex.html). */
const createIndex: Handler = (stmt) => {
  const body = bodyOf(stmt, 'IndexStmt');
  return effect(relationName(body?.relation), body?.concurrent ? 'ShareUpdateExclusive' : 'Share', false, true);
};

const DROPPED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_INDEX', 'OBJECT_SEQUENCE', 'OBJECT_FOREIGN_TABLE']);
const DROPPED_ON_TABLE = new Set(['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE']);

/** DROP takes ACCESS EXCLUSIVE on what it drops; DROP INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE (sql-dropindex.html). */
const drop: Handler = (stmt) => {
  const body = bodyOf(stmt, 'DropStmt');
  const type = body?.removeType ?? '';
  const mode: LockMode = body?.concurrent ? 'ShareUpdateExclusive' : 'AccessExclusive';
  if (DROPPED_RELATIONS.has(type)) return merge(droppedNames(body?.objects).flatMap((n) => effect(n || undefined, mode)));
  if (DROPPED_ON_TABLE.has(type)) {
    // objects = [[...table, name]]: the table is everything but the last element.
    return merge(droppedNames(body?.objects).flatMap((n) => effect(n.split('.').slice(0, -1).join('.') || undefined, 'AccessExclusive')));
  }
  return [];
};

/**
 * REINDEX takes SHARE on the table and ACCESS EXCLUSIVE on each index; because the planner locks every index
 * of a table, that blocks practically all reads too (sql-reindex.html, Notes). CONCURRENTLY (PG 12+) takes
 * SHARE UPDATE EXCLUSIVE.
 */
const reindex: Handler = (stmt) => {
  const body = bodyOf(stmt, 'ReindexStmt');
  const concurrent = (body?.params ?? []).some((p) => nodeAs(p, 'DefElem')?.defname === 'concurrently');
  const rel = relationName(body?.relation);
  if (concurrent) return effect(rel, 'ShareUpdateExclusive', false, true);
  if (body?.kind === 'REINDEX_OBJECT_INDEX') return effect(rel, 'AccessExclusive', true, true);
  return effect(rel, 'Share', true, true, ['reads', 'writes', 'ddl']);
};

/** REFRESH MATERIALIZED VIEW takes ACCESS EXCLUSIVE; CONCURRENTLY takes EXCLUSIVE and lets reads go on (sql-refreshmaterializedview.html). */
const refresh: Handler = (stmt) => {
  const body = bodyOf(stmt, 'RefreshMatViewStmt');
  return effect(relationName(body?.relation), body?.concurrent ? 'Exclusive' : 'AccessExclusive', !body?.concurrent, true);
};

/** RENAME of a table, column, constraint, view: ACCESS EXCLUSIVE; of an index: SHARE UPDATE EXCLUSIVE (PG 12+). */
const rename: Handler = (stmt, pg) => {
  const body = bodyOf(stmt, 'RenameStmt');
  if (!body?.relation) return [];
  const mode: LockMode = body.renameType === 'OBJECT_INDEX' && pg >= 12 ? 'ShareUpdateExclusive' : 'AccessExclusive';
  return effect(relationName(body.relation), mode);
};

/** ALTER TABLE ... SET SCHEMA: ACCESS EXCLUSIVE on the table (sql-altertable.html, SET SCHEMA). */
const setSchema: Handler = (stmt) => {
  const body = bodyOf(stmt, 'AlterObjectSchemaStmt');
  if (!body?.relation || !['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_SEQUENCE'].includes(body.objectType ?? '')) return [];
  return effect(relationName(body.relation), 'AccessExclusive');
};

function rangeVars(list: readonly Node[] | undefined): RangeVar[] {
  return (list ?? []).map((n) => nodeAs(n, 'RangeVar')).filter((r): r is RangeVar => r !== undefined);
}

/**
 * CREATE TABLE: a new relation (no conflict), but FOREIGN KEYs lock the referenced tables with SHARE ROW EXCLUSIVE,
 * PARTITION OF locks the parent with ACCESS EXCLUSIVE (ddl-partitioning.html), and INHERITS its parents with
 * SHARE UPDATE EXCLUSIVE (tablecmds.c, MergeAttributes).
 */
const createTable: Handler = (stmt) => {
  const body = bodyOf(stmt, 'CreateStmt');
  const out: LockEffect[] = [];
  for (const parent of rangeVars(body?.inhRelations)) out.push(...effect(relationName(parent), body?.partbound ? 'AccessExclusive' : 'ShareUpdateExclusive'));
  const visit = (con: unknown): void => {
    const c = nodeAs(con as Node, 'Constraint');
    if (c?.contype === 'CONSTR_FOREIGN') out.push(...effect(relationName(c.pktable), 'ShareRowExclusive'));
  };
  for (const elt of body?.tableElts ?? []) {
    visit(elt);
    for (const con of nodeAs(elt, 'ColumnDef')?.constraints ?? []) visit(con);
  }
  const own = relationName(body?.relation);
  return merge(out.filter((e) => e.relation !== own));
};

/** TRUNCATE: ACCESS EXCLUSIVE, but brief: it swaps in new empty files instead of scanning or copying rows (sql-truncate.html). */
const truncate: Handler = (stmt) =>
  merge(rangeVars(bodyOf(stmt, 'TruncateStmt')?.relations).flatMap((rv) => effect(relationName(rv), 'AccessExclusive')));

/**
 * VACUUM FULL rewrites under ACCESS EXCLUSIVE; plain VACUUM and ANALYZE take SHARE UPDATE EXCLUSIVE (sql-vacuum.html).
 * VACUUM reads every page not known all-visible; ANALYZE reads a sample of 300 × the statistics target rows, not
 * the table (sql-analyze.html, Notes).
 */
const vacuum: Handler = (stmt) => {
  const body = bodyOf(stmt, 'VacuumStmt');
  const full = (body?.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname === 'full');
  return merge(
    (body?.rels ?? []).flatMap((r) => {
      const rel = relationName(nodeAs(r, 'VacuumRelation')?.relation);
      return full ? effect(rel, 'AccessExclusive', true, true) : effect(rel, 'ShareUpdateExclusive', false, body?.is_vacuumcmd === true);
    }),
  );
};

const cluster: Handler = (stmt) => effect(relationName(bodyOf(stmt, 'ClusterStmt')?.relation), 'AccessExclusive', true, true);

const lock: Handler = (stmt) => {
  const body = bodyOf(stmt, 'LockStmt');
  return merge(rangeVars(body?.relations).flatMap((rv) => effect(relationName(rv), lockModeFromNumber(body?.mode))));
};

/** INSERT, UPDATE, DELETE, MERGE and COPY FROM take ROW EXCLUSIVE on the target (explicit-locking.html). */
const dml =
  (kind: 'InsertStmt' | 'UpdateStmt' | 'DeleteStmt' | 'MergeStmt' | 'CopyStmt', scan: boolean): Handler =>
  (stmt) => {
    const body = bodyOf(stmt, kind) as { relation?: RangeVar; is_from?: boolean } | undefined;
    if (kind === 'CopyStmt' && !body?.is_from) return effect(relationName(body?.relation), 'AccessShare', false, true);
    return effect(relationName(body?.relation), 'RowExclusive', false, scan);
  };

/** SELECT ... FOR UPDATE/SHARE takes ROW SHARE on the locked tables. */
const select: Handler = (stmt) => {
  const body = bodyOf(stmt, 'SelectStmt');
  if (!body?.lockingClause?.length) return [];
  return merge(rangeVars(body.fromClause).flatMap((rv) => effect(relationName(rv), 'RowShare')));
};

const onTable =
  (kind: 'CreateTrigStmt' | 'CreatePolicyStmt' | 'AlterPolicyStmt' | 'RuleStmt', mode: LockMode): Handler =>
  (stmt) => {
    const body = bodyOf(stmt, kind) as { relation?: RangeVar; table?: RangeVar } | undefined;
    return effect(relationName(body?.relation ?? body?.table), mode);
  };

/**
 * ALTER SEQUENCE takes SHARE ROW EXCLUSIVE on the sequence, which blocks nextval() (ROW EXCLUSIVE) and so the inserts
 * that draw from it; any option but OWNED BY writes the sequence anew (sequence.c, AlterSequence).
 */
const alterSequence: Handler = (stmt) => {
  const body = bodyOf(stmt, 'AlterSeqStmt');
  const rewrites = (body?.options ?? []).some((o) => nodeAs(o, 'DefElem')?.defname !== 'owned_by');
  return effect(relationName(body?.sequence), 'ShareRowExclusive', rewrites);
};

/** CREATE OR REPLACE VIEW of an existing view takes ACCESS EXCLUSIVE on it (sql-createview.html). */
const createView: Handler = (stmt) => {
  const body = bodyOf(stmt, 'ViewStmt');
  return body?.replace ? effect(relationName(body.view), 'AccessExclusive') : [];
};

const COMMENTED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_SEQUENCE', 'OBJECT_INDEX']);

/** COMMENT ON a relation or a column takes SHARE UPDATE EXCLUSIVE on the relation (comment.c, CommentObject). */
const comment: Handler = (stmt) => {
  const body = bodyOf(stmt, 'CommentStmt');
  const names = nodeAs(body?.object, 'List')?.items;
  if (body?.objtype === 'OBJECT_COLUMN') return effect(dottedName(names?.slice(0, -1)) || undefined, 'ShareUpdateExclusive');
  return COMMENTED_RELATIONS.has(body?.objtype ?? '') ? effect(dottedName(names) || undefined, 'ShareUpdateExclusive') : [];
};

/** CREATE STATISTICS takes SHARE UPDATE EXCLUSIVE on its table (sql-createstatistics.html). */
const createStatistics: Handler = (stmt) =>
  merge(rangeVars(bodyOf(stmt, 'CreateStatsStmt')?.relations).flatMap((rv) => effect(relationName(rv), 'ShareUpdateExclusive')));

const HANDLERS: Readonly<Record<string, Handler>> = {
  AlterSeqStmt: alterSequence,
  ViewStmt: createView,
  CommentStmt: comment,
  CreateStatsStmt: createStatistics,
  AlterTableStmt: alterTable,
  IndexStmt: createIndex,
  DropStmt: drop,
  ReindexStmt: reindex,
  RefreshMatViewStmt: refresh,
  RenameStmt: rename,
  AlterObjectSchemaStmt: setSchema,
  CreateStmt: createTable,
  TruncateStmt: truncate,
  VacuumStmt: vacuum,
  ClusterStmt: cluster,
  LockStmt: lock,
  InsertStmt: dml('InsertStmt', false),
  UpdateStmt: dml('UpdateStmt', true),
  DeleteStmt: dml('DeleteStmt', true),
  MergeStmt: dml('MergeStmt', true),
  CopyStmt: dml('CopyStmt', false),
  SelectStmt: select,
  // CREATE TRIGGER: SHARE ROW EXCLUSIVE (sql-createtrigger.html); policies and rules: ACCESS EXCLUSIVE.
  CreateTrigStmt: onTable('CreateTrigStmt', 'ShareRowExclusive'),
  CreatePolicyStmt: onTable('CreatePolicyStmt', 'AccessExclusive'),
  AlterPolicyStmt: onTable('AlterPolicyStmt', 'AccessExclusive'),
  RuleStmt: onTable('RuleStmt', 'AccessExclusive'),
};

/** The locks a statement takes on existing relations. Statements that lock no table return []. */
export function statementLocks(stmt: ParsedStatement, facts?: LockFacts): LockEffect[] {
  const handler = HANDLERS[stmt.kind];
  return handler ? handler(stmt, majorVersion(facts?.pgVersion ?? 15), facts) : [];
}
