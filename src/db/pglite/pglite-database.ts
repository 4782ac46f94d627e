import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// Type-only: the WASM engine is imported when first used, so commands against a server never load it.
import type { Extension, PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.js';
import { DbError, type Database, type QueryResult, type Session } from '../port.js';

export interface PgliteOptions {
  /** Start from this data-directory tarball (from dumpDataDir) instead of running initdb; in-memory only. */
  readonly loadDataDir?: Blob;
  /** Contrib extensions CREATE EXTENSION may use, by extension name (e.g. 'uuid-ossp'); unknown names are skipped. */
  readonly extensions?: readonly string[];
  /** How long to wait for another process that has the same data directory open (default 60s). */
  readonly lockWaitMs?: number;
}

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
  private unlock: (() => void) | undefined;

  /** `dataDir` undefined = in memory. */
  constructor(
    private readonly dataDir: string | undefined,
    private readonly options: PgliteOptions = {},
  ) {
    this.target = dataDir === undefined ? 'pglite://memory' : `pglite://${dataDir}`;
  }

  private db(): Promise<PGlite> {
    if (!this.instance) {
      const { loadDataDir, extensions = [], lockWaitMs = 60_000 } = this.options;
      const dataDir = this.dataDir;
      const locked = dataDir === undefined
        ? Promise.resolve()
        : (mkdirSync(dataDir, { recursive: true }), lockDataDir(dataDir, lockWaitMs).then((unlock) => void (this.unlock = unlock)));
      this.instance = Promise.all([import('@electric-sql/pglite'), contribExtensions(extensions), locked]).then(([{ PGlite }, ext]) =>
        PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), ...(loadDataDir ? { loadDataDir } : {}), extensions: ext }),
      );
      // A failed start must not leave the data directory locked.
      this.instance.catch(() => this.releaseLock());
    }
    return this.instance;
  }

  /** The whole data directory as an uncompressed tarball, to start other instances from (options.loadDataDir). */
  async dumpDataDir(): Promise<Uint8Array> {
    const file = await (await this.db()).dumpDataDir('none');
    return new Uint8Array(await file.arrayBuffer());
  }

  async connect(_applicationName: string): Promise<Session> {
    const db = await this.db();
    const pid = (await db.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid ?? 0;
    return new PgliteSession(db, pid);
  }

  async close(): Promise<void> {
    if (!this.instance) return;
    const pending = this.instance;
    this.instance = undefined;
    try {
      await (await pending).close();
    } finally {
      this.releaseLock();
    }
  }

  private releaseLock(): void {
    this.unlock?.();
    this.unlock = undefined;
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

/** The installed @electric-sql/pglite version (its package.json is not exported, so read it beside the entry point). */
export function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/** PGlite ships each contrib extension as its own module, loaded at start-up only when asked for. */
async function contribExtensions(names: readonly string[]): Promise<Record<string, Extension>> {
  const loaded: Record<string, Extension> = {};
  for (const name of new Set(names)) {
    const id = name.replace(/-/g, '_');
    if (!/^[a-z0-9_]+$/.test(id)) continue;
    const mod = (await import(`@electric-sql/pglite/contrib/${id}`).catch(() => undefined)) as Record<string, Extension> | undefined;
    const ext = mod?.[id];
    if (ext) loaded[id] = ext;
  }
  return loaded;
}
