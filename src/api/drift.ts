/**
 * `lockstep drift`: what changed in a database's schema outside Lockstep. The expected schema is the
 * one its applied history produces, replayed in a shadow; the actual one is read from its catalogs
 * (read-only, no run lock). With `against`, two environments' live schemas are compared instead.
 */
import { procedureScope } from '../execution/index.js';
import { configForEnvironment, type ResolvedConfig } from '../config/index.js';
import { openDatabase, type Database } from '../db/index.js';
import { disposingAfter, extensionsUsed, loadSchema, openRehearsal, replayHistory, rolesNamedBy, shadowUrlOf, type Rehearsal } from '../rehearsal/index.js';
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
  /** history mode: where the history was replayed (of the target's major version when possible); null for --against. */
  readonly shadow: { readonly kind: 'pglite' | 'server' | 'local'; readonly serverVersion: number; readonly binaries: string | null } | null;
}

interface Live {
  readonly rows: Awaited<ReturnType<MigratorContext['history']['rows']>>;
  readonly actual: SchemaSnapshot;
  readonly version: number;
}

async function readHistoryAndSchema(ctx: MigratorContext): Promise<Live> {
  return withSession(ctx, 'drift', async (session) => ({
    rows: await ctx.history.rows(session),
    actual: await liveSnapshot(session, ctx.config.historySchema),
    version: Number((await session.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`)).rows[0]?.v ?? 0),
  }));
}

const major = (v: number): number => Math.floor(v / 10000);

/**
 * When the shadow's major version is not the target's (PGlite as the fallback, or a --shadow-url server of
 * another version), the two snapshots would differ in how each version prints the same objects. Then the live
 * schema is rebuilt in a second shadow of the same kind and read back there: both sides come from one version,
 * so no difference comes from the version alone. Returns that snapshot and what the rebuild could not reproduce.
 */
async function liveOnShadowVersion(ctx: MigratorContext, opts: DriftOptions, first: Rehearsal, live: Live): Promise<{ actual: SchemaSnapshot; notes: string[] }> {
  const shadowUrl = first.shadow.kind === 'pglite' ? 'pglite://memory' : shadowUrlOf(ctx.config, opts.shadowUrl);
  const second = await openRehearsal(ctx.config, { shadowUrl, cacheDir: opts.cacheDir }, live.actual.extensions.map((e) => e.name));
  return disposingAfter(second, async () => {
    const loaded = await loadSchema(second.runner.session, live.actual, { roles: [] });
    const actual = await snapshotSchema(second.runner.snapshotSession, { excludeSchemas: [ctx.config.historySchema] });
    const why = `the shadow runs PostgreSQL ${major(first.serverVersion)} and the target ${major(live.version)}: the live schema was rebuilt in a second shadow of the same version and compared there, so differences that come only from the version are not reported`;
    return { actual, notes: [why, ...loaded.notes] };
  });
}

async function againstHistory(ctx: MigratorContext, opts: DriftOptions): Promise<DriftReport> {
  const files = await ctx.loadFiles();
  const live = await readHistoryAndSchema(ctx);
  const rehearsal = await openRehearsal(ctx.config, { shadowUrl: shadowUrlOf(ctx.config, opts.shadowUrl), cacheDir: opts.cacheDir, targetVersion: live.version, onEvent: ctx.onEvent, rolesNamed: rolesNamedBy(files, live.rows), procedures: procedureScope(files) }, extensionsUsed(files, live.rows));
  return disposingAfter(rehearsal, async () => {
    const replay = await replayHistory(rehearsal.runner, files, live.rows);
    const expected = await snapshotSchema(rehearsal.runner.snapshotSession, { excludeSchemas: [ctx.config.historySchema] });
    const same = major(rehearsal.serverVersion) === major(live.version);
    const compared = same ? { actual: live.actual, notes: [] } : await liveOnShadowVersion(ctx, opts, rehearsal, live);
    const differences = diffSchemas(expected, compared.actual);
    const s = rehearsal.shadow;
    return {
      target: ctx.db.target, environment: ctx.config.envName, mode: 'history',
      reference: { name: 'applied history, replayed', target: s.name, replayed: replay.applied.length },
      differences, notes: [...s.notes, ...replay.notes, ...compared.notes], drifted: differences.length > 0,
      shadow: { kind: s.kind, serverVersion: rehearsal.serverVersion, binaries: s.binaries },
    };
  });
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
      reference: { name, target: db.target }, differences, notes: [], drifted: differences.length > 0, shadow: null,
    };
  } finally {
    await db.close();
  }
}

export function drift(ctx: MigratorContext, opts: DriftOptions = {}): Promise<DriftReport> {
  return opts.against ? againstEnvironment(ctx, opts.against) : againstHistory(ctx, opts);
}
