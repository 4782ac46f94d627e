import pg from 'pg';
import { LockstepError } from '../../core/errors.js';
import { DbError, SQLSTATE, type Database, type QueryResult, type Session } from '../port.js';
import { redact, redactUrl } from '../redact.js';

const CONNECT_TIMEOUT_MS = 10_000;

/** A PostgreSQL server reached through `pg`. Each session is its own connection. */
export class PgDatabase implements Database {
  readonly dialect = 'postgres' as const;
  readonly capabilities = { multipleSessions: true };
  readonly target: string;
  private readonly open = new Set<pg.Client>();

  constructor(private readonly url: string) {
    this.target = redactUrl(url);
  }

  async connect(applicationName: string): Promise<Session> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: applicationName.slice(0, 63),
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle client whose server goes away emits 'error'; without a listener Node would crash.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => undefined);
      throw connectError(err, this.target);
    }
    this.open.add(client);
    const pidRow = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    return new PgSession(client, pidRow.rows[0]?.pid ?? 0, () => this.open.delete(client));
  }

  async close(): Promise<void> {
    await Promise.all([...this.open].map((c) => c.end().catch(() => undefined)));
    this.open.clear();
  }
}

class PgSession implements Session {
  constructor(
    private readonly client: pg.Client,
    readonly backendPid: number,
    private readonly onRelease: () => void,
  ) {}

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
    this.onRelease();
    await this.client.end().catch(() => undefined);
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
