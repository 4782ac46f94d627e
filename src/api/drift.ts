/**
 * `lockstep drift`: what changed in a database's schema outside Lockstep. The expected schema is the
 * one its applied history produces, replayed in a shadow; the actual one is read from its catalogs
 * (read-only, no run lock). With `against`, two environments' live schemas are compared instead.
 */
import { configForEnvironment, type ResolvedConfig } from '../config/index.js';
import { openDatabase, type Database } from '../db/index.js';
import { extensionsUsed, openRehearsal, replayHistory, shadowUrlOf } from '../rehearsal/index.js';
import { diffSchemas, snapshotSchema, type SchemaDifference, type SchemaSnapshot } from '../schema/index.js';
import { withSession, type MigratorContext } from './context.js';
import { liveSnapshot } from './schema.js';

export interface DriftOptions {
  /** Compare with this configured environment's live schema instead of the history replayed in a shadow. */
  readonly against?: string | undefined;
  readonly shadowUrl?: string | undefined;
  readonly cacheDir?: string | undefined;
}

export interface DriftReport {
  readonly target: string;
  readonly environment: string | null;
  /** history: live schema vs. the replayed history; environment: live schema vs. another environment's. */
  readonly mode: 'history' | 'environment';
  /** What the target is compared with: the shadow ("pglite://memory" or its database name) or the other environment. */
  readonly reference: { readonly name: string; readonly target: string; readonly replayed?: number | undefined };
  /**
   * From the reference to the target: "added" exists only on the target (created outside Lockstep),
   * "removed" exists only in the reference (dropped outside Lockstep), "changed" differs.
   */
  readonly differences: readonly SchemaDifference[];
  readonly notes: readonly string[];
  readonly drifted: boolean;
}

async function readHistoryAndSchema(ctx: MigratorContext): Promise<{ rows: Awaited<ReturnType<MigratorContext['history']['rows']>>; actual: SchemaSnapshot }> {
  return withSession(ctx, 'drift', async (session) => ({
    rows: await ctx.history.rows(session),
    actual: await liveSnapshot(session, ctx.config.historySchema),
  }));
}

async function againstHistory(ctx: MigratorContext, opts: DriftOptions): Promise<DriftReport> {
  const files = await ctx.loadFiles();
  const { rows, actual } = await readHistoryAndSchema(ctx);
  const rehearsal = await openRehearsal(ctx.config, { shadowUrl: shadowUrlOf(ctx.config, opts.shadowUrl), cacheDir: opts.cacheDir }, extensionsUsed(files, rows));
  try {
    const replay = await replayHistory(rehearsal.runner, files, rows);
    const expected = await snapshotSchema(rehearsal.runner.snapshotSession, { excludeSchemas: [ctx.config.historySchema] });
    const differences = diffSchemas(expected, actual);
    return {
      target: ctx.db.target, environment: ctx.config.envName, mode: 'history',
      reference: { name: 'applied history, replayed', target: rehearsal.shadow.name, replayed: replay.applied.length },
      differences, notes: replay.notes, drifted: differences.length > 0,
    };
  } finally {
    await rehearsal.dispose();
  }
}

async function snapshotOf(db: Database, config: ResolvedConfig): Promise<SchemaSnapshot> {
  const session = await db.connect('lockstep drift');
  try {
    return await liveSnapshot(session, config.historySchema);
  } finally {
    await session.release();
  }
}

async function againstEnvironment(ctx: MigratorContext, name: string): Promise<DriftReport> {
  const other = await configForEnvironment(ctx.config, name);
  const db = openDatabase(other.url, other.cwd, { lockWaitMs: other.lockWaitMs });
  try {
    const reference = await snapshotOf(db, other);
    const actual = await withSession(ctx, 'drift', (s) => liveSnapshot(s, ctx.config.historySchema));
    const differences = diffSchemas(reference, actual);
    return {
      target: ctx.db.target, environment: ctx.config.envName, mode: 'environment',
      reference: { name, target: db.target }, differences, notes: [], drifted: differences.length > 0,
    };
  } finally {
    await db.close();
  }
}

export function drift(ctx: MigratorContext, opts: DriftOptions = {}): Promise<DriftReport> {
  return opts.against ? againstEnvironment(ctx, opts.against) : againstHistory(ctx, opts);
}
