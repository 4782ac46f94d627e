import { createHash } from 'node:crypto';
import { LockstepError } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import type { Session } from '../db/port.js';
import type { LockHolder, RunEventSink } from '../core/events.js';
import { interruptedError, sleepUnlessAborted } from './interrupt.js';

const POLL_MS = 200;
const REPORT_EVERY_MS = 2_000;

/** Two int4 keys derived from the history table, so different history schemas never share a lock. */
export function runLockKey(historySchema: string): readonly [number, number] {
  const digest = createHash('sha256').update(`lockstep:${historySchema}.migrations`).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

/**
 * Takes the session-level advisory lock on the caller's dedicated session and keeps it until
 * `release` (a transaction-level lock would end with the first migration's COMMIT).
 * https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS
 */
export async function acquireRunLock(
  session: Session,
  historySchema: string,
  waitMs: number,
  onEvent: RunEventSink,
  signal?: AbortSignal,
): Promise<{ release(): Promise<void> }> {
  const [k1, k2] = runLockKey(historySchema);
  const started = Date.now();
  let lastReport = -Infinity;
  for (;;) {
    if (signal?.aborted) throw interruptedError(signal, 'waiting for the run lock', 'Nothing was run.');
    const res = await session.query<{ ok: boolean }>('select pg_try_advisory_lock($1, $2) as ok', [k1, k2]);
    if (res.rows[0]?.ok) {
      return { release: async () => void (await session.query('select pg_advisory_unlock($1, $2)', [k1, k2])) };
    }
    const waited = Date.now() - started;
    const holders = await lockHolders(session, k1, k2);
    if (waited >= waitMs) throw lockTimeout(holders, waited);
    if (Date.now() - lastReport >= REPORT_EVERY_MS) {
      onEvent({ type: 'run-lock-wait', holders, waitedMs: waited });
      lastReport = Date.now();
    }
    await sleepUnlessAborted(Math.min(POLL_MS, Math.max(1, waitMs - waited)), signal);
  }
}

async function lockHolders(session: Session, k1: number, k2: number): Promise<LockHolder[]> {
  // Advisory locks with two int4 keys appear in pg_locks with classid = k1, objid = k2, objsubid = 2; they are
  // per database, so holders of the same key in other databases of the server are not ours.
  const res = await session.query<LockHolder>(
    `select a.pid, a.application_name as "applicationName", a.client_addr::text as "clientAddr",
            coalesce(a.xact_start, a.backend_start) as since, left(a.query, 200) as query
       from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and l.granted and l.classid = ($1::int)::oid and l.objid = ($2::int)::oid and l.objsubid = 2
        and l.database = (select oid from pg_database where datname = current_database())`,
    [k1, k2],
  );
  return res.rows;
}

export function describeHolders(holders: readonly LockHolder[]): string {
  if (holders.length === 0) return 'another session';
  return holders
    .map((h) => `pid ${h.pid} (${h.applicationName || 'no application_name'}${h.clientAddr ? ` from ${h.clientAddr}` : ''}${h.since ? `, since ${new Date(h.since).toISOString()}` : ''})`)
    .join(', ');
}

function lockTimeout(holders: readonly LockHolder[], waited: number): LockstepError {
  return new LockstepError('LOCKSTEP_E_RUN_LOCK_TIMEOUT', `another Lockstep run holds the run lock: ${describeHolders(holders)}; waited ${formatDuration(waited)}`, {
    hint: 'Wait for that run to finish (it is visible in pg_stat_activity as "lockstep ..."), or raise --lock-wait. If the holder is stuck, end it with pg_terminate_backend(<pid>).',
    details: { holders },
  });
}
