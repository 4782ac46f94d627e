import { noTransactionReason, type ParsedStatement } from '../sql/index.js';

/**
 * How the runner treats locks. A short lock_timeout bounds how long other sessions can queue behind a
 * migration statement waiting for its lock (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT,
 * https://www.postgresql.org/docs/current/explicit-locking.html); retries with backoff make the migration still succeed.
 */
export interface RunPolicy {
  /** lock_timeout for every migration statement; 0 disables it. The attempts start shorter (initialLockTimeoutMs). */
  readonly lockTimeoutMs: number;
  /**
   * The first attempt's lock_timeout, when shorter than lockTimeoutMs (nextLockTimeout grows it from there);
   * undefined or 0: every attempt uses lockTimeoutMs.
   */
  readonly initialLockTimeoutMs?: number | undefined;
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
  initialLockTimeoutMs: 10,
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

/**
 * The lock_timeout of a statement's first attempt. While a statement waits for its lock, every session that asks
 * for a conflicting lock queues behind it (https://www.postgresql.org/docs/current/explicit-locking.html), so the
 * time writers stall behind a migration is the time its attempt waits: the attempts start short.
 */
export function firstLockTimeout(policy: RunPolicy): number {
  const initial = policy.initialLockTimeoutMs ?? 0;
  return policy.lockTimeoutMs > 0 && initial > 0 ? Math.min(initial, policy.lockTimeoutMs) : policy.lockTimeoutMs;
}

/**
 * The next attempt's lock_timeout, after one that timed out at `currentMs`. `blockedMs`: how long after that
 * attempt began its blockers let go (Infinity: they still held their locks when the retry started). Blocking
 * that ended within the configured lock_timeout is ordinary traffic a longer wait would have outlasted: the
 * timeout doubles, up to the configured one. Blocking that outlasts the configured timeout (a long transaction)
 * is waited out outside the lock queue, where it stalls nobody, so the attempts stay short.
 */
export function nextLockTimeout(policy: RunPolicy, currentMs: number, blockedMs: number): number {
  if (currentMs <= 0 || currentMs >= policy.lockTimeoutMs || blockedMs > policy.lockTimeoutMs) return currentMs;
  return Math.min(policy.lockTimeoutMs, currentMs * 2);
}

/**
 * Whether a statement's attempts start short. A concurrent index build's lock (SHARE UPDATE EXCLUSIVE) never queues
 * writers, and its late lock waits, for transactions with older snapshots, come after the build
 * (https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY): a short timeout there
 * would only throw a finished build away. Those wait the configured lock_timeout from the first attempt.
 */
export function startsShort(stmt: ParsedStatement | undefined): boolean {
  const reason = stmt ? noTransactionReason(stmt) : undefined;
  return reason !== 'CREATE INDEX CONCURRENTLY' && reason !== 'REINDEX CONCURRENTLY';
}
