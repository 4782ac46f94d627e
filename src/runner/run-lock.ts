import { createHash } from 'node:crypto';
import { LockstepError } from '../core/errors.js';
import { formatDuration } from '../core/duration.js';
import type { Session } from '../db/index.js';
import type { LockHolder, RunEventSink } from '../core/events.js';
import { interruptedError, sleepUnlessAborted } from './interrupt.js';
import { probeTransactionPooling } from '../db/index.js';

const POLL_MS = 200;
const REPORT_EVERY_MS = 2_000;

/** Two int4 keys derived from the history table, so different history schemas never share a lock. */
export function runLockKey(historySchema: string): readonly [number, number] {
  const digest = createHash('sha256').update(`lockstep:${historySchema}.migrations`).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

/** The run lock held by a run's session: its key (runLockKey), and how to give it back. */
export interface RunLock {
  readonly key: readonly [number, number];
  release(): Promise<void>;
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
): Promise<RunLock> {
  const [k1, k2] = runLockKey(historySchema);
  const started = Date.now();
  let lastReport = -Infinity;
  for (;;) {
    if (signal?.aborted) throw interruptedError(signal, 'waiting for the run lock', 'Nothing was run.');
    const res = await session.query<{ ok: boolean; pid: number }>('select pg_try_advisory_lock($1, $2) as ok, pg_backend_pid() as pid', [k1, k2]);
    if (res.rows[0]?.ok) {
      const pid = Number(res.rows[0].pid);
      await checkLockFollows(session, k1, k2, pid);
      return { key: [k1, k2], release: () => releaseRunLock(session, k1, k2, pid) };
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

/**
 * Refuses a session that runs behind a transaction pool, before the run lock is taken: a session-level advisory
 * lock taken through it would stay on a pooled server session (stuck for the next run) and guard nothing
 * (the next runner's statement lands on another server session). Nothing is locked or changed when it refuses.
 */
export async function refuseTransactionPool(session: Session, openOther: () => Promise<Session>, viaDirectUrl: boolean): Promise<void> {
  const probe = await probeTransactionPooling(session, openOther);
  if (probe.reason === undefined) return;
  const fix = viaDirectUrl
    ? 'directUrl (LOCKSTEP_DIRECT_URL, DIRECT_URL) is the URL in use and goes through a transaction pool too: point it at the database itself or at a session-mode pool.'
    : 'Set directUrl (the config key, or LOCKSTEP_DIRECT_URL / DIRECT_URL) to a direct or session-pooled URL for Lockstep; the application can keep the pooled one. Or pass --url with such a URL.';
  throw new LockstepError('LOCKSTEP_E_POOLER',
    `the database URL goes through a transaction-pooling proxy (PgBouncer pool_mode=transaction, RDS Proxy, Supavisor): ${probe.reason}. Lockstep's run lock and lock_timeout need one server session for the whole run; nothing was run or locked`,
    { hint: fix, details: { probe } });
}

const OURS = `select l.pid from pg_locks l
  where l.locktype = 'advisory' and l.granted and l.classid = ($1::int)::oid and l.objid = ($2::int)::oid and l.objsubid = 2
    and l.database = (select oid from pg_database where datname = current_database())`;

/**
 * The second guard against a transaction pool (refuseTransactionPool is the first): the statement after the lock
 * must run on the server session that holds it. If it does not, the lock is given back and the run refused.
 */
async function checkLockFollows(session: Session, k1: number, k2: number, pid: number): Promise<void> {
  const res = await session.query<{ pid: number }>('select pg_backend_pid() as pid', []);
  const now = Number(res.rows[0]?.pid);
  if (now === pid) return;
  await releaseRunLock(session, k1, k2, pid);
  throw new LockstepError('LOCKSTEP_E_POOLER',
    `the database URL goes through a transaction-pooling proxy: the run lock was taken on server session pid ${pid}, and the next statement ran on pid ${now}. The lock was given back; nothing was run`,
    { hint: 'Set directUrl (the config key, or LOCKSTEP_DIRECT_URL / DIRECT_URL) to a direct or session-pooled URL for Lockstep; the application can keep the pooled one.' });
}

/**
 * Gives the run lock back. Only the server session that took it (pid) can: if a pool moved this session to
 * another one, the unlock is tried again (the pool may hand that server session back), and if the lock still
 * sits on pid, idle in the pool, that server session is ended, so that no lock stays behind
 * (https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADMIN-SIGNAL).
 */
async function releaseRunLock(session: Session, k1: number, k2: number, pid: number): Promise<void> {
  const unlock = `select case when pg_backend_pid() = $3 then pg_advisory_unlock($1, $2) else false end as ok`;
  for (let i = 0; i < 10; i++) {
    const res = await session.query<{ ok: boolean }>(unlock, [k1, k2, pid]);
    if (res.rows[0]?.ok) return;
  }
  await session.query(
    `select pg_terminate_backend(a.pid) from pg_stat_activity a where a.pid = $3 and a.state = 'idle' and a.pid in (${OURS})`,
    [k1, k2, pid],
  );
}

/**
 * Who holds the run lock: pid, application, client address and since when, never the text of its query. That text
 * is another session's SQL (a migration's INSERT with its literals, or whatever else took the key), which
 * PostgreSQL itself shows only to its own superusers and pg_read_all_stats; the error carrying these rows goes to
 * CI logs and to HTTP clients that are no database user at all. The pid is enough to look the session up.
 */
async function lockHolders(session: Session, k1: number, k2: number): Promise<LockHolder[]> {
  // Advisory locks with two int4 keys appear in pg_locks with classid = k1, objid = k2, objsubid = 2; they are
  // per database, so holders of the same key in other databases of the server are not ours.
  const res = await session.query<LockHolder>(
    `select a.pid, a.application_name as "applicationName", a.client_addr::text as "clientAddr",
            coalesce(a.xact_start, a.backend_start) as since
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
    // The same error answers the CLI (which waited --lock-wait) and `lockstep serve` (409 at once, no wait to raise).
    hint: 'Wait for that run to finish (it is visible in pg_stat_activity as "lockstep ..."), then retry; the CLI can wait longer with --lock-wait, the HTTP service never waits. If the holder is stuck, end it with pg_terminate_backend(<pid>).',
    details: { holders },
  });
}

/** The SQLSTATE keepRunLockSql raises with when the run lock is gone and another session holds it (a class of our own). */
export const RUN_LOCK_LOST = 'LSK01';

/**
 * One statement, sent after a migration that may have released the run lock (runner/after-migration.ts): if this
 * session no longer holds it (pg_locks, own backend, the key), it takes it again with a try-lock; if another session
 * took it meanwhile, it raises RUN_LOCK_LOST. A session-level advisory lock is reentrant, so a plain try-lock while
 * still holding it would count it twice and the release at the end would leave it held: the check comes first.
 * https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS
 */
export function keepRunLockSql([k1, k2]: readonly [number, number]): string {
  return `do $lockstep$ begin
  if not exists (select 1 from pg_catalog.pg_locks l where l.locktype = 'advisory' and l.granted and l.pid = pg_catalog.pg_backend_pid()
      and l.classid = (${k1}::int)::oid and l.objid = (${k2}::int)::oid and l.objsubid = 2)
    and not pg_catalog.pg_try_advisory_lock(${k1}, ${k2}) then
    raise exception using errcode = '${RUN_LOCK_LOST}', message = 'lockstep: the run lock was released and another session holds it';
  end if;
end $lockstep$;`;
}

/** The error of a run that stops because a migration released the run lock and another run took it. */
export async function runLockLost(session: Session, [k1, k2]: readonly [number, number], after: string, before: string): Promise<LockstepError> {
  const holders = await lockHolders(session, k1, k2).catch((): LockHolder[] => []);
  return new LockstepError('LOCKSTEP_E_RUN_LOCK_LOST',
    `migration ${after} released the run lock, and another session took it before this run could take it again: ${describeHolders(holders)}. This run stopped before migration ${before}; migrations up to ${after} are applied and recorded`,
    {
      hint: `Something in ${after} released the session's advisory locks (DISCARD ALL, pg_advisory_unlock_all(), pg_advisory_unlock of the run lock's key, in a DO block or a function it calls), so two runs were migrating at once for a moment. Let the other run finish, check \`lockstep status\`, then run \`lockstep up\` (or \`down\`) again. Take the unlock out of the migrations still to run (the discard-all lint rule finds the visible ones).`,
      details: { holders },
    });
}
