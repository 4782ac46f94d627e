/**
 * Rehearses one migration's up section statement by statement and records what each did: the relation
 * locks its backend took (pg_locks), the relations it rewrote (relfilenode changed), its duration, and,
 * from schema snapshots before and after, the objects the migration added, removed or changed.
 *
 * Locks are read from pg_locks of our own backend after each statement, inside the migration's
 * transaction: locks are held until the transaction ends, so a statement's locks are the ones that
 * appeared since the previous read (https://www.postgresql.org/docs/current/view-pg-locks.html).
 * Statements that cannot run in a transaction block release their locks as they finish; their locks
 * come from the static model instead, and the trace says so.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_BATCH_SIZE } from '../runner/index.js';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { DbError, type Session } from '../db/index.js';
import type { Prepared } from '../runner/index.js';
import { moduleContext } from '../runner/index.js';
import { statementFailure } from '../runner/index.js';
import { diffSchemas, snapshotSchema, type SchemaSnapshot } from '../schema/index.js';
import { leavesItsToolsTransactionOpen, ownBlockAt } from '../execution/index.js';
import type { ParsedStatement } from '../sql/index.js';
import { newLocks, resolveRelation, rewritten, staticFacts } from './lock-facts.js';
import { existingRelations, filenodes, heldLocks } from './relation-state.js';
import { notRunNote, ServerWideSkips } from './server-wide-skips.js';
import type { ExistingRelation, MigrationTrace, StatementTrace, TraceError } from './types.js';

export interface TraceOptions {
  /**
   * shadow: the tracer opens and commits the migration's transaction itself.
   * target: the caller holds a transaction that will be rolled back; the migration runs in a savepoint
   * and statements that cannot run in a transaction are not executed.
   */
  readonly mode: 'shadow' | 'target';
  /** The target's server_version_num, for the static lock model. */
  readonly pgVersion: number;
  readonly excludeSchemas: readonly string[];
  /** Snapshot the schema before and after to list the objects changed (default true). */
  readonly snapshot?: boolean;
  /** Where snapshots read the catalogs: the same backend, possibly wrapped (ShadowRunner.snapshotSession). */
  readonly snapshotSession?: Session | undefined;
  /** The shadow is a database on a server the user named (Shadow.kind 'server'): its roles are that server's, not the target's. */
  readonly sharedServer?: boolean | undefined;
  /** What the shadow leaves out (ShadowRunner.serverWide); default: every statement that acts on the whole server. */
  readonly serverWide?: ServerWideSkips | undefined;
  /**
   * A partial migration's statements the target already ran (its history row's statements_done): not run again, as
   * `up` resumes after them (runner/apply.ts applyStepwise), on a shadow whose schema holds what they did.
   */
  readonly resumeFrom?: number | undefined;
}

interface Walk {
  readonly session: Session;
  readonly file: MigrationFile;
  readonly existing: ReadonlyMap<number, ExistingRelation>;
  readonly opts: TraceOptions;
  readonly out: StatementTrace[];
  readonly serverWide: ServerWideSkips;
}

export async function traceMigration(session: Session, file: MigrationFile, up: Prepared, opts: TraceOptions): Promise<MigrationTrace> {
  const snap = opts.snapshot !== false;
  const before = snap ? await guardedSnapshot(session, opts) : undefined;
  const existing = await existingRelations(session, opts.excludeSchemas);
  const w: Walk = { session, file, existing, opts, out: [], serverWide: opts.serverWide ?? ServerWideSkips.strict() };
  const started = performance.now();
  let error: TraceError | null = null;
  try {
    if (up.kind === 'backfill') {
      const backfill = { table: up.spec.table, batchSize: up.spec.batchSize ?? DEFAULT_BATCH_SIZE, pauseMs: up.spec.pauseMs ?? 0 };
      w.out.push({ ...modelled(w, 0, up.section.path, 1, `backfill ${up.spec.table}`, 'backfill', 'runs as batched UPDATEs, one short transaction per batch: row locks plus ROW EXCLUSIVE on the table; not rehearsed (estimated from the table\'s rows and the batch speed measured in the shadow)'), backfill });
    }
    else if (up.transactional) await inTransaction(session, opts.mode, () => runAll(w, up, true));
    else await runAll(w, up, false);
  } catch (err) {
    error = traceError(err);
  }
  const durationMs = performance.now() - started;
  const after = before && !error ? await guardedSnapshot(session, opts) : undefined;
  const changes = before && after ? diffSchemas(before, after) : [];
  return {
    version: file.id, name: file.name, transactional: up.transactional, noTransactionWhy: up.noTransactionWhy ?? null,
    statements: w.out, changes, durationMs, error, skipped: null,
  };
}

