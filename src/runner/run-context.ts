import type { MigrationContext, MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import type { HistoryStore } from '../history/index.js';
import type { RunEventSink } from '../core/events.js';
import type { RunPolicy } from '../execution/index.js';

/** Everything the runner needs for one command, on the session that holds the run lock. */
export interface RunContext {
  readonly session: Session;
  readonly history: HistoryStore;
  readonly policy: RunPolicy;
  readonly onEvent: RunEventSink;
  readonly batch: number;
  /** Aborting it cancels the statement in flight and stops the run (runner/interrupt.ts). */
  readonly signal?: AbortSignal | undefined;
  /**
   * A second session for watching the statement in flight (index build progress). Absent on databases with
   * one session (PGlite) and in dry runs.
   */
  readonly openSideSession?: (() => Promise<Session>) | undefined;
  /**
   * Send a transactional migration's statements to the server as one message (runner/batch.ts): one round trip
   * instead of one per statement. Only on a server: in PGlite a message runs to its end on the same thread, so a
   * cancelled run could no longer stop between two statements, and there is no network to save.
   */
  readonly batchStatements?: boolean | undefined;
  /**
   * The run lock's key (runner/run-lock.ts), held by `session`: after a migration that may have released it, the
   * runner takes it again or stops (runner/after-migration.ts). Absent where no run lock is held (plan's rehearsal).
   */
  readonly runLock?: readonly [number, number] | undefined;
}

/** A file's directives override the run's timeouts. */
export function policyFor(file: MigrationFile, base: RunPolicy): RunPolicy {
  return {
    ...base,
    lockTimeoutMs: file.directives.lockTimeoutMs ?? base.lockTimeoutMs,
    statementTimeoutMs: file.directives.statementTimeoutMs ?? base.statementTimeoutMs,
  };
}

/** SET [LOCAL] lock_timeout / statement_timeout, as one script. */
export function timeoutSql(policy: RunPolicy, local: boolean): string {
  const scope = local ? 'local ' : '';
  return `set ${scope}lock_timeout = '${Math.max(0, Math.round(policy.lockTimeoutMs))}ms'; set ${scope}statement_timeout = '${Math.max(0, Math.round(policy.statementTimeoutMs))}ms'`;
}

/** The policy with one attempt's lock_timeout (withLockRetries gives each attempt its own, at most the configured one). */
export function attemptPolicy(policy: RunPolicy, lockTimeoutMs: number): RunPolicy {
  return { ...policy, lockTimeoutMs: Math.min(policy.lockTimeoutMs, lockTimeoutMs) };
}

/** SET lock_timeout for the session: an attempt's, before statements that run outside a transaction of ours. */
export async function setLockTimeout(session: Session, lockTimeoutMs: number): Promise<void> {
  await session.exec(`set lock_timeout = '${Math.max(0, Math.round(lockTimeoutMs))}ms'`);
}

/** SET [LOCAL] lock_timeout / statement_timeout in one round trip. */
export async function setTimeouts(session: Session, policy: RunPolicy, local: boolean): Promise<void> {
  await session.exec(timeoutSql(policy, local));
}

/** What the runner knows beyond a module's public context, for helpers such as `backfill(ctx, ...)`. */
export interface ModuleRuntime {
  readonly policy: RunPolicy;
  readonly history: HistoryStore;
  readonly onEvent: RunEventSink;
}

// Keyed by the context object, so the public MigrationContext type stays small and a hand-made context still works.
const runtimes = new WeakMap<MigrationContext, ModuleRuntime>();

export function runtimeOf(ctx: MigrationContext): ModuleRuntime | undefined {
  return runtimes.get(ctx);
}

/** Wraps each call a module makes on the session (runner/module-guard.ts watches them). */
export type CallGuard = <T>(call: () => Promise<T>) => Promise<T>;

export function moduleContext(session: Session, file: MigrationFile, onEvent: RunEventSink, runtime?: Omit<ModuleRuntime, 'onEvent'>, guard: CallGuard = (call) => call()): MigrationContext {
  const ctx: MigrationContext = {
    version: file.id,
    name: file.name,
    query: (sql, params) => guard(() => session.query(sql, params)),
    exec: (sql) => guard(() => session.exec(sql)),
    log: (message) => onEvent({ type: 'notice', message: `${file.id}: ${message}` }),
    ...(runtime ? { historySchema: runtime.history.schema } : {}),
  };
  if (runtime) runtimes.set(ctx, { ...runtime, onEvent });
  return ctx;
}
