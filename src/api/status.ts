import { LockstepError } from '../core/errors.js';
import { checkMigrationRef, isVersion, sameVersion } from '../core/version.js';
import type { NoDown, Tool } from '../core/types.js';
import type { IgnoredFile, LoadProblem } from '../loader/index.js';
import { computeStatus, summarise, type StatusEntry, type StatusSummary } from '../plan/index.js';
import type { HistoryEvent, HistoryRow } from '../history/index.js';
import { listBackfills, type BackfillRow } from '../runner/index.js';
import { withSession, type MigratorContext } from './context.js';
import type { Session } from '../db/index.js';
import { describeExecution } from '../execution/index.js';
import { indexBuildState } from '../runner/index.js';
import type { ParsedStatement } from '../sql/index.js';

export interface StatusItem {
  /** The migration's key (what `--to` and `repair --accept` take). */
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly state: StatusEntry['state'];
  readonly changed: boolean;
  readonly missingFile: boolean;
  readonly outOfOrder: boolean;
  readonly files: readonly string[];
  readonly appliedAt: string | null;
  readonly appliedBy: string | null;
  readonly osUser: string | null;
  readonly host: string | null;
  readonly environment: string | null;
  readonly durationMs: number | null;
  readonly batch: number | null;
  readonly partial: { readonly done: number; readonly total: number; readonly error: string | null } | null;
  /** Why Lockstep cannot run it (goose .go, Flyway Java, node-pg-migrate builder code); null when it can. */
  readonly unsupported: string | null;
  /** `yes`, or why there is none (irreversible, absent, empty, tool-has-none), or `broken` when its down cannot be used. */
  readonly down: 'yes' | 'broken' | NoDown;
  /** A Flyway repeatable whose file changed since it was applied: pending again. */
  readonly reapply: boolean;
  /** Why it is `ignored` (a Flyway baseline migration that does not run here, or one that does stands for it); else null. */
  readonly ignored: string | null;
}

/** A file of the project that could not be read as a migration. */
export interface StatusProblem {
  readonly id: string | null;
  readonly code: string;
  readonly message: string;
  readonly hint: string;
  readonly file: string | null;
  readonly line: number | null;
}

export interface StatusReport {
  readonly target: string;
  readonly environment: string | null;
  /** Whose conventions the folders follow, and what showed it. */
  readonly project: { readonly tool: Tool; readonly detectedFrom: string; readonly dirs: readonly string[] };
  readonly problems: readonly StatusProblem[];
  /**
   * Another tool's history in the target, counting some of these migrations as run, while Lockstep has none: `up`
   * refuses until `lockstep adopt` takes it over.
   */
  readonly foreignHistory: ReadonlyArray<{ readonly tool: string; readonly table: string; readonly ran: number }>;
  /** Files in the folders that are not migrations, each with why. */
  readonly ignored: readonly IgnoredFile[];
  readonly migrations: readonly StatusItem[];
  readonly summary: StatusSummary;
  /** Indexes left INVALID by a failed concurrent build (the runner drops and rebuilds them on resume). */
  readonly invalidIndexes: readonly string[];
  /** Batched backfills and where they stand; an unfinished one resumes after its last key on the next `up`. */
  readonly backfills: readonly BackfillRow[];
}

function iso(d: Date | string | null | undefined): string | null {
  return d ? new Date(d).toISOString() : null;
}

function toItem(e: StatusEntry): StatusItem {
  const live = e.state === 'pending' || e.state === 'ignored' ? undefined : e.row;
  return {
    id: e.id,
    version: e.version,
    name: e.name,
    state: e.state,
    changed: e.changed,
    missingFile: e.missingFile,
    outOfOrder: e.outOfOrder,
    files: e.file?.paths ?? [],
    appliedAt: iso(live?.appliedAt),
    appliedBy: live?.dbUser ?? null,
    osUser: live?.osUser ?? null,
    host: live?.host ?? null,
    environment: live?.environment ?? null,
    durationMs: live?.executionMs ?? null,
    batch: live?.batch ?? null,
    partial: e.state === 'partial' && e.row ? { done: e.row.statementsDone, total: e.row.statementsTotal, error: e.row.lastError } : null,
    unsupported: e.file?.up.kind === 'unsupported' ? e.file.up.reason : null,
    down: !e.file ? (e.row?.downSql ? 'yes' : 'absent') : e.file.downProblem ? 'broken' : e.file.down ? 'yes' : (e.file.noDown ?? 'absent'),
    reapply: e.reapply,
    ignored: e.ignoredWhy ?? null,
  };
}

