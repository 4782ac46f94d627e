/**
 * `lockstep plan`: what the pending migrations will do, proven before they run. Lints them, rehearses
 * them in a shadow built from the target's live schema, on the target's major version (or, with onTarget,
 * inside BEGIN … ROLLBACK on the target), reads the target's sizes and live locks without taking any lock on its tables, and gives
 * each migration a verdict with its reasons. See docs/plan.md.
 */
import { migrationLabel } from '../core/migration-label.js';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import type { Project } from '../loader/index.js';
import type { Session } from '../db/index.js';
import type { HistoryRow } from '../history/index.js';
import { assessImpact, calibrate, changesData, scalesWithSize, type Calibration, type MigrationImpact, type RelationSize } from '../impact/index.js';
import { lintFailOn, lintMigration, readDatabaseFacts, withRunIndexes, type Finding, type LintOptions } from '../lint/index.js';
import { applyColumnEvents, columnEvents, copyColumnTypes } from '../locks/index.js';
import { computeStatus, planUp, resumePoint } from '../plan/index.js';
import {
  disposingAfter, extensionsUsed, loadSchema, openRehearsal, preparePending, rolesNamedBy, readRoles, rehearseOnTarget, rehearsePending, shadowUrlOf,
  type LoadedSchema, type MigrationTrace, type PreparedPending, type Rehearsal, type RehearsedPending,
} from '../rehearsal/index.js';
import { DEFAULT_THRESHOLDS, decideVerdict, type Reason, type VerdictLevel, type VerdictThresholds } from '../verdict/index.js';
import { checkMigrationRef, findMigration } from '../core/version.js';
import { throwIfInterrupted } from '../runner/index.js';
import type { MigratorContext } from './context.js';
import { lintOptionsFrom } from './lint.js';
import { lockFreeSnapshot } from './schema.js';
import { procedureScopeOn, readRelationSizes } from '../schema/index.js';

export interface PlanOptions {
  /** Rehearse on this server (a scratch database is created there); default: shadowUrl from the config, else PGlite. */
  readonly shadowUrl?: string | undefined;
  /** PGlite template cache directory (tests). */
  readonly cacheDir?: string | undefined;
  /** Plan only up to this version. */
  readonly to?: string | undefined;
  /** Rehearse on the target itself in BEGIN … ROLLBACK under short timeouts. Refused on protected environments. */
  readonly onTarget?: boolean | undefined;
  /** --on-target limits: default lock_timeout = the run's (capped at 1 s), statement_timeout 5 s. */
  readonly targetLockTimeoutMs?: number | undefined;
  readonly targetStatementTimeoutMs?: number | undefined;
  readonly thresholds?: Partial<VerdictThresholds> | undefined;
  /** Aborting it stops the plan between two migrations (LOCKSTEP_E_INTERRUPTED); the shadow is removed. */
  readonly signal?: AbortSignal | undefined;
}

export interface PlannedMigration {
  readonly version: string;
  readonly name: string;
  readonly files: readonly string[];
  readonly verdict: VerdictLevel;
  readonly reasons: readonly Reason[];
  readonly findings: readonly Finding[];
  readonly trace: MigrationTrace | null;
  readonly impact: MigrationImpact | null;
}

export interface PlanReport {
  readonly target: string;
  readonly environment: string | null;
  readonly mode: 'shadow' | 'on-target';
  readonly targetServerVersion: number;
  readonly shadow: PlanShadow | null;
  /** Why `lockstep up` would refuse to run at all (edited files, out-of-order migrations...). */
  readonly refusals: readonly string[];
  readonly calibration: Calibration | null;
  readonly notes: readonly string[];
  readonly migrations: readonly PlannedMigration[];
  readonly summary: Readonly<Record<VerdictLevel, number>>;
}

/** Where the plan rehearsed: a shadow built from the target's live schema (docs/plan.md#the-shadow-database). */
export interface PlanShadow {
  readonly kind: 'pglite' | 'server' | 'local';
  readonly name: string;
  readonly serverVersion: number;
  /** local: the server binaries used ("PostgreSQL 15.20 from /usr/lib/postgresql/15/bin"). */
  readonly binaries: string | null;
  readonly startMs: number;
  /** What the shadow started from: the target's schema, read from its catalogs. */
  readonly source: 'live-schema';
  /** DDL statements run to rebuild that schema, and how long it took. */
  readonly statements: number;
  readonly loadMs: number;
}

