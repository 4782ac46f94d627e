/**
 * One migration's round trip in the shadow: fixture, up, down, up again, with the schema snapshotted after each
 * step. Returns the verdict and what state it left the shadow in, so the caller knows whether to restore it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { noDownReason } from '../core/down-advice.js';
import type { MigrationFile } from '../core/types.js';
import { diffSchemas, type SchemaDifference, type SchemaSnapshot } from '../schema/index.js';
import { columnOrderChanges, withoutPositions } from './column-order.js';
import type { ShadowRunner } from './shadow-runner.js';
import { traceError } from './trace-migration.js';
import type { TraceError } from './types.js';

export type RoundTripPhase = 'fixture' | 'up' | 'down' | 'up again';

export interface RoundTripStep {
  readonly version: string;
  readonly name: string;
  readonly files: readonly string[];
  /**
   * passed; failed (an error, or a down or second up that leaves another schema); column-order (the only
   * difference is where columns are: see --ignore-column-order); skipped (irreversible); not-run (--fail-fast
   * stopped the test, or the shadow could not be restored).
   */
  readonly status: 'passed' | 'failed' | 'column-order' | 'skipped' | 'not-run';
  readonly upMs: number | null;
  readonly downMs: number | null;
  readonly reUpMs: number | null;
  /** The fixture file loaded before the migration, if any. */
  readonly fixture: string | null;
  readonly note: string | null;
  readonly error: (TraceError & { readonly phase: RoundTripPhase }) | null;
  /** From the schema before up to the schema after down: should be empty. */
  readonly downDifferences: readonly SchemaDifference[];
  /** From the schema after up to the schema after up again: should be empty. */
  readonly reUpDifferences: readonly SchemaDifference[];
  /** Tables whose columns the down left in another order ("public.t: a, b, c → a, c, b"). */
  readonly columnOrder: readonly string[];
  /** After this migration failed, the shadow was restored to the state after its first up (or before it, when up failed). */
  readonly restored: boolean;
}

/** A step, and the state the shadow is in: `after` (undefined: unknown) should equal `expected`. */
export interface StepOutcome {
  readonly step: RoundTripStep;
  /** Its first up was applied: the state to go on from includes it. */
  readonly upApplied: boolean;
  readonly expected: SchemaSnapshot;
  readonly after: SchemaSnapshot | undefined;
}

export interface StepContext {
  readonly runner: ShadowRunner;
  readonly fixturesDir: string;
  readonly ignoreColumnOrder: boolean;
  readonly snap: () => Promise<SchemaSnapshot>;
  readonly timed: (file: MigrationFile, phase: 'up' | 'down') => Promise<number>;
}

export function blankStep(file: MigrationFile): RoundTripStep {
  return {
    version: file.id, name: file.name, files: file.paths, status: 'passed', upMs: null, downMs: null, reUpMs: null,
    fixture: null, note: null, error: null, downDifferences: [], reUpDifferences: [], columnOrder: [], restored: false,
  };
}

/** Runs the fixture `<fixturesDir>/<version>.sql` of `file`, if there is one, in a transaction (less what the shadow leaves out). */
export async function loadFixture(runner: ShadowRunner, fixturesDir: string, file: MigrationFile): Promise<{ path: string; error?: unknown } | undefined> {
  const path = join(fixturesDir, `${file.id}.sql`);
  const sql = await readFile(path, 'utf8').catch(() => undefined);
  if (sql === undefined) return undefined;
  try {
    await runner.session.exec(`begin;\n${await runner.serverWide.script(path, sql)}\n;commit`);
    return { path };
  } catch (error) {
    await runner.session.exec('rollback').catch(() => undefined);
    return { path, error };
  }
}

/** Why a migration has no down part, as `test` reports it. */
const NO_DOWN: Readonly<Record<Exclude<NonNullable<MigrationFile['noDown']>, 'tool-has-none'>, string>> = {
  irreversible: 'irreversible: no down part on purpose',
  absent: 'no down: the migration has no down section or file',
  empty: 'no down: its down part is empty',
};

/** The note of a migration `test` could only run up: why it has no down (core/down-advice.ts for a tool's own). */
function noDownNote(file: MigrationFile): string {
  const why = file.noDown ?? 'absent';
  return why === 'tool-has-none' ? `no down: it ${noDownReason(file)}` : NO_DOWN[why];
}

/** passed, column-order or failed, from the two lists of differences. */
function judged(step: RoundTripStep, a: SchemaSnapshot, c: SchemaSnapshot, ignoreColumnOrder: boolean): RoundTripStep {
  const all = [...step.downDifferences, ...step.reUpDifferences];
  if (all.length === 0) return step;
  const columnOrder = columnOrderChanges(a, c, step.downDifferences);
  if (withoutPositions(all).length > 0) return { ...step, status: 'failed', columnOrder };
  if (!ignoreColumnOrder) return { ...step, status: 'column-order', columnOrder };
  return { ...step, columnOrder, note: `column order differs after down (accepted by --ignore-column-order): ${columnOrder.join('; ')}` };
}

export async function roundTripOne(ctx: StepContext, file: MigrationFile, current: SchemaSnapshot): Promise<StepOutcome> {
  let step = blankStep(file);
  const fail = (phase: RoundTripPhase, err: unknown): RoundTripStep => ({ ...step, status: 'failed', error: { ...traceError(err), phase } });
  const fixture = await loadFixture(ctx.runner, ctx.fixturesDir, file);
  if (fixture) step = { ...step, fixture: fixture.path };
  if (fixture?.error !== undefined) return { step: fail('fixture', fixture.error), upApplied: false, expected: current, after: current };
  const a = fixture ? await ctx.snap() : current;
  const up = await ctx.runner.prepareUp(file).catch(() => undefined);
  try {
    step = { ...step, upMs: await ctx.timed(file, 'up') };
  } catch (err) {
    // A transactional up that fails is rolled back: the shadow is as before it.
    return { step: fail('up', err), upApplied: false, expected: a, after: up?.transactional ? a : undefined };
  }
  const b = await ctx.snap();
  // A down that cannot be used (its markers, or SQL that does not parse) fails this migration's round trip only.
  if (file.downProblem) return { step: fail('down', file.downProblem), upApplied: true, expected: b, after: b };
  let down: Awaited<ReturnType<typeof ctx.runner.prepareDown>>;
  try {
    down = await ctx.runner.prepareDown(file);
  } catch (err) {
    return { step: fail('down', err), upApplied: true, expected: b, after: b };
  }
  if (!down) return { step: { ...step, status: 'skipped', note: `${noDownNote(file)}, so only up was run` }, upApplied: true, expected: b, after: b };
  try {
    step = { ...step, downMs: await ctx.timed(file, 'down') };
  } catch (err) {
    // A transactional down that fails is rolled back: the migration is still applied, the shadow is at B.
    return { step: fail('down', err), upApplied: true, expected: b, after: down.transactional ? b : undefined };
  }
  const c = await ctx.snap();
  step = { ...step, downDifferences: diffSchemas(a, c) };
  try {
    step = { ...step, reUpMs: await ctx.timed(file, 'up') };
  } catch (err) {
    return { step: { ...fail('up again', err), columnOrder: columnOrderChanges(a, c, step.downDifferences) }, upApplied: true, expected: b, after: up?.transactional ? c : undefined };
  }
  const d = await ctx.snap();
  step = { ...step, reUpDifferences: diffSchemas(b, d) };
  return { step: judged(step, a, c, ctx.ignoreColumnOrder), upApplied: true, expected: b, after: d };
}
