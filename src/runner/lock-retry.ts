import { LockstepError } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import { DbError, SQLSTATE, type Session } from '../db/index.js';
import type { Blocker, RunEventSink } from '../core/events.js';
import { backoffDelay, firstLockTimeout, nextLockTimeout, type RunPolicy } from '../execution/index.js';
import { withQueryShapes } from '../sql/index.js';
import { interruptedError, sleepUnlessAborted } from './interrupt.js';

export function isLockTimeout(err: unknown): boolean {
  const state = err instanceof DbError ? err.sqlState : undefined;
  return state === SQLSTATE.lockNotAvailable || state === SQLSTATE.deadlockDetected;
}

/** Sessions holding locks on the given relations (the ones a timed-out statement was waiting for), their queries as shapes (sql/query-shape.ts). */
export async function findBlockers(session: Session, relations: readonly string[]): Promise<Blocker[]> {
  if (relations.length === 0) return [];
  const res = await session.query<Blocker>(
    `select a.pid, a.application_name as "applicationName", a.state, left(a.query, 200) as query,
            greatest(0, (extract(epoch from clock_timestamp() - a.xact_start) * 1000)::int) as "transactionMs", l.mode, c.relname as relation
       from pg_locks l
       join pg_class c on c.oid = l.relation
       join pg_stat_activity a on a.pid = l.pid
      where l.granted and a.pid <> pg_backend_pid()
        and l.relation in (select to_regclass(r) from unnest($1::text[]) r where to_regclass(r) is not null)
      order by a.xact_start nulls last`,
    [relations],
  );
  return withQueryShapes(res.rows);
}

export function describeBlockers(blockers: readonly Blocker[]): string {
  if (blockers.length === 0) return 'no session holds a conflicting lock any more';
  return blockers
    .map((b) => `pid ${b.pid} (${b.applicationName || 'no application_name'}, ${b.state ?? '?'}, transaction open ${formatDuration(b.transactionMs ?? 0)}, ${b.mode} on ${b.relation}): ${(b.query ?? '').replace(/\s+/g, ' ').slice(0, 80)}`)
    .join('; ');
}

export interface RetryScope {
  readonly session: Session;
  readonly policy: RunPolicy;
  readonly onEvent: RunEventSink;
  readonly version: string;
  /** Relations the attempt locks, to name the blockers when a lock times out. */
  readonly relations: readonly string[];
  /** Called after a failed attempt was rolled back, before sleeping (records the retry event). */
  readonly onRetry?: ((attempt: number, delayMs: number, blockers: readonly Blocker[]) => Promise<void>) | undefined;
  /**
   * false: every attempt waits the configured lock_timeout. For statements whose lock never queues writers and
   * whose late lock waits would throw finished work away (a concurrent index build waiting for old snapshots).
   */
  readonly adaptive?: boolean | undefined;
  /** An abort ends the wait between attempts (runner/interrupt.ts). */
  readonly signal?: AbortSignal | undefined;
}

function interruptedWaiting(scope: RetryScope, cause?: unknown) {
  return interruptedError(scope.signal!, `migration ${scope.version} (waiting to retry after a lock timeout)`,
    'The attempt that timed out was rolled back, so nothing of it is left running. Run `lockstep up` again.', cause);
}

/**
 * Runs `attempt` until it does not fail with a lock timeout. The attempt must leave nothing behind when
 * it fails (roll back its transaction), so that retrying is safe. It is given its lock_timeout (ms), which it
 * must set for its statements: the first is short (execution/policy.ts firstLockTimeout) and grows only while
 * ordinary traffic keeps beating it (nextLockTimeout). Without `adaptive`, every attempt gets the configured one.
 */
