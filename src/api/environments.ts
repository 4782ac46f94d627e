/**
 * Every configured environment side by side: the environments × migrations matrix behind
 * `lockstep status --all-envs` and the dashboard of `lockstep serve`.
 */
import { configForEnvironment, type ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import type { HistoryEvent } from '../history/index.js';
import type { StatusSummary } from '../plan/index.js';
import { createMigrator, type Migrator } from './create-migrator.js';
import type { StatusItem, StatusReport } from './status.js';

/** `failed`: not applied, and the newest event of the migration is a failure. */
export type CellState = 'applied' | 'pending' | 'partial' | 'failed' | 'ignored';

export interface MatrixCell {
  readonly state: CellState;
  readonly changed: boolean;
  readonly missingFile: boolean;
  readonly outOfOrder: boolean;
  readonly appliedAt: string | null;
  readonly appliedBy: string | null;
  readonly osUser: string | null;
  readonly host: string | null;
  readonly durationMs: number | null;
  readonly partial: StatusItem['partial'];
  /** The failure's message (failed) or the statement error (partial). */
  readonly error: string | null;
  readonly failedAt: string | null;
}

export interface MatrixRow {
  readonly version: string;
  readonly name: string;
  /** By environment name; an environment that could not be read has no cell. */
  readonly cells: Readonly<Record<string, MatrixCell>>;
}

export interface EnvironmentColumn {
  readonly name: string;
  readonly protected: boolean;
  /** Where it points, password hidden; null when its URL variable is unset. */
  readonly target: string | null;
  readonly summary: StatusSummary | null;
  /**
   * Pending migrations whose newest event there is a failure (the matrix's `failed` cells). The status summary
   * counts them as pending; the environment's card and line show them apart.
   */
  readonly failed: number;
  /** Why the environment could not be read (`{ code, message, hint }`). */
  readonly error: Readonly<Record<string, unknown>> | null;
}

/** A history event with the configured environment it was read from. */
export type TimelineEvent = HistoryEvent & { readonly env: string };

export interface EnvironmentMatrix {
  readonly generatedAt: string;
  readonly environments: readonly EnvironmentColumn[];
  readonly migrations: readonly MatrixRow[];
  /** Newest first, across environments. */
  readonly events: readonly TimelineEvent[];
}

/** Runs `fn` with a migrator for the named environment (the server passes its cached ones). */
export type EnvironmentOpener = <T>(name: string, fn: (m: Migrator) => Promise<T>) => Promise<T>;

export interface AllEnvironmentsOptions {
  /** Only these environments (default: every configured one). */
  readonly only?: readonly string[] | undefined;
  /** Events read per environment for the timeline (default 200; 0 skips the history read). */
  readonly eventLimit?: number | undefined;
  readonly open?: EnvironmentOpener | undefined;
}

/** The names `serve` and `--all-envs` work on: the configured environments, else one called "default". */
export function environmentNames(config: ResolvedConfig): string[] {
  const names = Object.keys(config.environments);
  return names.length > 0 ? names : ['default'];
}


function ownMigrators(config: ResolvedConfig): EnvironmentOpener {
  return async (name, fn) => {
    const m = await createMigrator({ resolved: await configForEnvironment(config, name) });
    try {
      return await fn(m);
    } finally {
      await m.close();
    }
  };
}

interface EnvironmentRead {
  readonly name: string;
  readonly status?: StatusReport;
  readonly events: readonly HistoryEvent[];
  readonly error?: LockstepError;
}

async function readEnvironment(name: string, open: EnvironmentOpener, eventLimit: number): Promise<EnvironmentRead> {
  try {
    return await open(name, async (m) => {
      const status = await m.status();
      const events = eventLimit > 0 ? (await m.history({ limit: eventLimit })).events : [];
      return { name, status, events };
    });
  } catch (err) {
    const error = err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_INTERNAL', (err as Error).message, { hint: 'This is a bug in Lockstep; please report it.' });
    return { name, events: [], error };
  }
}

/** The newest apply/rollback/fail/baseline/repair event decides whether a pending migration has failed. */
function lastFailure(events: readonly HistoryEvent[], version: string): HistoryEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (!e || e.version !== version || e.kind === 'retry' || e.kind === 'lint-bypass') continue;
    return e.kind === 'fail' ? e : undefined;
  }
  return undefined;
}

function toCell(item: StatusItem, events: readonly HistoryEvent[]): MatrixCell {
  const failure = lastFailure(events, item.version);
  const failed = item.state === 'pending' && failure !== undefined;
  return {
    state: failed ? 'failed' : item.state,
    changed: item.changed,
    missingFile: item.missingFile,
    outOfOrder: item.outOfOrder,
    appliedAt: item.appliedAt,
    appliedBy: item.appliedBy,
    osUser: item.osUser,
    host: item.host,
    durationMs: item.durationMs,
    partial: item.partial,
    error: failure?.error ?? item.partial?.error ?? null,
    failedAt: failure ? new Date(failure.at).toISOString() : null,
  };
}

function buildRows(reads: readonly EnvironmentRead[]): MatrixRow[] {
  const rows = new Map<string, { version: string; name: string; cells: Record<string, MatrixCell> }>();
  for (const r of reads) {
    for (const item of r.status?.migrations ?? []) {
      const row = rows.get(item.id) ?? { version: item.id, name: item.name, cells: {} };
      row.cells[r.name] = toCell(item, r.events);
      rows.set(item.id, row);
    }
  }
  // Each environment lists its migrations in the project's order; the first environment that has one places it.
  return [...rows.values()];
}

function column(config: ResolvedConfig, r: EnvironmentRead): EnvironmentColumn {
  const isDefault = r.name === 'default' && Object.keys(config.environments).length === 0;
  return {
    name: r.name,
    protected: isDefault ? config.protected : (config.environments[r.name]?.protected ?? false),
    target: r.status?.target ?? null,
    summary: r.status?.summary ?? null,
    failed: (r.status?.migrations ?? []).filter((item) => toCell(item, r.events).state === 'failed').length,
    error: r.error ? r.error.toJSON() : null,
  };
}

/** Status of every environment at once; an unreachable environment is reported in its column, not thrown. */
export async function statusAllEnvironments(config: ResolvedConfig, opts: AllEnvironmentsOptions = {}): Promise<EnvironmentMatrix> {
  const names = opts.only ?? environmentNames(config);
  const open = opts.open ?? ownMigrators(config);
  const reads = await Promise.all(names.map((n) => readEnvironment(n, open, opts.eventLimit ?? 200)));
  const events = reads
    .flatMap((r) => r.events.map((e) => ({ ...e, env: r.name })))
    .sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime() || b.id - a.id);
  return { generatedAt: new Date().toISOString(), environments: reads.map((r) => column(config, r)), migrations: buildRows(reads), events };
}