const DEFAULT_TARGET_STATEMENT_TIMEOUT_MS = 5000;

function pendingFiles(project: Pick<Project, 'migrations' | 'problems'>, rows: readonly HistoryRow[], config: ResolvedConfig, to: string | undefined): { pending: Array<{ file: MigrationFile; resumeFrom: number }>; refusals: string[] } {
  const files = project.migrations;
  const entries = computeStatus(files, rows, { to });
  if (to !== undefined && findMigration(entries, checkMigrationRef(to, '--to'), '--to') < 0) {
    throw new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `no migration has the id or version ${to}`, { hint: 'Run `lockstep status` to list them.' });
  }
  try {
    // The files up would refuse for (a broken file not yet applied) are given as up gives them.
    const steps = planUp(entries, { to, allowOutOfOrder: config.allowOutOfOrder, problems: project.problems });
    // A partial migration is rehearsed from where up resumes it.
    return { pending: steps.map((s) => ({ file: s.file, resumeFrom: s.resumeFrom })), refusals: [] };
  } catch (err) {
    if (!(err instanceof LockstepError)) throw err;
    const errors = 'errors' in err ? (err as { errors: readonly LockstepError[] }).errors : [err];
    const through = to === undefined ? entries.length - 1 : findMigration(entries, to, '--to');
    const pending = entries.filter((e, i) => (e.state === 'pending' || e.state === 'partial') && e.file && e.file.up.kind !== 'unsupported' && i <= through).map((e) => ({ file: e.file as MigrationFile, resumeFrom: resumePoint(e) }));
    return { pending, refusals: errors.map((e) => `lockstep up refuses: ${e.message}`) };
  }
}

function lintFindings(p: PreparedPending, options: LintOptions): Finding[] {
  if (p.error) return [];
  try {
    return lintMigration(p.file, options).findings;
  } catch (err) {
    if (err instanceof LockstepError) return []; // a syntax error: reported once, as the migration's load error
    throw err;
  }
}

function thresholdsFor(config: ResolvedConfig, given: Partial<VerdictThresholds> | undefined): VerdictThresholds {
  const l = config.file.lint ?? {};
  return {
    ...DEFAULT_THRESHOLDS,
    ...(l.sizeThreshold?.rows !== undefined ? { rows: l.sizeThreshold.rows } : {}),
    ...(l.sizeThreshold?.bytes !== undefined ? { bytes: l.sizeThreshold.bytes } : {}),
    failOn: lintFailOn(config),
    ...given,
  };
}

