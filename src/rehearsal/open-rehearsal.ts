/** A shadow database plus the real runner on it: where plan, test and drift rehearse migrations. */
import type { ResolvedConfig } from '../config/index.js';
import type { MigrationFile } from '../core/types.js';
import type { HistoryRow } from '../history/index.js';
import type { ProcedureScope } from '../execution/index.js';
import type { RunEventSink } from '../runner/index.js';
import { openShadow, type Shadow } from '../shadow/index.js';
import { ShadowRunner } from './shadow-runner.js';

export interface RehearsalOptions {
  /** postgres://… to rehearse in a scratch database on that server; undefined → embedded PGlite. */
  readonly shadowUrl?: string | undefined;
  /** PGlite only: where the initialised template is cached (default: the OS temp directory). */
  readonly cacheDir?: string | undefined;
  readonly onEvent?: RunEventSink | undefined;
  /** server_version_num of the target: the shadow is of its major version when possible (see openShadow). */
  readonly targetVersion?: number | undefined;
  /** Whether the SQL to be rehearsed names a role (rolesNamedBy; see ShadowOptions.rolesNamed). */
  readonly rolesNamed?: ((name: string) => boolean) | undefined;
  /** The procedures that COMMIT before each migration it runs, as `up` knows them (execution `procedureScope`). */
  readonly procedures?: ProcedureScope | undefined;
}

export interface Rehearsal {
  readonly shadow: Shadow;
  /** The runner on the shadow; a new one after restore(). */
  readonly runner: ShadowRunner;
  /** server_version_num of the shadow. */
  readonly serverVersion: number;
  /** Saves the shadow's state (see Shadow.checkpoint); the runner is reconnected. Resolves to the ms it took. */
  checkpoint(): Promise<number>;
  /** Back to the last checkpoint (or an empty shadow), with a new runner. Resolves to the ms it took. */
  restore(): Promise<number>;
  /** Removes the shadow; resolves to warnings about what it left on the shadow's server (see Shadow.dispose). */
  dispose(): Promise<readonly string[]>;
}

/** The shadow URL in force: the explicit one, else `shadowUrl` from the config file. */
export function shadowUrlOf(config: ResolvedConfig, explicit: string | undefined): string | undefined {
  return explicit || config.shadowUrl || undefined;
}

const EXTENSION = /\bcreate\s+extension\s+(?:if\s+not\s+exists\s+)?"?([A-Za-z0-9_-]+)"?/gi;

/** The SQL of the migrations' up and down sections, and the history's copies of what was applied. */
function sqlTexts(files: readonly MigrationFile[], rows: readonly HistoryRow[]): string[] {
  return [...files.flatMap((f) => [f.up, f.down].map((s) => (s?.kind === 'sql' ? s.sql : ''))), ...rows.map((r) => r.upSql ?? '')];
}

/**
 * Whether the migrations' SQL (up and down, and the history's copies) names a role, as a whole word, in any case: a
 * server shadow drops a role that appeared meanwhile only when it does (ShadowOptions.rolesNamed). A module
 * migration's code cannot be read: with one among them, every name counts.
 */
export function rolesNamedBy(files: readonly MigrationFile[], rows: readonly HistoryRow[] = []): (name: string) => boolean {
  if (files.some((f) => f.up.kind === 'module' || f.down?.kind === 'module')) return () => true;
  const text = sqlTexts(files, rows).join('\n').toLowerCase();
  return (name) => {
    const escaped = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^a-z0-9_$])${escaped}($|[^a-z0-9_$])`).test(text);
  };
}

/** Extensions the SQL creates, so a PGlite shadow can load their contrib modules at start-up. */
export function extensionsUsed(files: readonly MigrationFile[], rows: readonly HistoryRow[] = []): string[] {
  const names = new Set<string>();
  for (const text of sqlTexts(files, rows)) for (const m of text.matchAll(EXTENSION)) names.add((m[1] ?? '').toLowerCase());
  names.delete('plpgsql');
  return [...names].sort();
}

export async function openRehearsal(config: ResolvedConfig, opts: RehearsalOptions, extensions: readonly string[]): Promise<Rehearsal> {
  const shadow = await openShadow({ shadowUrl: opts.shadowUrl, cacheDir: opts.cacheDir, targetVersion: opts.targetVersion, onEvent: opts.onEvent, extensions, resolveFrom: [config.cwd], rolesNamed: opts.rolesNamed });
  // What the shadow had to leave on its server, also on stderr: a command that fails afterwards has no report to carry it.
  const notify = (left: readonly string[]): readonly string[] => {
    for (const message of left) opts.onEvent?.({ type: 'notice', message });
    return left;
  };
  let runner: ShadowRunner;
  try {
    runner = await ShadowRunner.open(shadow.db, config, opts.onEvent, undefined, undefined, opts.procedures);
  } catch (err) {
    await shadow.dispose().then(notify, () => undefined);
    throw err;
  }
  const v = await runner.session.query<{ v: string }>(`select pg_catalog.current_setting('server_version_num') as v`);
  // Both need the shadow idle: the runner's session is released first and a new one opened after.
  const around = async (step: () => Promise<number>): Promise<number> => {
    await runner.release();
    const ms = await step();
    runner = await runner.reopen(shadow.db, config);
    return ms;
  };
  return {
    shadow,
    get runner() {
      return runner;
    },
    serverVersion: Number(v.rows[0]?.v ?? 0),
    checkpoint: () => around(() => shadow.checkpoint()),
    restore: () => around(() => shadow.restore()),
    async dispose() {
      await runner.release().catch(() => undefined);
      return notify(await shadow.dispose());
    },
  };
}

/**
 * Runs `body`, then disposes the rehearsal (also when body throws, and then body's error is the one thrown); what
 * the shadow had to leave on its server (Rehearsal.dispose) is added to the result's notes.
 */
export async function disposingAfter<T extends { readonly notes: readonly string[] }>(rehearsal: Rehearsal, body: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await body();
  } catch (err) {
    await rehearsal.dispose().catch(() => undefined);
    throw err;
  }
  const left = await rehearsal.dispose();
  return left.length === 0 ? result : { ...result, notes: [...result.notes, ...left] };
}
