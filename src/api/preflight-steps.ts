import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import type { MigratorContext } from './context.js';
import { locksOfMigrations, preflightSettings, runPreflight, type PendingStep, type PreflightReport } from '../preflight/index.js';

/** What the operator decides on the command line (`lockstep preflight` and `lockstep up` take the same flags). */
export interface PreflightOptions {
  /** --force: run outside the maintenance window. */
  readonly force?: boolean | undefined;
  /** --wait-for-blockers <duration>, in milliseconds. */
  readonly waitForBlockersMs?: number | undefined;
  /** --cancel-blockers */
  readonly cancelBlockers?: boolean | undefined;
  /** --yes: confirms --cancel-blockers on a protected environment. */
  readonly confirmed?: boolean | undefined;
  /** The clock, for tests of the maintenance window. */
  readonly now?: (() => Date) | undefined;
}

async function serverVersion(session: Session): Promise<number> {
  const res = await session.query<{ v: number }>("select current_setting('server_version_num')::int as v");
  return res.rows[0]?.v ?? 150000;
}

/** Runs the checks for `steps` on `session` with the migrator's configuration. */
export async function preflightSteps(ctx: MigratorContext, session: Session, steps: readonly PendingStep[], opts: PreflightOptions = {}): Promise<PreflightReport> {
  return runPreflight(session, {
    locks: locksOfMigrations(steps, { pgVersion: await serverVersion(session) }),
    settings: preflightSettings(ctx.config),
    environment: { name: ctx.config.envName, protected: ctx.config.protected },
    multipleSessions: ctx.db.capabilities.multipleSessions,
    force: opts.force,
    waitForBlockersMs: opts.waitForBlockersMs,
    cancelBlockers: opts.cancelBlockers,
    confirmed: opts.confirmed,
    now: opts.now,
    onEvent: ctx.onEvent,
  });
}

/** Records what pre-flight saw in the event log, when there was anything to see. */
export async function recordPreflight(ctx: MigratorContext, session: Session, report: PreflightReport): Promise<void> {
  const notable = report.findings.filter((f) => f.severity !== 'info');
  if (notable.length === 0 && report.cancelled.length === 0 && report.waitedMs < 1000) return;
  await ctx.history.event(session, {
    kind: 'preflight',
    durationMs: report.waitedMs,
    ...(report.ok ? {} : { error: notable.filter((f) => f.severity === 'blocker').map((f) => f.message).join('; ').slice(0, 1000) }),
    details: { ok: report.ok, cancelled: report.cancelled, findings: notable.map((f) => ({ check: f.check, severity: f.severity, message: f.message, pid: f.session?.pid })) },
  });
}

export function preflightError(report: PreflightReport): LockstepError {
  const blockers = report.findings.filter((f) => f.severity === 'blocker');
  return new LockstepError('LOCKSTEP_E_PREFLIGHT', `pre-flight checks found ${blockers.length} blocker(s); nothing was applied:\n${blockers.map((b) => `  - ${b.message}`).join('\n')}`, {
    hint: [...new Set(blockers.map((b) => b.hint))].join('\n'),
    details: { findings: report.findings },
  });
}

/**
 * For `lockstep up`: call on the run-lock session after the pending migrations are prepared and before the
 * first one runs. Records a `preflight` event; throws LOCKSTEP_E_PREFLIGHT when blockers remain.
 */
export async function checkBeforeUp(ctx: MigratorContext, session: Session, steps: readonly PendingStep[], opts: PreflightOptions = {}): Promise<PreflightReport> {
  const report = await preflightSteps(ctx, session, steps, opts);
  await recordPreflight(ctx, session, report);
  if (!report.ok) throw preflightError(report);
  return report;
}
