// Type-only: `pg` is imported when the first session connects, so commands that never reach a server (lint, status
// on the embedded default) do not load it and its dependencies at start-up.
import type pg from 'pg';
import { createRequire } from 'node:module';
import { LockstepError } from '../../core/errors.js';
import { DbError, SQLSTATE, type Database, type QueryResult, type Session } from '../port.js';
import { redact, redactUrl } from '../../core/redact.js';

const CONNECT_TIMEOUT_MS = 10_000;

let driver: typeof pg | undefined;
async function loadDriver(): Promise<typeof pg> {
  driver ??= requireDriver();
  return driver;
}

/**
 * Loads `pg` synchronously. On load pg asks whether it runs in a Cloudflare Worker: where the global `navigator`
 * is missing (Node 20) it builds a `Response`, and that first touch loads Node's fetch implementation (about
 * 35 ms of a CLI run that never fetches). For the length of the load only, Node 20 gets the `navigator` that
 * Node 21 and later define themselves; nothing else runs meanwhile, and it is removed again.
 */
function requireDriver(): typeof pg {
  const g = globalThis as { navigator?: unknown };
  const lent = g.navigator === undefined ? { userAgent: `Node.js/${process.versions.node.split('.')[0] ?? ''}` } : undefined;
  if (lent) Object.defineProperty(g, 'navigator', { value: lent, configurable: true, writable: true });
  try {
    return createRequire(import.meta.url)('pg') as typeof pg;
  } finally {
    if (lent && g.navigator === lent) delete g.navigator;
  }
}
/** How often a cancel is repeated while its statement still runs, and when it is given up. */
const CANCEL_REPEAT_MS = 50;
const CANCEL_GIVE_UP_MS = 10_000;

/**
 * Cancels `pid`'s statement only while it is running the text we sent: a cancel that arrives a moment
 * late must not hit the ROLLBACK or the history write that follows it. `query` may be truncated to
 * track_activity_query_size, hence the prefix test; with track_activities off the state is 'disabled'
 * and the text unknown, so the cancel is sent anyway.
 * https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-ACTIVITY-VIEW
 */
const CANCEL_SQL = `select pg_cancel_backend(pid) as sent from pg_stat_activity
  where pid = $1 and ((state = 'active' and length(query) > 0 and left($2::text, length(query)) = query) or state = 'disabled')`;

/**
 * A PostgreSQL server reached through `pg`. Sessions come from a small pool: a long-lived process (the HTTP
 * service) reuses warm connections, and a CLI run closes the pool when it is done. Each session is a
 * dedicated connection until released; on release its state is wiped with DISCARD ALL (which also drops
 * advisory locks and temporary objects), and a connection that cannot be wiped is closed instead.
 */
export class PgDatabase implements Database {
  readonly dialect = 'postgres' as const;
  readonly capabilities = { multipleSessions: true };
  readonly target: string;
  private pool: pg.Pool | undefined;
  private readonly open = new Set<PgSession>();

  constructor(private readonly url: string) {
    this.target = redactUrl(url);
  }

