import type { Database, QueryResult, Session } from './port.js';

/**
 * A database seen through one of its schemas: every session starts with `search_path` set to that schema alone,
 * so a migration's unqualified names are the tenant's (https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-PATH).
 * Set per session rather than in the URL's startup options so that several schemas of one database share one
 * pool, and so that it also holds behind a pooler that drops startup parameters. A pg session is wiped with
 * DISCARD ALL when released (db/pg), so the setting never leaks into the pool's next user.
 */
export class SchemaScopedDatabase implements Database {
  readonly dialect: Database['dialect'];
  readonly capabilities: Database['capabilities'];
  readonly target: string;

  constructor(private readonly inner: Database, readonly schema: string, target?: string) {
    this.dialect = inner.dialect;
    this.capabilities = inner.capabilities;
    this.target = target ?? `${inner.target}#${schema}`;
  }

  async connect(applicationName: string): Promise<Session> {
    const session = await this.inner.connect(applicationName);
    try {
      await session.query("select pg_catalog.set_config('search_path', pg_catalog.quote_ident($1), false)", [this.schema]);
    } catch (err) {
      await session.release();
      throw err;
    }
    return new ScopedSession(session);
  }

  /** The inner database belongs to whoever opened it (several schemas share it). */
  close(): Promise<void> {
    return Promise.resolve();
  }
}

class ScopedSession implements Session {
  readonly cancel: Session['cancel'];
  constructor(private readonly inner: Session) {
    this.cancel = inner.cancel ? () => inner.cancel?.() ?? Promise.resolve() : undefined;
  }
  get backendPid(): number {
    return this.inner.backendPid;
  }
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    return this.inner.query<R>(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.inner.exec(sql);
  }
  release(): Promise<void> {
    return this.inner.release();
  }
}
