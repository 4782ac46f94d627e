import pg from 'pg';
import { LockstepError } from '../../core/errors.js';
import { DbError, SQLSTATE, type Database, type QueryResult, type Session } from '../port.js';
import { redact, redactUrl } from '../redact.js';

const CONNECT_TIMEOUT_MS = 10_000;

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

  private getPool(): pg.Pool {
    if (!this.pool) {
      this.pool = new pg.Pool({ connectionString: this.url, max: 10, idleTimeoutMillis: 10_000, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
      // An idle client whose server goes away emits 'error'; without a listener Node would crash.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }

  async connect(applicationName: string): Promise<Session> {
    let client: pg.PoolClient;
    try {
      client = await this.getPool().connect();
    } catch (err) {
      throw connectError(err, this.target);
    }
    try {
      // One round trip: name the session for pg_stat_activity and learn its backend pid.
      const res = await client.query<{ pid: number }>("select pg_backend_pid() as pid, set_config('application_name', $1, false)", [applicationName.slice(0, 63)]);
      const session = new PgSession(client, res.rows[0]?.pid ?? 0, () => this.open.delete(session));
      this.open.add(session);
      return session;
    } catch (err) {
      client.release(true);
      throw DbError.from(err);
    }
  }

  /** Ends every session still checked out (the pool would otherwise wait for them), then the pool. */
  async close(): Promise<void> {
    for (const session of this.open) session.destroy();
    this.open.clear();
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end().catch(() => undefined);
  }
}

class PgSession implements Session {
  private released = false;

  constructor(
    private readonly client: pg.PoolClient,
    readonly backendPid: number,
    private readonly onDone: () => void,
  ) {}

  /** Closes the connection without returning it to the pool. */
  destroy(): void {
    if (this.released) return;
    this.released = true;
    this.onDone();
    this.client.release(true);
  }

  async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    try {
      const res = await this.client.query(sql, params ? [...params] : []);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    } catch (err) {
      throw DbError.from(err);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.client.query(sql);
    } catch (err) {
      throw DbError.from(err);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    this.onDone();
    try {
      await this.client.query('discard all');
      this.client.release();
    } catch {
      // Inside a failed transaction or a broken connection: do not hand it to anyone else.
      this.client.release(true);
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