export async function withLockRetries<T>(scope: RetryScope, attempt: (lockTimeoutMs: number) => Promise<T>): Promise<{ value: T; retries: number }> {
  const deadline = Date.now() + scope.policy.retryDeadlineMs;
  let timeoutMs = scope.adaptive === false ? scope.policy.lockTimeoutMs : firstLockTimeout(scope.policy);
  for (let i = 0, backoffs = 0; ; i++) {
    const began = Date.now();
    try {
      return { value: await attempt(timeoutMs), retries: i };
    } catch (err) {
      if (!isLockTimeout(err)) throw err;
      if (scope.signal?.aborted) throw interruptedWaiting(scope, err);
      const blockers = await findBlockers(scope.session, scope.relations).catch(() => []);
      const long = longBlockers(blockers, timeoutMs);
      // Traffic that let go by now, while the timeout may still grow: the next attempt waits longer, at once.
      const grow = long.size === 0 && timeoutMs < scope.policy.lockTimeoutMs;
      const delayMs = grow ? 0 : backoffDelay(scope.policy, backoffs++);
      if (i >= scope.policy.lockRetries || Date.now() + delayMs > deadline) throw gaveUp(scope, i + 1, timeoutMs, blockers, err);
      scope.onEvent({ type: 'lock-retry', version: scope.version, attempt: i + 1, delayMs, lockTimeoutMs: timeoutMs, blockers });
      await scope.onRetry?.(i + 1, delayMs, blockers);
      const blockedMs = long.size === 0 ? Date.now() - began : await waitOut(scope, delayMs, long, began);
      if (long.size === 0 && delayMs > 0) await sleepOrStop(scope, delayMs);
      timeoutMs = nextLockTimeout(scope.policy, timeoutMs, blockedMs);
    }
  }
}

/** How often a retry's wait looks whether the sessions it queued behind are gone: first after this... */
const FIRST_POLL_MS = 10;
/** ...then less often, doubling up to this. */
export const BLOCKER_POLL_MS = 100;

async function sleepOrStop(scope: RetryScope, ms: number): Promise<void> {
  await sleepUnlessAborted(ms, scope.signal);
  if (scope.signal?.aborted) throw interruptedWaiting(scope);
}

/** Sessions whose transactions were open for the whole attempt (older than its lock_timeout): ones to wait out. */
function longBlockers(blockers: readonly Blocker[], timeoutMs: number): Set<number> {
  return new Set(blockers.filter((b) => (b.transactionMs ?? 0) >= timeoutMs).map((b) => b.pid));
}

/**
 * Waits `delayMs`, or less: the attempt timed out behind sessions whose transactions had been holding locks on
 * its relations for longer than its lock timeout (a report query, say). Once none of them holds a lock there
 * any more, there is nothing left to wait for, and the next attempt starts at once instead of at the end of a
 * backoff that may have grown to seconds. The wait is outside the lock queue: nobody queues behind it.
 * Returns how long after the attempt began the blockers let go (Infinity if they still held their locks).
 */
async function waitOut(scope: RetryScope, delayMs: number, long: ReadonlySet<number>, began: number): Promise<number> {
  const until = Date.now() + delayMs;
  for (let left = delayMs, poll = FIRST_POLL_MS; left > 0; left = until - Date.now(), poll = Math.min(BLOCKER_POLL_MS, poll * 2)) {
    await sleepOrStop(scope, Math.min(poll, left));
    if (Date.now() >= until) break;
    const holding = await findBlockers(scope.session, scope.relations).catch(() => undefined);
    if (holding && !holding.some((b) => long.has(b.pid))) return Date.now() - began;
  }
  return Infinity;
}

function gaveUp(scope: RetryScope, attempts: number, lastTimeoutMs: number, blockers: readonly Blocker[], cause: unknown): LockstepError {
  const limit = lastTimeoutMs === scope.policy.lockTimeoutMs ? `${lastTimeoutMs}ms` : `${lastTimeoutMs}ms (attempts start short and grow up to ${scope.policy.lockTimeoutMs}ms only while short transactions hold the lock)`;
  return new LockstepError('LOCKSTEP_E_LOCK_TIMEOUT',
    `migration ${scope.version} could not get its locks within lock_timeout ${limit} after ${attempts} attempts; nothing of it was applied. Blocking: ${describeBlockers(blockers)}`,
    {
      hint: 'Run it again when the blocking sessions are gone (lockstep preflight lists them), raise --lock-retries / --retry-deadline, or end the blockers.',
      details: { attempts, lockTimeoutMs: lastTimeoutMs, blockers },
      cause,
    });
}
