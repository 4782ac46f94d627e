import { performance } from 'node:perf_hooks';
import type { BackfillSpec } from '../../core/types.js';
import type { Session } from '../../db/index.js';
import type { HistoryStore } from '../../history/index.js';
import type { RunEventSink } from '../../core/events.js';
import { withLockRetries } from '../lock-retry.js';
import { DEFAULT_POLICY, type RunPolicy } from '../../execution/index.js';
import { setLockTimeout, setTimeouts } from '../run-context.js';
import { batchSql, keyRangeSql } from './batch-sql.js';
import { backfillsTable, ensureBackfillsTable, markFinished, startOrResume } from './progress-store.js';
import { ProgressMeter } from './progress.js';
import { maxReplicaLag } from '../../db/index.js';
import { resolveTarget, type BackfillTarget } from './resolve-target.js';
import { validateBackfillSpec } from './validate-spec.js';

export const DEFAULT_BATCH_SIZE = 1000;

export interface BackfillOptions {
  /** Schema of the history tables; progress lives in `<historySchema>.backfills`. */
  readonly historySchema: string;
  /** The migration the backfill belongs to: progress is kept per (version, table). */
  readonly version: string;
  /** Lock retries and backoff for each batch (default: the runner's defaults). */
  readonly policy?: RunPolicy | undefined;
  /** Set the policy's lock_timeout/statement_timeout on the session first (the runner has usually done so). */
  readonly setTimeouts?: boolean | undefined;
  readonly onEvent?: RunEventSink | undefined;
  /** Records start, finish and lock retries in the event log. */
  readonly history?: HistoryStore | undefined;
  /** How often to re-check replica lag while waiting for it (default 1s). */
  readonly lagPollMs?: number | undefined;
  /** Measures replica lag; replaceable so tests can simulate a lagging replica. */
  readonly measureLag?: ((session: Session) => Promise<number | null>) | undefined;
}

