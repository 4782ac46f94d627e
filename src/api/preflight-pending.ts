import { procedureScopeOn } from '../schema/index.js';
import { withSession, type MigratorContext } from './context.js';
import { prepareUps } from './prepare-steps.js';
import { computeStatus, planUp } from '../plan/index.js';
import type { PreflightReport } from '../preflight/index.js';
import { preflightSteps, recordPreflight, type PreflightOptions } from './preflight-steps.js';

export interface PendingSelection {
  readonly to?: string | undefined;
  readonly step?: number | undefined;
  readonly allowOutOfOrder?: boolean | undefined;
}

/**
 * `lockstep preflight`: the checks for the migrations `up` would apply now, without applying anything
 * (and without the run lock). A cancel is recorded in the event log when the history tables exist.
 */
export async function preflightPending(ctx: MigratorContext, opts: PreflightOptions & PendingSelection = {}): Promise<PreflightReport & { readonly pending: readonly string[] }> {
  const files = await ctx.loadFiles();
  return withSession(ctx, 'preflight', async (session) => {
    const rows = await ctx.history.rows(session);
    const steps = planUp(computeStatus(files, rows, { to: opts.to }), { to: opts.to, step: opts.step, allowOutOfOrder: opts.allowOutOfOrder ?? ctx.config.allowOutOfOrder });
    // Pre-flight reads the SQL's locks only: module migrations are not imported (that would run their top-level code).
    const prepared = await prepareUps(steps, { dryRun: true, procedures: await procedureScopeOn(session, files) });
    const report = await preflightSteps(ctx, session, prepared, opts);
    if (report.cancelled.length > 0 && (await ctx.history.exists(session))) await recordPreflight(ctx, session, report);
    return { ...report, pending: prepared.map((p) => p.file.id) };
  });
}