  private getPool(pgDriver: typeof pg): pg.Pool {
    if (!this.pool) {
      this.pool = new pgDriver.Pool({ connectionString: this.url, max: 10, idleTimeoutMillis: 10_000, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      // An idle client whose server goes away emits 'error'; without a listener Node would crash.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }

  async connect(applicationName: string): Promise<Session> {
    let client: pg.PoolClient;
    try {
      client = await this.getPool(await loadDriver()).connect();
    } catch (err) {
      throw connectError(err, this.target);
    }
    // Until the session's own listener is attached, a connection dropped meanwhile must not crash the process.
    const guard = (): void => undefined;
    client.on('error', guard);
    try {
      // One round trip: name the session for pg_stat_activity and learn its backend pid.
      const res = await client.query<{ pid: number }>("select pg_backend_pid() as pid, set_config('application_name', $1, false)", [applicationName.slice(0, 63)]);
      const session = new PgSession(client, res.rows[0]?.pid ?? 0, () => this.open.delete(session), () => this.sideClient());
      this.open.add(session);
      return session;
    } catch (err) {
      client.release(true);
      throw DbError.from(err);
    } finally {
      client.removeListener('error', guard);
    }
  }

  /** A connection outside the pool, for cancelling a statement while the pool may be busy or closing. */
  private sideClient(): pg.Client {
    const client = new driver!.Client({ connectionString: this.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'lockstep cancel' });
    client.on('error', () => undefined);
    return client;
  }

  /**
   * Ends every session still checked out (the pool would otherwise wait for them), then the pool. A statement
   * still running is cancelled first: closing its socket alone would not stop it, since a backend notices a
   * gone client only when it next reads from it, after the statement (and its locks) ended.
   */
  async close(): Promise<void> {
    await Promise.all([...this.open].map((session) => session.cancel()));
    for (const session of this.open) session.destroy();
    this.open.clear();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end().catch(() => undefined);
  }
}

/**
 * Messages of `pg` for a connection that is gone without a server error (the socket closed or reset, or a query
 * on a client that already failed); node's socket errors carry a system code (ECONNRESET, EPIPE) instead.
 */
const LOST_MESSAGE = /connection terminated|not queryable|connection error|socket/i;
const SYSTEM_CODE = /^E[A-Z]+$/;
/**
 * FATAL errors that end the session: terminated (57P01), crash (57P02), idle_in_transaction_session_timeout (25P03),
 * idle_session_timeout (57P05). https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const SESSION_ENDED: ReadonlySet<string> = new Set(['57P01', '57P02', '25P03', '57P05']);

class PgSession implements Session {
  private released = false;
  /** The statement sent and not yet answered (one at a time, per the port's contract). */
  private inFlight: { readonly sql: string; readonly ended: Promise<void> } | undefined;
  /** Why the connection is gone, once it is: every later call fails with it at once. */
  private lost: DbError | undefined;
  /**
   * A checked-out pool client has no 'error' listener of the pool's, and an 'error' event without a listener
   * ends the process: the server ending the session (pg_terminate_backend, a restart, a failover) emits one.
   */
  private readonly onError = (err: unknown): void => void this.markLost(err);

  constructor(
    private readonly client: pg.PoolClient,
    readonly backendPid: number,
    private readonly onDone: () => void,
    private readonly sideClient: () => pg.Client,
  ) {
    client.on('error', this.onError);
  }

  /** Normalises a dropped connection to one DbError (the server's 57P0x, else 08006) and remembers it. */
  private markLost(err: unknown): DbError {
    if (this.lost) return this.lost;
    const db = DbError.from(err);
    // The server's own code when it says why it ended the session (57P01 terminated, 57P02 crash); any other end
    // (the socket closed, an idle timeout's 25P03 or 57P05) is reported as 08006, so callers see one lost state.
    const sqlState = db.sqlState === SQLSTATE.adminShutdown || db.sqlState === SQLSTATE.crashShutdown ? db.sqlState : SQLSTATE.connectionFailure;
    this.lost = new DbError(`connection lost: ${redact(db.message)}`, sqlState, undefined, db.detail, db.serverHint);
    return this.lost;
  }

  /** A failure of a call: a lost connection becomes (and stays) the connection-lost error. */
  private failure(err: unknown): DbError {
    if (this.lost) return this.lost;
    const db = DbError.from(err);
    const code = db.sqlState;
    const gone = code === undefined ? LOST_MESSAGE.test(db.message)
      : SYSTEM_CODE.test(code) || code.startsWith('08') || SESSION_ENDED.has(code);
    return gone ? this.markLost(err) : db;
  }

  private track<T>(sql: string, sent: Promise<T>): Promise<T> {
    const entry = { sql, ended: sent.then(() => undefined, () => undefined) };
    this.inFlight = entry;
    void entry.ended.then(() => {
      if (this.inFlight === entry) this.inFlight = undefined;
    });
    return sent;
  }

  /**
   * pg_cancel_backend from a separate connection (no superuser needed: the same role may signal its own
   * backends). The cancel travels apart from the statement and a backend ignores one that arrives while it
   * waits for a command, so it is repeated until the statement has ended.
   */
  async cancel(): Promise<void> {
    const target = this.inFlight;
    if (!target || this.released) return;
    let ended = false;
    void target.ended.then(() => (ended = true));
    const side = this.sideClient();
    try {
      await side.connect();
      const giveUp = Date.now() + CANCEL_GIVE_UP_MS;
      while (!ended && Date.now() < giveUp) {
        await side.query(CANCEL_SQL, [this.backendPid, target.sql]);
        await Promise.race([target.ended, new Promise((r) => setTimeout(r, CANCEL_REPEAT_MS))]);
      }
    } catch {
      // Cannot connect (or was refused): nothing more to do from here; the caller decides what follows.
    } finally {
      await side.end().catch(() => undefined);
    }
  }

  /** Closes the connection without returning it to the pool. */
  destroy(): void {
    if (this.released) return;
    this.released = true;
    this.onDone();
    this.client.release(true);
    this.client.removeListener('error', this.onError);
  }

  async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    if (this.lost) throw this.lost;
    try {
      const res = await this.track(sql, this.client.query(sql, params ? [...params] : []));
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    } catch (err) {
      throw this.failure(err);
    }
  }

  async exec(sql: string): Promise<void> {
    if (this.lost) throw this.lost;
    try {
      await this.track(sql, this.client.query(sql));
    } catch (err) {
      throw this.failure(err);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.onDone();
    try {
      if (this.lost) throw this.lost;
      await this.client.query('discard all');
      this.client.release();
    } catch {
      // Inside a failed transaction or a broken connection: do not hand it to anyone else.
      this.client.release(true);
    } finally {
      // Back in the pool (or closed), the pool's own listener handles its errors.
      this.client.removeListener('error', this.onError);
    }
  }
}

function connectError(err: unknown, target: string): LockstepError {
  const e = (err ?? {}) as { code?: string; message?: string };
  const message = redact(e.message ?? String(err));
  if (e.code === SQLSTATE.invalidPassword || e.code === SQLSTATE.invalidAuthorization) {
    return new LockstepError('LOCKSTEP_E_DB_AUTH', `authentication failed for ${target}: ${message}`, {
      hint: 'Check the user and password in the database URL (or the environment variable holding it).',
      cause: err,
    });
  }
  if (e.code === SQLSTATE.invalidCatalogName) {
    return new LockstepError('LOCKSTEP_E_DB_UNREACHABLE', `database does not exist at ${target}: ${message}`, {
      hint: 'Create the database first (createdb), or fix the database name in the URL.',
      cause: err,
    });
  }
  return new LockstepError('LOCKSTEP_E_DB_UNREACHABLE', `cannot reach ${target}: ${message}`, {
    hint: 'Check that PostgreSQL is running and that host, port and database in the URL are right (try: psql "<url>" -c "select 1").',
    cause: err,
  });
}