/**
 * On the target, inside the caller's transaction, a failed catalog read (a view locked by someone else
 * beyond the short lock_timeout) must not abort that transaction: it runs in a savepoint, and the object
 * list is simply left empty. In a shadow nothing else holds locks, so a failure there is a real error.
 */
async function guardedSnapshot(session: Session, opts: TraceOptions): Promise<SchemaSnapshot | undefined> {
  if (opts.mode === 'shadow') return snapshotSchema(opts.snapshotSession ?? session, { excludeSchemas: opts.excludeSchemas });
  await session.exec('savepoint lockstep_snapshot');
  try {
    const s = await snapshotSchema(session, { excludeSchemas: opts.excludeSchemas });
    await session.exec('release savepoint lockstep_snapshot');
    return s;
  } catch {
    await session.exec('rollback to savepoint lockstep_snapshot');
    return undefined;
  }
}

async function inTransaction(session: Session, mode: TraceOptions['mode'], body: () => Promise<void>): Promise<void> {
  await session.exec(mode === 'shadow' ? 'begin' : 'savepoint lockstep_plan');
  try {
    await body();
    await session.exec(mode === 'shadow' ? 'commit' : 'release savepoint lockstep_plan');
  } catch (err) {
    await session.exec(mode === 'shadow' ? 'rollback' : 'rollback to savepoint lockstep_plan').catch(() => undefined);
    throw err;
  }
}

async function runAll(w: Walk, up: Prepared, inTx: boolean): Promise<void> {
  if (up.kind === 'module' && !inTx && w.opts.mode === 'target') {
    w.out.push(modelled(w, 0, up.section.path, 1, `${up.section.exportName}() of ${up.section.path}`, 'module', 'not run on the target: it runs outside a transaction, so it could not be rolled back'));
    return;
  }
  if (up.kind === 'module') return runModule(w, up, inTx);
  if (up.kind !== 'sql') return;
  let held = inTx ? await heldLocks(w.session) : new Set<string>();
  // A file whose first block its tool opens (an enclosed file, whose first transaction statement COMMITs that
  // transaction and whose last BEGIN is left for the tool to commit; or one with statements before its first BEGIN,
  // run in one transaction with that BEGIN's block) is framed here as up frames it, so the shadow session is left as
  // up leaves it.
  const from = w.opts.resumeFrom ?? 0;
  const opened = !inTx && from === 0 && w.opts.mode === 'shadow' && ownBlockAt(up.execution, up.statements, 0)?.opensItself === false;
  if (opened) await w.session.exec('begin');
  let blockEnd = -1;
  for (const [index, stmt] of up.statements.entries()) {
    if (index < from) continue;
    if (!inTx && w.opts.mode === 'target') {
      w.out.push({ ...modelled(w, index, up.section.path, stmt.line, stmt.sql, stmt.kind, 'not run on the target: it cannot run in a transaction, so it could not be rolled back'), column: stmt.column, ...pick(staticFacts(stmt, w.existing, w.opts.pgVersion)) });
      continue;
    }
    // The shadow is one database of a server that may hold the target and others: a statement on the whole server
    // would create, alter or drop them for real (plan dropped a database, or created the one up then failed to create).
    const serverWide = w.opts.mode === 'shadow' ? w.serverWide.leavesOut(up.section.path, stmt) : undefined;
    if (serverWide) {
      w.out.push({ ...modelled(w, index, up.section.path, stmt.line, stmt.sql, stmt.kind, notRunNote(serverWide)), column: stmt.column });
      continue;
    }
    // Inside one of the file's own transaction blocks (or an enclosed file's tool's transaction) a statement's locks
    // are held until the block ends, so pg_locks shows them, as for a migration that runs in one transaction.
    const block = inTx ? undefined : ownBlockAt(up.execution, up.statements, index);
    if (block) {
      blockEnd = block.to;
      held = new Set();
    }
    held = await runStatement(w, up.section, index, stmt, inTx || index <= blockEnd, held);
  }
  if (opened && leavesItsToolsTransactionOpen(up.execution, up.statements)) await w.session.exec('commit');
}

/**
 * A role that exists: duplicate_object, or unique_violation (on pg_authid's name index) when another session created
 * it in a transaction this CREATE ROLE waited for (https://www.postgresql.org/docs/current/errcodes-appendix.html).
 */
const ROLE_EXISTS = new Set(['42710', '23505']);

