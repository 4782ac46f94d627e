import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from '../config/index.js';
import type { RunEventSink } from '../runner/index.js';
import { openDatabase, SchemaScopedDatabase, type Database } from '../db/index.js';
import { LockstepError } from '../core/errors.js';
import { createContext, type MigratorContext } from './context.js';
// Types only: each operation's module (and what it needs: the linter, the shadow, the schema reader, …) is
// imported when the operation is first called, so `lockstep status` does not pay for `lockstep plan`.
import type { down, DownOptions } from './down.js';
import type { createMigration, initProject, CreateOptions } from './files.js';
import type { baseline, BaselineOptions, repair, verify } from './maintenance.js';
import type { adopt } from './adopt.js';
import type { AdoptOptions } from '../adopt/index.js';
import type { history, status } from './status.js';
import type { up, UpOptions } from './up.js';
import type { plan, PlanOptions } from './plan.js';
import type { testMigrations, TestOptions } from './test-migrations.js';
import type { drift, DriftOptions } from './drift.js';
import type { schemaDump } from './schema.js';
import type { lintPending } from './lint-pending.js';
import type { lintMigrations, lintSqlOnTarget } from './lint-files.js';
import type { preflightPending, PendingSelection } from './preflight-pending.js';
import type { PreflightOptions } from './preflight-steps.js';
import type { SchemaDumpFormat } from '../schema/index.js';

export interface MigratorOptions extends ConfigOverrides {
  /** Progress events (migration started, lock retries, notices). */
  readonly onEvent?: RunEventSink | undefined;
  /** An already resolved configuration; the overrides above are then ignored. */
  readonly resolved?: ResolvedConfig | undefined;
  /**
   * Run against this already open database instead of opening one from the URL (e.g. a shadow database).
   * `close()` then leaves it open: its owner closes it.
   */
  readonly database?: Database | undefined;
  /**
   * A schema target: migrations run with `search_path` set to this schema alone, and its history tables live in it
   * (so each tenant schema has its own history and run lock). `lockstep up --schema tenant_7`; fleets (docs/fleets.md).
   */
  readonly schema?: string | undefined;
}

/** The public library surface. The CLI and the HTTP service use nothing else. */
export interface Migrator {
  readonly config: ResolvedConfig;
  /** Internal context shared with the other commands (lint, plan, serve). */
  readonly context: MigratorContext;
  up(opts?: UpOptions): ReturnType<typeof up>;
  down(opts?: DownOptions): ReturnType<typeof down>;
  status(): ReturnType<typeof status>;
  history(opts?: { version?: string; limit?: number }): ReturnType<typeof history>;
  verify(): ReturnType<typeof verify>;
  repair(version: string): ReturnType<typeof repair>;
  baseline(version: string, opts?: BaselineOptions): ReturnType<typeof baseline>;
  /** Takes over another tool's migration history: records what it applied as applied (docs/adopt.md). */
  adopt(opts?: AdoptOptions): ReturnType<typeof adopt>;
  create(name: string, opts?: CreateOptions): Promise<ReturnType<typeof createMigration>>;
  init(): ReturnType<typeof initProject>;
  /** Lints the pending migrations with the target's table sizes, column types and server version, as `up` does first. */
  lintPending(): ReturnType<typeof lintPending>;
  /** Lints the migrations with these ids statically (without the target's sizes). */
  lintMigrations(ids: ReadonlySet<string>): ReturnType<typeof lintMigrations>;
  /** Free-standing SQL linted with this target's config and database facts, as `lockstep lint` with its URL would. */
  lintSql(sql: string, path: string): ReturnType<typeof lintSqlOnTarget>;
  /** The pre-flight checks for the migrations `up` would apply now, without applying anything (docs/zero-downtime.md). */
  preflight(opts?: PreflightOptions & PendingSelection): ReturnType<typeof preflightPending>;
  /** Rehearses pending migrations in a shadow: lint, traced locks and rewrites, impact on the target, verdicts. */
  plan(opts?: PlanOptions): ReturnType<typeof plan>;
  /** Round-trips every migration (up, down, up) in a shadow and compares the schema after each step. */
  test(opts?: TestOptions): ReturnType<typeof testMigrations>;
  /** The live schema against its replayed history (or another environment). */
  drift(opts?: DriftOptions): ReturnType<typeof drift>;
  schemaDump(format?: SchemaDumpFormat): ReturnType<typeof schemaDump>;
  close(): Promise<void>;
}

