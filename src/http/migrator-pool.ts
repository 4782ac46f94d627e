/**
 * Migrators of `lockstep serve`, one per environment. Reads share a cached migrator (its pg pool stays
 * warm); every up/down gets a fresh one with its own event sink and `lockWait: 0`, so a second run finds
 * the run lock taken and is answered 409 at once, naming the holder, instead of queueing behind it.
 */
import pLimit from 'p-limit';
import { configForEnvironment, createMigrator, environmentNames, type Migrator } from '../api/index.js';
import type { ResolvedConfig } from '../api/index.js';
import { LockstepError } from '../core/errors.js';
import type { RunEventSink } from '../api/index.js';

export interface EnvironmentInfo {
  readonly name: string;
  readonly protected: boolean;
}

export interface MigratorPool {
  readonly environments: readonly EnvironmentInfo[];
  /** Throws LOCKSTEP_E_UNKNOWN_ENV for a name that is not served. */
  info(name: string): EnvironmentInfo;
  read<T>(name: string, fn: (m: Migrator) => Promise<T>): Promise<T>;
  /** Like read, for plan and test: at most MAX_REHEARSALS at once across all environments, the rest queue. */
  rehearse<T>(name: string, fn: (m: Migrator) => Promise<T>): Promise<T>;
  run<T>(name: string, onEvent: RunEventSink, fn: (m: Migrator) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PGlite runs inside one process and cannot be shared by concurrent migrators; the server needs PostgreSQL. */
async function requirePostgres(config: ResolvedConfig, name: string): Promise<ResolvedConfig> {
  const cfg = await configForEnvironment(config, name);
  if (!isPostgres(cfg.url)) throw notPostgres(name);
  return cfg;
}

function isPostgres(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

function notPostgres(name: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_CONFIG', `environment "${name}" is not a PostgreSQL server URL (lockstep serve cannot share an embedded PGlite database)`, {
    hint: 'Point the environment at postgres://… (or set DATABASE_URL when no environments are configured).',
  });
}

/** Each read opens its own connection: bound them so a burst of requests cannot exhaust max_connections. */
const MAX_READS_PER_ENVIRONMENT = 8;

/**
 * A rehearsal starts an embedded PGlite (a whole PostgreSQL in WebAssembly, inside this process) or creates a
 * scratch database, and replays the history into it: a burst of plan/test requests must queue, not exhaust
 * the server's memory or the shadow server.
 */
const MAX_REHEARSALS = 2;

/** At most `limit` calls at once; the rest wait their turn, first come first served (p-limit). */
function gate(limit: number): <T>(fn: () => Promise<T>) => Promise<T> {
  const limiter = pLimit(limit);
  return (fn) => limiter(fn);
}

/** Refuses at start-up an environment that is (or, with no URL, defaults to) PGlite; an unset variable is reported per request. */
function checkTargets(config: ResolvedConfig, names: readonly string[]): void {
  const configured = Object.keys(config.environments).length > 0;
  for (const name of names) {
    const url = configured ? config.environments[name]?.url : config.url;
    if ((!configured || url !== undefined) && !isPostgres(url)) throw notPostgres(name);
  }
}

/** One migrator per environment for reads, opened on first use; a failed open (e.g. an unset variable) is retried next time. */
function cachedReaders(config: ResolvedConfig): { get(name: string): Promise<Migrator>; close(): Promise<void> } {
  const cached = new Map<string, Promise<Migrator>>();
  return {
    get(name) {
      let m = cached.get(name);
      if (!m) {
        m = (async () => createMigrator({ resolved: await requirePostgres(config, name) }))();
        m.catch(() => cached.delete(name));
        cached.set(name, m);
      }
      return m;
    },
    async close() {
      const all = [...cached.values()];
      cached.clear();
      await Promise.all(all.map(async (p) => (await p.catch(() => undefined))?.close()));
    },
  };
}

export function createMigratorPool(config: ResolvedConfig): MigratorPool {
  const configured = Object.keys(config.environments).length > 0;
  const environments = environmentNames(config).map((name) => ({
    name,
    protected: configured ? (config.environments[name]?.protected ?? false) : config.protected,
  }));
  checkTargets(config, environments.map((e) => e.name));
  const readers = cachedReaders(config);
  const gates = new Map(environments.map((e) => [e.name, gate(MAX_READS_PER_ENVIRONMENT)]));
  const rehearsals = gate(MAX_REHEARSALS);
  const info = (name: string): EnvironmentInfo => {
    const found = environments.find((e) => e.name === name);
    if (!found) {
      throw new LockstepError('LOCKSTEP_E_UNKNOWN_ENV', `environment "${name}" is not served here`, { hint: `Served environments: ${environments.map((e) => e.name).join(', ')}.` });
    }
    return found;
  };
  return {
    environments,
    info,
    async read(name, fn) {
      info(name);
      const m = await readers.get(name);
      return (gates.get(name) ?? gate(1))(() => fn(m));
    },
    async rehearse(name, fn) {
      info(name);
      const m = await readers.get(name);
      return rehearsals(() => fn(m));
    },
    async run(name, onEvent, fn) {
      info(name);
      const m = await createMigrator({ resolved: { ...(await requirePostgres(config, name)), lockWaitMs: 0 }, onEvent });
      try {
        return await fn(m);
      } finally {
        await m.close();
      }
    },
    close: () => readers.close(),
  };
}