async function serverVersionOf(session: Session): Promise<number> {
  const res = await session.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`);
  return Number(res.rows[0]?.v ?? 0);
}

interface Rehearsed {
  readonly results: readonly RehearsedPending[];
  readonly shadow: PlanReport['shadow'];
  readonly calibration: Calibration | null;
  readonly notes: readonly string[];
}

interface Target {
  readonly session: Session;
  readonly version: number;
  readonly sizes: ReadonlyMap<string, RelationSize>;
}

/** The shadow: the target's major version where possible, its live schema loaded (roles too, when the shadow is ours alone). */
async function liveShadow(ctx: MigratorContext, opts: PlanOptions, files: readonly MigrationFile[], target: Target): Promise<{ rehearsal: Rehearsal; loaded: LoadedSchema }> {
  const { snapshot: live, notes } = await lockFreeSnapshot(target.session, ctx.config.historySchema);
  const extensions = [...extensionsUsed(files), ...live.extensions.map((e) => e.name)];
  const rehearsal = await openRehearsal(ctx.config, { shadowUrl: shadowUrlOf(ctx.config, opts.shadowUrl), cacheDir: opts.cacheDir, targetVersion: target.version, onEvent: ctx.onEvent, rolesNamed: rolesNamedBy(files) }, extensions);
  try {
    const roles = rehearsal.shadow.kind === 'server' ? [] : await readRoles(target.session);
    const loaded = await loadSchema(rehearsal.runner.session, live, { roles });
    return { rehearsal, loaded: { ...loaded, notes: [...notes, ...loaded.notes] } };
  } catch (err) {
    await rehearsal.dispose();
    throw err;
  }
}

async function rehearseInShadow(ctx: MigratorContext, opts: PlanOptions, files: readonly MigrationFile[], prepared: readonly PreparedPending[], target: Target): Promise<Rehearsed> {
  const { rehearsal, loaded } = await liveShadow(ctx, opts, files, target);
  return disposingAfter(rehearsal, async () => {
    const excludeSchemas = [ctx.config.historySchema];
    let failed = 0;
    const results = await rehearsePending(rehearsal.runner.session, prepared, { mode: 'shadow', pgVersion: target.version, excludeSchemas, snapshotSession: rehearsal.runner.snapshotSession, sharedServer: rehearsal.shadow.kind === 'server', serverWide: rehearsal.runner.serverWide }, (done, total, r) => {
      if (r.trace?.error || r.loadError) failed++;
      ctx.onEvent({ type: 'progress', task: 'plan', done, total, failed, label: migrationLabel(r.file.id, r.file.name) });
      throwIfInterrupted(opts.signal, 'lockstep plan', 'Nothing was changed on the target; the shadow is removed. Run `lockstep plan` again.');
    });
    const needsCalibration = results.some((r) => r.trace && (scalesWithSize(r.trace) || changesData(r.trace)) && touchesData(r.trace, target.sizes));
    const calibration = needsCalibration ? await calibrate(rehearsal.runner.session, rehearsal.shadow.kind) : null;
    const s = rehearsal.shadow;
    const notes = [...s.notes, ...loaded.notes];
    const [shadowMajor, targetMajor] = [Math.floor(rehearsal.serverVersion / 10000), Math.floor(target.version / 10000)];
    if (shadowMajor !== targetMajor && s.notes.length === 0) {
      notes.push(`the shadow runs PostgreSQL ${shadowMajor} and the target ${targetMajor}: locks and rewrites can differ between major versions; leave --shadow-url out (a shadow of the target's version is started) or name a server of the target's version`);
    }
    return {
      results, calibration, notes,
      shadow: { kind: s.kind, name: s.name, serverVersion: rehearsal.serverVersion, binaries: s.binaries, startMs: s.startMs, source: 'live-schema', statements: loaded.statements, loadMs: loaded.durationMs },
    };
  });
}

function touchesData(trace: MigrationTrace, sizes: ReadonlyMap<string, RelationSize>): boolean {
  const names = trace.statements.flatMap((st) => [...st.rewrites.map((r) => r.table ?? r.relation), ...st.scans, ...(st.buildsIndexOn ? [st.buildsIndexOn] : []), ...st.locks.map((l) => l.relation)]);
  return names.some((n) => (sizes.get(n)?.rows ?? 1) > 0 || (sizes.get(n)?.heapBytes ?? 1) > 0);
}

async function rehearseTarget(ctx: MigratorContext, session: Session, opts: PlanOptions, prepared: readonly PreparedPending[], targetVersion: number): Promise<Rehearsed> {
  if (ctx.config.protected) {
    throw new LockstepError('LOCKSTEP_E_PROTECTED_ENV', `plan --on-target is refused on the protected environment "${ctx.config.envName}"`, {
      hint: 'Run `lockstep plan` without --on-target: it rehearses in a shadow database and never locks the target.',
    });
  }
  const lockTimeoutMs = opts.targetLockTimeoutMs ?? Math.min(Math.max(ctx.config.policy.lockTimeoutMs, 1), 1000);
  const statementTimeoutMs = opts.targetStatementTimeoutMs ?? DEFAULT_TARGET_STATEMENT_TIMEOUT_MS;
  const results = await rehearseOnTarget(session, prepared, { pgVersion: targetVersion, excludeSchemas: [ctx.config.historySchema] }, { lockTimeoutMs, statementTimeoutMs });
  return { results, shadow: null, calibration: null, notes: [`rehearsed on the target in BEGIN … ROLLBACK with lock_timeout ${lockTimeoutMs} ms and statement_timeout ${statementTimeoutMs} ms; nothing was committed`] };
}

async function judge(ctx: MigratorContext, session: Session, r: RehearsedPending, base: { sizes: ReadonlyMap<string, RelationSize>; calibration: Calibration | null; refusals: readonly string[]; thresholds: VerdictThresholds; findings: readonly Finding[]; onTarget: boolean }): Promise<PlannedMigration> {
  const impact = r.trace && !r.trace.skipped
    ? await assessImpact({ session, sizes: base.sizes, calibration: base.calibration ?? undefined, measured: base.onTarget }, r.trace)
    : null;
  const verdict = decideVerdict({
    trace: r.trace, loadError: r.loadError, refusals: base.refusals, skippedLevel: r.skippedLevel, onTarget: base.onTarget,
    findings: base.findings, sizes: base.sizes, activity: impact?.sessions ?? [], longest: impact?.longestTransaction ?? null,
    holds: impact?.holds ?? [], dataChanges: impact?.dataChanges ?? [], thresholds: base.thresholds,
  });
  return { version: r.file.id, name: r.file.name, files: r.file.paths, verdict: verdict.level, reasons: verdict.reasons, findings: base.findings, trace: r.trace, impact };
}

export async function plan(ctx: MigratorContext, opts: PlanOptions = {}): Promise<PlanReport> {
  const project = await ctx.loadProject();
  const session = await ctx.db.connect(opts.onTarget ? 'lockstep plan --on-target' : 'lockstep plan');
  try {
    // Read-only: no run lock, no history DDL; HistoryStore.rows answers [] when there is no history yet.
    const rows = await ctx.history.rows(session);
    const targetVersion = await serverVersionOf(session);
    const { pending, refusals } = pendingFiles(project, rows, ctx.config, opts.to);
    const sizes = await readRelationSizes(session, { excludeSchemas: [ctx.config.historySchema] });
    // The procedures that COMMIT (the target's, then the migrations' in order), as up knows them: a CALL of one runs
    // outside a transaction.
    const procedures = await procedureScopeOn(session, project.migrations);
    const prepared = await preparePending(pending, { procedures });
    // Every statement parsed, as the gate reads them (units may join several into one query).
    const statementsOf = (p: PreparedPending | undefined) => (p?.up?.kind === 'sql' ? p.up.execution.statements.parsed : []);
    // The target's facts as `lockstep lint --url` and up's gate read them (lint/target-facts.ts), so that plan
    // judges a migration as they do; with the indexes the other pending migrations create.
    const statements = prepared.flatMap(statementsOf);
    const lintOptions = withRunIndexes(await readDatabaseFacts(session, statements, { ...lintOptionsFrom(ctx.config), procedures }), () => statements);
    // The target's column types, then what each pending migration declares for the next.
    const columnTypes = copyColumnTypes(lintOptions.columnTypes);
    const rehearsed = pending.length === 0
      ? { results: [], shadow: null, calibration: null, notes: [] }
      : opts.onTarget ? await rehearseTarget(ctx, session, opts, prepared, targetVersion) : await rehearseInShadow(ctx, opts, project.migrations, prepared, { session, version: targetVersion, sizes });
    const thresholds = thresholdsFor(ctx.config, opts.thresholds);
    const migrations: PlannedMigration[] = [];
    for (const [i, r] of rehearsed.results.entries()) {
      const findings = lintFindings(prepared[i] as PreparedPending, { ...lintOptions, columnTypes });
      applyColumnEvents(columnTypes, columnEvents(statementsOf(prepared[i])));
      migrations.push(await judge(ctx, session, r, { sizes, calibration: rehearsed.calibration, refusals, thresholds, findings, onTarget: opts.onTarget === true }));
    }
    const summary = { safe: 0, attention: 0, blocked: 0 };
    for (const m of migrations) summary[m.verdict]++;
    return {
      target: ctx.db.target, environment: ctx.config.envName, mode: opts.onTarget ? 'on-target' : 'shadow', targetServerVersion: targetVersion,
      shadow: rehearsed.shadow, refusals, calibration: rehearsed.calibration, notes: rehearsed.notes, migrations, summary,
    };
  } finally {
    await session.release();
  }
}