function toProblem(p: LoadProblem): StatusProblem {
  const loc = p.error.location;
  return { id: p.id ?? null, code: p.error.code, message: p.error.message, hint: p.error.hint, file: loc?.file ?? null, line: loc?.line ?? null };
}

export async function status(ctx: MigratorContext): Promise<StatusReport> {
  const project = await ctx.loadProject();
  const { rows, invalidIndexes, backfills, foreignHistory, catalogDone } = await withSession(ctx, 'status', async (s) => {
    const rows = await ctx.history.rows(s);
    const catalogDone = await catalogProgress(s, computeStatus(project.migrations, rows), ctx);
    // Only while Lockstep has no history here: a project Lockstep already runs pays nothing for the look.
    const foreign = rows.length === 0 ? await (await import('../adopt/index.js')).foreignHistories(s, ctx.history.schema, project.migrations, ctx.config.cwd) : [];
    return { rows, invalidIndexes: await findInvalidIndexes(s), backfills: await listBackfills(s, ctx.history.schema), foreignHistory: foreign, catalogDone };
  });
  const entries = computeStatus(project.migrations, rows, { catalogDone });
  return {
    target: ctx.db.target,
    environment: ctx.config.envName,
    project: { tool: project.tool, detectedFrom: project.detectedFrom, dirs: project.dirs },
    problems: project.problems.map(toProblem),
    foreignHistory,
    ignored: project.ignored,
    migrations: entries.map(toItem),
    summary: summarise(entries),
    invalidIndexes,
    backfills,
  };
}

/**
 * How far each partial migration really got: after its recorded statements, the concurrent index builds the catalog
 * shows finished (valid, same definition), as `up` will find them. A look that fails (a read-only standby cannot
 * create the probe's temporary table) leaves the record as it is.
 */
async function catalogProgress(s: Session, entries: readonly StatusEntry[], ctx: MigratorContext): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const e of entries) {
    if (e.state !== 'partial' || !e.row || e.file?.up.kind !== 'sql') continue;
    let done = e.row.statementsDone;
    try {
      const units = describeExecution(e.file, e.file.up, ctx.config.policy).statements.units;
      while (done < units.length && (await indexBuildState(s, units[done] as ParsedStatement)).state === 'built') done++;
    } catch {
      // keep what was found so far
    }
    if (done > e.row.statementsDone) out.set(e.row.version, done);
  }
  return out;
}

async function findInvalidIndexes(s: Session): Promise<string[]> {
  const res = await s.query<{ name: string }>(
    `select format('%s.%s', n.nspname, c.relname) as name from pg_index i join pg_class c on c.oid = i.indexrelid
       join pg_namespace n on n.oid = c.relnamespace where not i.indisvalid order by 1`,
  );
  return res.rows.map((r) => r.name);
}

export interface HistoryReport {
  readonly target: string;
  readonly environment: string | null;
  /** Applied (and rolled back) migrations in the order they were applied. */
  readonly migrations: readonly HistoryRow[];
  readonly events: readonly HistoryEvent[];
}

/** The most events one history read returns (the HTTP API's `limit` has the same bound). */
export const HISTORY_LIMIT_MAX = 10_000;

export async function history(ctx: MigratorContext, opts: { readonly version?: string; readonly limit?: number } = {}): Promise<HistoryReport> {
  if (opts.limit !== undefined && (!Number.isInteger(opts.limit) || opts.limit < 1 || opts.limit > HISTORY_LIMIT_MAX)) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `history limit must be a whole number from 1 to ${HISTORY_LIMIT_MAX}, got ${opts.limit}`, {
      hint: 'Ask for at most 10000 events at a time, e.g. limit 1000.',
    });
  }
  const wanted = opts.version === undefined ? undefined : checkMigrationRef(opts.version, 'history version');
  return withSession(ctx, 'history', async (s) => {
    const rows = await ctx.history.rows(s);
    const migrations = rows
      .filter((r) => wanted === undefined || r.version === wanted || (isVersion(r.version) && isVersion(wanted) && sameVersion(r.version, wanted)))
      .sort((a, b) => (a.appliedAt ? new Date(a.appliedAt).getTime() : 0) - (b.appliedAt ? new Date(b.appliedAt).getTime() : 0));
    // Versions compare as numbers (1 is 001): events carry the version as recorded.
    const recorded = wanted === undefined ? undefined : (migrations[0]?.version ?? wanted);
    const events = await ctx.history.events(s, { ...(recorded ? { version: recorded } : {}), ...(opts.limit ? { limit: opts.limit } : {}) });
    return { target: ctx.db.target, environment: ctx.config.envName, migrations, events };
  });
}
