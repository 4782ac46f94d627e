import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from '../config/index.js';
import type { RunEventSink } from '../runner/index.js';
import type { Database } from '../db/index.js';
import { createContext, type MigratorContext } from './context.js';
import { down, type DownOptions } from './down.js';
import { createMigration, initProject, type CreateOptions } from './files.js';
import { baseline, repair, verify } from './maintenance.js';
import { history, status } from './status.js';
import { up, type UpOptions } from './up.js';
import { plan, type PlanOptions } from './plan.js';
import { testMigrations, type TestOptions } from './test-migrations.js';
import { drift, type DriftOptions } from './drift.js';
import { schemaDump } from './schema.js';
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
  baseline(version: string): ReturnType<typeof baseline>;
  create(name: string, opts?: CreateOptions): ReturnType<typeof createMigration>;
  init(): ReturnType<typeof initProject>;
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
  const config = options.resolved ?? (await resolveConfig(options));
  const ctx = createContext(config, options.onEvent ?? (() => undefined), options.database);
  return {
    config,
    context: ctx,
    up: (opts) => up(ctx, opts),
    down: (opts) => down(ctx, opts),
    status: () => status(ctx),
    history: (opts) => history(ctx, opts),
    verify: () => verify(ctx),
    repair: (version) => repair(ctx, version),
    baseline: (version) => baseline(ctx, version),
    create: (name, opts) => createMigration(config, name, opts),
    init: () => initProject(config),
    plan: (opts) => plan(ctx, opts),
    test: (opts) => testMigrations(ctx, opts),
    drift: (opts) => drift(ctx, opts),
    schemaDump: (format) => schemaDump(ctx, format),
    close: () => (options.database ? Promise.resolve() : ctx.db.close()),
  };
}
