/**
 * Is there a transaction-pooling proxy (PgBouncer with pool_mode=transaction, RDS Proxy, Supavisor in
 * transaction mode) between Lockstep and the server? Such a proxy hands the client a server session only for
 * the length of one transaction: a session-level advisory lock (the run lock) and SET (lock_timeout) stay behind
 * on a server session the client no longer has, and the next statement may run on another one
 * (https://www.pgbouncer.org/features.html#sql-feature-map-for-pooling-modes). A direct connection, or a
 * session-mode pool, keeps one server session per client session.
 */
import type { Session } from './port.js';

export interface PoolerProbe {
  /** The server pid behind `session`'s first statement, and behind its second one. */
  readonly before: number;
  readonly after: number;
  /** The server pid a second client session got, inside a transaction, between the two. */
  readonly other: number;
  /** Why the connection is a transaction pool, or undefined when it keeps one server session per client session. */
  readonly reason: string | undefined;
}

const PID = 'select pg_catalog.pg_backend_pid() as pid';

async function pidOf(session: Session): Promise<number> {
  const res = await session.query<{ pid: number }>(PID);
  return Number(res.rows[0]?.pid);
}

/** How many times the probe looks: under concurrent clients one look can be fooled (the pool hands back the same server). */
export const PROBE_ROUNDS = 3;

/**
 * Looks on `session`, with a second session of the same database for the probe. Between two statements of
 * `session`, the second session holds a transaction open: through a transaction pool it is given the server
 * session `session` has just handed back (PgBouncer gives out the most recently used one first), so either both
 * report the same server pid or `session`'s second statement runs on another one. On a direct or session-pooled
 * connection neither can happen. Other clients of the pool can hide it once, so it looks PROBE_ROUNDS times.
 * Takes no lock and changes nothing.
 */
export async function probeTransactionPooling(session: Session, openOther: () => Promise<Session>, rounds = PROBE_ROUNDS): Promise<PoolerProbe> {
  const other = await openOther();
  try {
    let last: PoolerProbe | undefined;
    for (let i = 0; i < rounds; i++) {
      last = await probeOnce(session, other);
      if (last.reason !== undefined) return last;
    }
    return last as PoolerProbe;
  } finally {
    await other.release();
  }
}

async function probeOnce(session: Session, other: Session): Promise<PoolerProbe> {
  const before = await pidOf(session);
  let otherPid: number;
  let after: number;
  await other.exec('begin');
  try {
    otherPid = await pidOf(other);
    after = await pidOf(session);
  } finally {
    await other.exec('rollback').catch(() => undefined);
  }
  const reason = before !== after
    ? `two statements of one session ran on different server sessions (pid ${before}, then ${after})`
    : otherPid === before
      ? `two client sessions were served by the same server session (pid ${before})`
      : undefined;
  return { before, after, other: otherPid, reason };
}