export interface BackfillResult {
  readonly table: string;
  /** Rows updated over all runs of this backfill. */
  readonly rowsDone: number;
  /** Rows updated by this call. */
  readonly rowsThisRun: number;
  readonly batches: number;
  readonly resumed: boolean;
  /** The backfill had already finished: nothing ran. */
  readonly alreadyDone: boolean;
  readonly durationMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs (or resumes) a batched backfill on a session that is not inside a transaction block: each batch is
 * its own short transaction, retried on lock timeouts like any migration statement.
 */
export async function runBackfill(session: Session, spec: BackfillSpec, options: BackfillOptions): Promise<BackfillResult> {
  const started = performance.now();
  await validateBackfillSpec(spec);
  if (options.setTimeouts && options.policy) await setTimeouts(session, options.policy, false);
  const target = await resolveTarget(session, spec);
  await ensureBackfillsTable(session, options.historySchema);
  const row = await startOrResume(session, options.historySchema, options.version, target.table, target.key, spec);
  const base = { table: target.table, resumed: row.batches > 0 || row.finishedAt !== null };
  if (row.finishedAt) {
    options.onEvent?.({ type: 'notice', message: `${options.version}: backfill of ${target.table} already finished (${row.rowsDone} rows); skipping` });
    return { ...base, rowsDone: row.rowsDone, rowsThisRun: 0, batches: row.batches, alreadyDone: true, durationMs: 0 };
  }
  await options.history?.event(session, { kind: 'backfill', version: options.version, details: { table: target.table, action: base.resumed ? 'resume' : 'start', rowsDone: row.rowsDone, lastKey: row.lastKey } });
  const meter = new ProgressMeter(options.version, target.table, row.rowsDone, target.numericKey ? await keyRange(session, target) : null);
  const state = await runBatches(session, target, spec, options, meter, { rowsDone: row.rowsDone, batches: row.batches, lastKey: row.lastKey });
  await markFinished(session, options.historySchema, options.version, target.table);
  const finished = meter.next(state.rowsDone, state.batches, state.lastKey, true);
  if (finished) options.onEvent?.({ type: 'backfill-progress', ...finished });
  const durationMs = Math.round(performance.now() - started);
  await options.history?.event(session, { kind: 'backfill', version: options.version, durationMs, details: { table: target.table, action: 'finish', rowsDone: state.rowsDone, batches: state.batches } });
  return { ...base, rowsDone: state.rowsDone, rowsThisRun: state.rowsDone - row.rowsDone, batches: state.batches, alreadyDone: false, durationMs };
}

interface Position {
  rowsDone: number;
  batches: number;
  lastKey: string | null;
}

/** Batch after batch until one comes back short: the table has no more rows after the last key. */
async function runBatches(session: Session, target: BackfillTarget, spec: BackfillSpec, options: BackfillOptions, meter: ProgressMeter, from: Position): Promise<Position> {
  const state = { ...from };
  const batchSize = spec.batchSize ?? DEFAULT_BATCH_SIZE;
  for (;;) {
    await waitForReplicas(session, spec, options, meter, state);
    const result = await runBatch(session, target, spec, options, batchSize, state.lastKey);
    state.rowsDone += result.updated;
    if (result.selected > 0) state.batches += 1;
    state.lastKey = result.lastKey ?? state.lastKey;
    if (result.selected < batchSize) return state;
    const progress = meter.next(state.rowsDone, state.batches, state.lastKey, false);
    if (progress) options.onEvent?.({ type: 'backfill-progress', ...progress });
    if (spec.pauseMs) await sleep(spec.pauseMs);
  }
}

async function keyRange(session: Session, target: BackfillTarget): Promise<{ lo: number; hi: number } | null> {
  const res = await session.query<{ lo: number | null; hi: number | null }>(keyRangeSql(target));
  const r = res.rows[0];
  return r && r.lo !== null && r.hi !== null ? { lo: r.lo, hi: r.hi } : null;
}

interface BatchResult {
  readonly selected: number;
  readonly updated: number;
  readonly lastKey: string | null;
}

async function runBatch(session: Session, target: BackfillTarget, spec: BackfillSpec, options: BackfillOptions, batchSize: number, lastKey: string | null): Promise<BatchResult> {
  const sql = batchSql(target, spec, backfillsTable(options.historySchema), batchSize, lastKey !== null);
  const params = lastKey === null ? [options.version, target.table] : [options.version, target.table, lastKey];
  const scope = {
    session,
    policy: options.policy ?? DEFAULT_POLICY,
    onEvent: options.onEvent ?? (() => undefined),
    version: options.version,
    relations: [target.table],
    onRetry: async (attempt: number, delayMs: number, blockers: readonly unknown[]) =>
      options.history?.event(session, { kind: 'retry', version: options.version, details: { attempt, delayMs, blockers, backfill: target.table } }),
  };
  const { value } = await withLockRetries(scope, async (lockTimeoutMs) => {
    // Each batch waits its attempt's lock_timeout for row locks writers hold (with a policy; else the session's own).
    if (options.policy) await setLockTimeout(session, lockTimeoutMs);
    return (await session.query<BatchResult>(sql, params)).rows[0];
  });
  return value ?? { selected: 0, updated: 0, lastKey: null };
}

/** Throttling: between batches, wait while any replica is further behind than the limit. */
async function waitForReplicas(session: Session, spec: BackfillSpec, options: BackfillOptions, meter: ProgressMeter, state: Position): Promise<void> {
  const limit = spec.maxReplicaLagBytes;
  if (limit === undefined) return;
  const measure = options.measureLag ?? maxReplicaLag;
  for (;;) {
    const lag = await measure(session);
    if (lag === null || lag <= limit) return;
    const progress = meter.next(state.rowsDone, state.batches, state.lastKey, false, lag);
    if (progress) options.onEvent?.({ type: 'backfill-progress', ...progress });
    await sleep(options.lagPollMs ?? 1000);
  }
}
