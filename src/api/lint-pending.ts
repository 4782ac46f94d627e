/**
 * The pending migrations of the migrator's target, linted as `lockstep up` would lint them before running them:
 * with the target's table sizes, column types and server version (see lint-gate.ts). Reads only: no run lock.
 */
import { procedureScopeOn } from '../schema/index.js';
import { computeStatus } from '../plan/index.js';
import { withSession, type MigratorContext } from './context.js';
import { lintOnTarget, type TargetLint } from './lint-gate.js';
import { prepareUps } from './prepare-steps.js';

export interface PendingLint {
  /** One entry per pending (or partly applied) SQL migration, in version order. */
  readonly migrations: readonly TargetLint[];
}

/** Throws LOCKSTEP_E_SQL_SYNTAX (with file:line) when a pending migration does not parse, as `up` would. */
export async function lintPending(ctx: MigratorContext): Promise<PendingLint> {
  return withSession(ctx, 'lint', async (session) => {
    const files = await ctx.loadFiles();
    const entries = computeStatus(files, await ctx.history.rows(session));
    // Out-of-order ones too: whether they may run is up's question, what they would do is this one's.
    const steps = entries.flatMap((e) => ((e.state === 'pending' || e.state === 'partial') && e.file ? [{ file: e.file, resumeFrom: 0, row: e.row }] : []));
    // Lint reads SQL only: module migrations are not imported (that would run their top-level code).
    return { migrations: await lintOnTarget(ctx, session, await prepareUps(steps, { dryRun: true, procedures: await procedureScopeOn(session, files) })) };
  });
}