export async function createMigrator(options: MigratorOptions = {}): Promise<Migrator> {
  const base = options.resolved ?? (await resolveConfig(options));
  const { config, database, ownsDatabase } = schemaTarget(base, options);
  const ctx = createContext(config, options.onEvent ?? (() => undefined), database);
  return {
    config,
    context: ctx,
    up: async (opts) => (await import('./up.js')).up(ctx, opts),
    down: async (opts) => (await import('./down.js')).down(ctx, opts),
    status: async () => (await import('./status.js')).status(ctx),
    history: async (opts) => (await import('./status.js')).history(ctx, opts),
    verify: async () => (await import('./maintenance.js')).verify(ctx),
    repair: async (version) => (await import('./maintenance.js')).repair(ctx, version),
    baseline: async (version, opts) => (await import('./maintenance.js')).baseline(ctx, version, opts),
    adopt: async (opts) => (await import('./adopt.js')).adopt(ctx, opts),
    create: async (name, opts) => (await import('./files.js')).createMigration(config, name, opts),
    init: async () => (await import('./files.js')).initProject(config),
    lintPending: async () => (await import('./lint-pending.js')).lintPending(ctx),
    lintMigrations: async (ids) => (await import('./lint-files.js')).lintMigrations(ctx, ids),
    lintSql: async (sql, path) => (await import('./lint-files.js')).lintSqlOnTarget(ctx, sql, path),
    preflight: async (opts) => (await import('./preflight-pending.js')).preflightPending(ctx, opts),
    plan: async (opts) => (await import('./plan.js')).plan(ctx, opts),
    test: async (opts) => (await import('./test-migrations.js')).testMigrations(ctx, opts),
    drift: async (opts) => (await import('./drift.js')).drift(ctx, opts),
    schemaDump: async (format) => (await import('./schema.js')).schemaDump(ctx, format),
    close: () => (options.database ? Promise.resolve() : (ownsDatabase ?? ctx.db).close()),
  };
}

/**
 * Where a schema target lives: the history schema is the target schema, and sessions see only it (a database
 * the caller passed in is scoped too, and stays the caller's to close).
 */
function schemaTarget(base: ResolvedConfig, options: MigratorOptions): { config: ResolvedConfig; database: Database | undefined; ownsDatabase: Database | undefined } {
  if (options.schema === undefined) return { config: base, database: options.database, ownsDatabase: undefined };
  checkSchemaName(options.schema);
  if (options.database === undefined && base.url === undefined) {
    // The embedded default is a developer's scratch database; a tenant schema is always on a real server (and a
    // missing URL in CI must not turn into a run against a throwaway database).
    throw new LockstepError('LOCKSTEP_E_NO_DATABASE_URL', `--schema ${options.schema}: no database URL`, {
      hint: 'Give the database holding the schema with --url, DATABASE_URL/LOCKSTEP_URL or --env.',
      details: { schema: options.schema },
    });
  }
  const inner = options.database ?? openDatabase(base.url, base.cwd, { lockWaitMs: base.lockWaitMs });
  return {
    config: { ...base, historySchema: options.schema },
    database: new SchemaScopedDatabase(inner, options.schema),
    ownsDatabase: options.database ? undefined : inner,
  };
}

function checkSchemaName(schema: string): void {
  if (/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/.test(schema)) return;
  throw new LockstepError('LOCKSTEP_E_USAGE', `--schema: "${schema}" is not a plain schema name`, {
    hint: 'Give a schema name of letters, digits, _ and $ (at most 63 characters), starting with a letter or _.',
    details: { schema },
  });
}
