import type { ResolvedConfig } from '../config/index.js';
import type { MigrationFile } from '../core/types.js';
import { openDatabase, type Database, type Session } from '../db/index.js';
import { HistoryStore, currentActor } from '../history/index.js';
import { loadProject, type Project } from '../loader/index.js';
import { initParser } from '../sql/index.js';
import { acquireRunLock } from '../runner/run-lock.js';
import type { RunEventSink } from '../core/events.js';

/** What every API operation shares: the resolved config, one Database, the history store. */
export interface MigratorContext {
  readonly config: ResolvedConfig;
  readonly db: Database;
  readonly history: HistoryStore;
  readonly onEvent: RunEventSink;
  /** The project's folders read the way their tool reads them: migrations in order, problems, ignored files. */
  loadProject(): Promise<Project>;
  /** The project's migrations (files that could not be read are left out; loadProject() lists them). */
  loadFiles(): Promise<MigrationFile[]>;
}

export function createContext(config: ResolvedConfig, onEvent: RunEventSink, database?: Database): MigratorContext {
  const db = database ?? openDatabase(config.url, config.cwd, { lockWaitMs: config.lockWaitMs });
  if (config.url === undefined && database === undefined) {
    onEvent({ type: 'notice', message: `no database URL configured: using the embedded PGlite database in ${db.target.replace('pglite://', '')}` });
  }
  return {
    config,
    db,
    history: new HistoryStore(config.historySchema, currentActor(config.envName)),
    onEvent,
    async loadProject() {
      await initParser();
      return loadProject(config.dirs, { cwd: config.cwd, tool: config.tool, ignore: config.ignore, placeholders: config.placeholders });
    },
    async loadFiles() {
      return [...(await this.loadProject()).migrations];
    },
  };
}

/**
 * Runs `fn` on a dedicated session that holds the run lock, with the history tables in place. An abort of
 * `signal` ends the wait for the lock; `fn` gets the signal through its own options.
 */
export async function withRunLock<T>(ctx: MigratorContext, command: string, fn: (session: Session) => Promise<T>, signal?: AbortSignal): Promise<T> {
  const session = await ctx.db.connect(`lockstep ${command}`);
  try {
    const lock = await acquireRunLock(session, ctx.config.historySchema, ctx.config.lockWaitMs, ctx.onEvent, signal);
    try {
      await ctx.history.ensure(session);
      return await fn(session);
    } finally {
      await lock.release().catch(() => undefined);
    }
  } finally {
    await session.release();
  }
}

/** Runs a read-only `fn` on its own session, without the run lock. */
export async function withSession<T>(ctx: MigratorContext, command: string, fn: (session: Session) => Promise<T>): Promise<T> {
  const session = await ctx.db.connect(`lockstep ${command}`);
  try {
    return await fn(session);
  } finally {
    await session.release();
  }
}