function failureHint(w: Walk, stmt: ParsedStatement, err: unknown): string {
  if (w.opts.sharedServer && stmt.kind === 'CreateRoleStmt' && ROLE_EXISTS.has(DbError.from(err).sqlState ?? '')) {
    return 'Roles belong to the whole server, and the shadow is a database on the server --shadow-url names: the role was on that server already, or another session (another plan of these migrations on the same server?) created it meanwhile. If the target has the role too, up fails the same way: create it only when it is missing (a DO block that ignores duplicate_object). Otherwise run plan again once the other session is done.';
  }
  return 'The rehearsal of this migration failed: it would fail the same way on the target.';
}

const pick = (f: ReturnType<typeof staticFacts>) => ({ locks: f.locks, rewrites: f.rewrites, scans: f.scans, buildsIndexOn: f.buildsIndexOn });

async function runStatement(w: Walk, section: Extract<Prepared, { kind: 'sql' }>['section'], index: number, stmt: ParsedStatement, inTx: boolean, held: Set<string>): Promise<Set<string>> {
  const oids = [...w.existing.keys()];
  const nodesBefore = await filenodes(w.session, oids);
  const t0 = performance.now();
  try {
    await w.session.exec(stmt.sql);
  } catch (err) {
    throw w.serverWide.explain(statementFailure(err, w.file.id, section, stmt, failureHint(w, stmt, err)));
  }
  const durationMs = performance.now() - t0;
  const nodesAfter = await filenodes(w.session, oids);
  const facts = staticFacts(stmt, w.existing, w.opts.pgVersion);
  const heldAfter = inTx ? await heldLocks(w.session) : held;
  w.out.push({
    index, file: section.path, line: stmt.line, column: stmt.column, sql: shorten(stmt.sql), kind: stmt.kind, inTransaction: inTx, executed: true, durationMs,
    locks: inTx ? newLocks(held, heldAfter, w.existing) : facts.locks,
    lockSource: inTx ? 'pg_locks' : 'static-model',
    rewrites: rewritten(nodesBefore, nodesAfter, w.existing),
    scans: facts.scans,
    buildsIndexOn: facts.buildsIndexOn,
    ...(inTx ? {} : { note: 'runs outside a transaction block: its locks are released as it ends and cannot be read afterwards, so they come from the static lock model' }),
  });
  return heldAfter;
}

async function runModule(w: Walk, up: Extract<Prepared, { kind: 'module' }>, inTx: boolean): Promise<void> {
  const held = inTx ? await heldLocks(w.session) : new Set<string>();
  const oids = [...w.existing.keys()];
  const nodesBefore = await filenodes(w.session, oids);
  const t0 = performance.now();
  try {
    await up.module.up(moduleContext(w.session, w.file, () => undefined));
  } catch (err) {
    throw err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${w.file.id} failed: ${(err as Error).message}`, {
      hint: `The module ${up.section.path} threw during the rehearsal; it would fail the same way on the target.`, location: { file: up.section.path }, cause: err,
    });
  }
  const durationMs = performance.now() - t0;
  const nodesAfter = await filenodes(w.session, oids);
  w.out.push({
    index: 0, file: up.section.path, line: 1, column: 1, sql: `${up.section.exportName}() of ${up.section.path}`, kind: 'module', inTransaction: inTx, executed: true, durationMs,
    locks: inTx ? newLocks(held, await heldLocks(w.session), w.existing) : [],
    lockSource: inTx ? 'pg_locks' : 'static-model',
    rewrites: rewritten(nodesBefore, nodesAfter, w.existing),
    scans: [], buildsIndexOn: null,
    note: inTx ? 'a module is traced as one step' : 'a module outside a transaction: its locks cannot be observed',
  });
}

function modelled(w: Walk, index: number, file: string, line: number, sql: string, kind: string, note: string): StatementTrace {
  const table = kind === 'backfill' ? resolveRelation(sql.replace(/^backfill /, ''), w.existing) : undefined;
  return {
    index, file, line, column: 1, sql: shorten(sql), kind, inTransaction: false, executed: false, durationMs: 0,
    locks: table ? [{ relation: table.name, kind: table.kind, modes: ['RowExclusiveLock'], strongest: 'RowExclusiveLock', blocks: [], source: 'static-model' }] : [],
    lockSource: 'static-model', rewrites: [], scans: [], buildsIndexOn: null, note,
  };
}

export function shorten(sql: string, max = 200): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function traceError(err: unknown): TraceError {
  const e = err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', (err as Error)?.message ?? String(err), { hint: 'See the error above.' });
  const sqlState = typeof e.details.sqlState === 'string' ? e.details.sqlState : undefined;
  return { message: e.message, code: e.code, hint: e.hint, ...(e.location ? { location: e.location } : {}), ...(sqlState ? { sqlState } : {}) };
}
