import type { ResolvedConfig } from '../config/index.js';
import type { MigrationFile } from '../core/types.js';
import { openDatabase, type Database, type Session } from '../db/index.js';
import { HistoryStore, currentActor } from '../history/index.js';
import { loadProject, type Project } from '../loader/index.js';
import { initParser } from '../sql/index.js';
import { acquireRunLock, asConnectionLost, refuseTransactionPool, watchClientConnection, type RunLock } from '../runner/index.js';
import { LockstepError } from '../core/errors.js';
import type { RunEventSink } from '../core/events.js';

/** What every API operation shares: the resolved config, one Database, the history store. */
export interface MigratorContext {
  readonly config: ResolvedConfig;
  readonly db: Database;
  readonly history: HistoryStore;
  readonly onEvent: RunEventSink;
  /** True when `db` is the embedded default opened for want of a URL (not a database the caller passed in). */
  readonly ownsDefaultDatabase: boolean;
  /** The project's folders read the way their tool reads them: migrations in order, problems, ignored files. */
  loadProject(): Promise<Project>;
  /** The project's migrations (files that could not be read are left out; loadProject() lists them). */
  loadFiles(): Promise<MigrationFile[]>;
}

export function createContext(config: ResolvedConfig, onEvent: RunEventSink, database?: Database): MigratorContext {
  const opened = database ?? openDatabase(config.url, config.cwd, { lockWaitMs: config.lockWaitMs });
  const db = config.url === undefined && database === undefined
    ? announcedOnFirstUse(opened, () => {
      const where = opened.target.replace('pglite://', '');
      onEvent({
        type: 'notice',
        message: config.unattended === undefined
          ? `no database URL configured: using the embedded PGlite database in ${where}`
          : `no database URL configured and ${config.unattended}: up, down, baseline and adopt refuse; other commands use the embedded PGlite database in ${where}`,
      });
    })
    : opened;
  return {
    config,
    db,
    history: new HistoryStore(config.historySchema, currentActor(config.envName)),
    onEvent,
    ownsDefaultDatabase: config.url === undefined && database === undefined,
    async loadProject() {
      await initParser();
      return loadProject(config.dirs, { cwd: config.cwd, tool: config.tool, ignore: config.ignore, placeholders: config.placeholders, baselineMigrationPrefix: config.baselineMigrationPrefix, environment: config.inputs.env });
    },
    async loadFiles() {
      return [...(await this.loadProject()).migrations];
    },
  };
}

/**
 * The embedded default, saying so when a command first connects to it: `init` and `create`, which never open a
 * database, do not claim to use one.
 */
function announcedOnFirstUse(db: Database, announce: () => void): Database {
  let announced = false;
  return {
    dialect: db.dialect,
    capabilities: db.capabilities,
    target: db.target,
    connect(applicationName) {
      if (!announced) announce();
      announced = true;
      return db.connect(applicationName);
    },
    close: () => db.close(),
  };
}

/** The commands that change a database: run against a throwaway embedded one by mistake, they would report success. */
const MIGRATING_COMMANDS: ReadonlySet<string> = new Set(['up', 'down', 'baseline', 'adopt']);

/**
 * In CI or production (config.unattended), a migrating command with no URL at all refuses rather than use the
 * embedded default: the usual cause is a deploy job whose secret is missing. Checked before the database is
 * opened, so nothing is created. `pglite://…` is a URL, so the embedded database stays available on request.
 */
export function refuseEmbeddedDefault(ctx: MigratorContext, command: string): void {
  const { unattended } = ctx.config;
  const name = command.split(' ')[0] ?? command;
  if (!ctx.ownsDefaultDatabase || unattended === undefined || !MIGRATING_COMMANDS.has(name)) return;
  throw new LockstepError('LOCKSTEP_E_NO_DATABASE_URL', `no database URL: refusing to run \`${command}\` against the embedded default database because ${unattended}`, {
    hint: 'Set DATABASE_URL or LOCKSTEP_URL (in CI, check that the secret is defined for this job), or pass --url or --env <name>. '
      + 'To use the embedded database on purpose, pass --url pglite://.lockstep/dev.',
    details: { command: name, unattended },
  });
}

/**
 * Runs `fn` on a dedicated session that holds the run lock, with the history tables in place. An abort of
 * `signal` ends the wait for the lock; `fn` gets the signal through its own options.
 */
export async function withRunLock<T>(ctx: MigratorContext, command: string, fn: (session: Session, lock: RunLock) => Promise<T>, signal?: AbortSignal): Promise<T> {
  refuseEmbeddedDefault(ctx, command);
  // The pooler probe's session connects beside the run's own: one connection time, not two, before the lock.
  const probe = ctx.db.capabilities.multipleSessions ? ctx.db.connect(`lockstep ${command} (pooler probe)`) : undefined;
  probe?.catch(() => undefined); // awaited by the probe, or released below when the run's own session fails
  let session: Session;
  try {
    session = await ctx.db.connect(`lockstep ${command}`);
  } catch (err) {
    void probe?.then((other) => other.release(), () => undefined);
    throw err;
  }
  try {
    // Before the lock: through a transaction pool it would stay behind on a pooled server session.
    if (probe) await refuseTransactionPool(session, () => probe, ctx.config.viaDirectUrl === true);
    const lock = await acquireRunLock(session, ctx.config.historySchema, ctx.config.lockWaitMs, ctx.onEvent, signal);
    try {
      await ctx.history.ensure(session);
      if (ctx.db.dialect === 'postgres') await watchClientConnection(session);
      return await fn(session, lock);
    } finally {
      await lock.release().catch(() => undefined);
    }
  } catch (err) {
    // Failures of migrations come back in the result: what is thrown here happened before any of them started.
    throw asConnectionLost(err, { what: `lockstep ${command}`, state: 'not-started', said: 'No migration had started.', resume: `Run \`lockstep ${command}\` again when the database is reachable.` }) ?? err;
  } finally {
    await session.release();
  }
}

/** Opens a second session for watching a migration's statement (index build progress); undefined on PGlite's one session. */
export function sideSessionOpener(ctx: MigratorContext): (() => Promise<Session>) | undefined {
  return ctx.db.capabilities.multipleSessions ? () => ctx.db.connect('lockstep progress') : undefined;
}

/** Runs a read-only `fn` on its own session, without the run lock. */
export async function withSession<T>(ctx: MigratorContext, command: string, fn: (session: Session) => Promise<T>): Promise<T> {
  refuseEmbeddedDefault(ctx, command);
  const session = await ctx.db.connect(`lockstep ${command}`);
  try {
    return await fn(session);
  } catch (err) {
    throw asConnectionLost(err, { what: `lockstep ${command}`, state: 'not-started', said: 'It changes nothing.', resume: `Run \`lockstep ${command}\` again when the database is reachable.` }) ?? err;
  } finally {
    await session.release();
  }
}
