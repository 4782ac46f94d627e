import { LockstepError } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import { DbError, SQLSTATE, type Session } from '../db/port.js';
import type { Blocker, RunEventSink } from './events.js';
import { backoffDelay, type RunPolicy } from '../execution/policy.js';
import { interruptedError, sleepUnlessAborted } from './interrupt.js';

export function isLockTimeout(err: unknown): boolean {
  const state = err instanceof DbError ? err.sqlState : undefined;
  return state === SQLSTATE.lockNotAvailable || state === SQLSTATE.deadlockDetected;
}

/** Sessions holding locks on the given relations (the ones a timed-out statement was waiting for). */
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
  return res.rows;
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
  /** An abort ends the wait between attempts (runner/interrupt.ts). */
  readonly signal?: AbortSignal | undefined;
}

function interruptedWaiting(scope: RetryScope, cause?: unknown) {
  return interruptedError(scope.signal!, `migration ${scope.version} (waiting to retry after a lock timeout)`,
    'The attempt that timed out was rolled back, so nothing of it is left running. Run `lockstep up` again.', cause);
}

/**
 * Runs `attempt` until it does not fail with a lock timeout. The attempt must leave nothing behind when
 * it fails (roll back its transaction), so that retrying is safe.
 */
export async function withLockRetries<T>(scope: RetryScope, attempt: () => Promise<T>): Promise<{ value: T; retries: number }> {
  const deadline = Date.now() + scope.policy.retryDeadlineMs;
  for (let i = 0; ; i++) {
    try {
      return { value: await attempt(), retries: i };
    } catch (err) {
      if (!isLockTimeout(err)) throw err;
      if (scope.signal?.aborted) throw interruptedWaiting(scope, err);
      const blockers = await findBlockers(scope.session, scope.relations).catch(() => []);
      const delayMs = backoffDelay(scope.policy, i);
      if (i >= scope.policy.lockRetries || Date.now() + delayMs > deadline) throw gaveUp(scope, i + 1, blockers, err);
      scope.onEvent({ type: 'lock-retry', version: scope.version, attempt: i + 1, delayMs, blockers });
      await scope.onRetry?.(i + 1, delayMs, blockers);
      await backoff(scope, delayMs, blockers);
    }
  }
}

/** How often a retry's wait looks whether the sessions it queued behind are gone. */
export const BLOCKER_POLL_MS = 100;

/**
 * Waits `delayMs`, or less: the attempt timed out behind sessions whose transactions had been holding locks on
 * its relations for longer than the lock timeout (a report query, say). Once none of them holds a lock there
 * any more, there is nothing left to wait for, and the next attempt starts at once instead of at the end of a
 * backoff that may have grown to seconds. Short-lived lock holders (ordinary traffic) do not count.
 */
async function backoff(scope: RetryScope, delayMs: number, blockers: readonly Blocker[]): Promise<void> {
  const sleep = async (ms: number): Promise<void> => {
    await sleepUnlessAborted(ms, scope.signal);
    if (scope.signal?.aborted) throw interruptedWaiting(scope);
  };
  const long = new Set(blockers.filter((b) => (b.transactionMs ?? 0) >= scope.policy.lockTimeoutMs).map((b) => b.pid));
  const until = Date.now() + delayMs;
  if (long.size === 0) return sleep(delayMs);
  for (let left = delayMs; left > 0; left = until - Date.now()) {
    await sleep(Math.min(BLOCKER_POLL_MS, left));
    if (Date.now() >= until) return;
    const holding = await findBlockers(scope.session, scope.relations).catch(() => undefined);
    if (holding && !holding.some((b) => long.has(b.pid))) return;
  }
}

function gaveUp(scope: RetryScope, attempts: number, blockers: readonly Blocker[], cause: unknown): LockstepError {
  return new LockstepError('LOCKSTEP_E_LOCK_TIMEOUT',
    `migration ${scope.version} could not get its locks within lock_timeout ${scope.policy.lockTimeoutMs}ms after ${attempts} attempts; nothing of it was applied. Blocking: ${describeBlockers(blockers)}`,
    {
      hint: 'Run it again when the blocking sessions are gone (lockstep preflight lists them), raise --lock-retries / --retry-deadline, or end the blockers.',
      details: { attempts, blockers },
      cause,
    });
}
