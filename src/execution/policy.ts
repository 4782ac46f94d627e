/**
 * How the runner treats locks. A short lock_timeout bounds how long other sessions can queue behind a
 * migration statement waiting for its lock (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT,
 * https://www.postgresql.org/docs/current/explicit-locking.html); retries with backoff make the migration still succeed.
 */
export interface RunPolicy {
  /** lock_timeout for every migration statement; 0 disables it. */
  readonly lockTimeoutMs: number;
  /** statement_timeout for every migration statement; 0 disables it. */
  readonly statementTimeoutMs: number;
  /** How many times a lock timeout is retried before giving up. */
  readonly lockRetries: number;
  /** Total time after which retrying stops, whatever lockRetries says. */
  readonly retryDeadlineMs: number;
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How often an index build's progress is sampled from a second session (0 turns it off). */
  readonly progressPollMs?: number;
  /** How long a module migration's up()/down() may take before it is stopped (0: no limit). */
  readonly moduleTimeoutMs?: number;
  /**
   * idle_in_transaction_session_timeout while a module migration runs: a transaction left idle this long (an up()
   * that never settles) is ended by the server, which releases its locks (0: the server's own setting).
   */
  readonly idleInTransactionMs?: number;
}

export const DEFAULT_POLICY: RunPolicy = {
  lockTimeoutMs: 100,
  statementTimeoutMs: 0,
  lockRetries: 30,
  retryDeadlineMs: 300_000,
  backoffBaseMs: 200,
  backoffMaxMs: 5_000,
  progressPollMs: 2_000,
  moduleTimeoutMs: 3_600_000,
  idleInTransactionMs: 60_000,
};

/** Exponential backoff with jitter: attempt 0 → ~base, doubling up to max, each scaled by 50–100%. */
export function backoffDelay(policy: RunPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
