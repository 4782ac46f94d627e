import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { DbError, type Database, type QueryResult, type Session } from '../port.js';

/**
 * The embedded default: PGlite, real PostgreSQL compiled to WASM, in this process.
 * There is one backend, so every session shares it (capabilities.multipleSessions = false);
 * callers must not interleave transactions across sessions.
 */
export class PgliteDatabase implements Database {
  readonly dialect = 'pglite' as const;
  readonly capabilities = { multipleSessions: false };
  readonly target: string;
  private instance: Promise<PGlite> | undefined;

  /** `dataDir` undefined = in memory. */
  constructor(private readonly dataDir: string | undefined) {
    this.target = dataDir === undefined ? 'pglite://memory' : `pglite://${dataDir}`;
  }

  private db(): Promise<PGlite> {
    if (!this.instance) {
      if (this.dataDir !== undefined) mkdirSync(this.dataDir, { recursive: true });
      this.instance = PGlite.create(this.dataDir === undefined ? undefined : this.dataDir);
    }
    return this.instance;
  }

  async connect(_applicationName: string): Promise<Session> {
    const db = await this.db();
    const pid = (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid ?? 0;
    return new PgliteSession(db, pid);
  }

  async close(): Promise<void> {
    if (!this.instance) return;
    const db = await this.instance;
    this.instance = undefined;
    await db.close();
  }
}

class PgliteSession implements Session {
  constructor(
    private readonly db: PGlite,
    readonly backendPid: number,
  ) {}

  async query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
    try {
      const res = await this.db.query<R>(sql, params ? [...params] : []);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    } catch (err) {
      throw DbError.from(err);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.db.exec(sql);
    } catch (err) {
      throw DbError.from(err);
    }
  }

  async release(): Promise<void> {
    // The backend is shared; closing happens in PgliteDatabase.close().
  }
}
