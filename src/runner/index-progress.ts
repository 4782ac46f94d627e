/**
 * Progress of a CREATE INDEX (CONCURRENTLY) or REINDEX while it runs: a second session samples
 * pg_stat_progress_create_index for the migration session's backend every policy.progressPollMs and reports
 * `index-progress` events (https://www.postgresql.org/docs/current/progress-reporting.html#CREATE-INDEX-PROGRESS-REPORTING).
 * An index build on a large table runs for minutes: without this, the operator sees nothing until it ends.
 */
import type { Session } from '../db/index.js';
import type { ParsedStatement } from '../sql/index.js';
import type { IndexProgress } from '../core/events.js';
import type { RunContext } from './run-context.js';

interface ProgressRow {
  readonly phase: string;
  readonly blocks_done: string; readonly blocks_total: string;
  readonly tuples_done: string; readonly tuples_total: string;
  readonly lockers_done: string; readonly lockers_total: string;
  readonly partitions_done: string; readonly partitions_total: string;
}

const PROGRESS_SQL = `select phase, blocks_done, blocks_total, tuples_done, tuples_total, lockers_done, lockers_total, partitions_done, partitions_total
  from pg_stat_progress_create_index where pid = $1`;

/** The index a statement builds: CREATE INDEX's name (or its table), REINDEX's target; undefined for other statements. */
export function indexBuilt(stmt: ParsedStatement): string | undefined {
  const node = stmt.node as { IndexStmt?: { idxname?: string; relation?: { relname?: string } }; ReindexStmt?: { name?: string; relation?: { relname?: string } } };
  if (node.IndexStmt) return node.IndexStmt.idxname ?? `index on ${node.IndexStmt.relation?.relname ?? '?'}`;
  if (node.ReindexStmt) return node.ReindexStmt.relation?.relname ?? node.ReindexStmt.name ?? 'reindex';
  return undefined;
}

/** Whichever counter the phase advances, as a share; null when all are zero (the phase counts nothing). */
function fractionOf(r: ProgressRow): number | null {
  for (const [done, total] of [[r.blocks_done, r.blocks_total], [r.tuples_done, r.tuples_total], [r.lockers_done, r.lockers_total], [r.partitions_done, r.partitions_total]] as const) {
    if (Number(total) > 0) return Math.min(1, Number(done) / Number(total));
  }
  return null;
}

function toProgress(version: string, index: string, r: ProgressRow, elapsedMs: number): IndexProgress {
  return {
    version, index, phase: r.phase, fraction: fractionOf(r), elapsedMs, finished: false,
    blocksDone: Number(r.blocks_done), blocksTotal: Number(r.blocks_total), tuplesDone: Number(r.tuples_done),
    tuplesTotal: Number(r.tuples_total), lockersDone: Number(r.lockers_done), lockersTotal: Number(r.lockers_total),
  };
}

/**
 * Samples every `everyMs` until stopped; a failing sample (the side session lost or not to be had) ends the sampling,
 * never the migration. The side session is opened at the first sample: a build that ends before it (an index on an
 * empty or small table, most of a project's history) costs no connection and no round trip.
 */
function startSampling(rc: RunContext, open: () => Promise<Session>, version: string, index: string, everyMs: number): () => Promise<IndexProgress | undefined> {
  const started = performance.now();
  let last: IndexProgress | undefined;
  let side: Promise<Session> | undefined;
  let pending: Promise<void> = Promise.resolve();
  const sample = async (): Promise<void> => {
    side ??= open();
    const res = await (await side).query<ProgressRow>(PROGRESS_SQL, [rc.session.backendPid]);
    const row = res.rows[0];
    if (!row) return;
    last = toProgress(version, index, row, Math.round(performance.now() - started));
    rc.onEvent({ type: 'index-progress', ...last });
  };
  const timer = setInterval(() => {
    pending = pending.then(sample).catch(() => clearInterval(timer));
  }, everyMs);
  return async () => {
    clearInterval(timer);
    await pending.catch(() => undefined);
    await side?.then((s) => s.release()).catch(() => undefined);
    return last ? { ...last, elapsedMs: Math.round(performance.now() - started) } : undefined;
  };
}

/**
 * Runs `fn` (the statement) while its index build is sampled, when it builds an index and a second session can be
 * had (opened once the build has run for a sampling interval). After a build that was seen in progress, one
 * `finished` event closes the progress display.
 */
export async function withIndexProgress<T>(rc: RunContext, version: string, stmt: ParsedStatement, fn: () => Promise<T>): Promise<T> {
  const index = indexBuilt(stmt);
  const everyMs = rc.policy.progressPollMs ?? 0;
  if (index === undefined || everyMs <= 0 || !rc.openSideSession) return fn();
  const stop = startSampling(rc, rc.openSideSession, version, index, everyMs);
  let ok = false;
  try {
    const value = await fn();
    ok = true;
    return value;
  } finally {
    const last = await stop();
    if (ok && last) rc.onEvent({ type: 'index-progress', ...last, phase: 'done', fraction: 1, finished: true });
  }
}
