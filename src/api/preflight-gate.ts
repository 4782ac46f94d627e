import type { Session } from '../db/index.js';
import { preflightError, preflightSteps, recordPreflight, type PreflightOptions } from './preflight-steps.js';
import type { PreflightReport } from '../preflight/index.js';
import type { MigratorContext } from './context.js';
import type { PreparedUp } from './prepare-steps.js';

/**
 * Pre-flight before `up`. Sessions holding conflicting locks do not stop the run by default: every
 * statement runs under lock_timeout and is retried, so a holder delays the migration without making
 * writers queue behind it. They are reported, and stop the run only when the operator asked to wait for
 * or cancel them. Maintenance windows, the backup check and replica lag stop it.
 */
export async function preflightBeforeUp(ctx: MigratorContext, session: Session, prepared: readonly PreparedUp[], opts: PreflightOptions): Promise<PreflightReport | undefined> {
  if (prepared.length === 0) return undefined;
  const raw = await preflightSteps(ctx, session, prepared, opts);
  const strict = opts.waitForBlockersMs !== undefined || opts.cancelBlockers === true;
  const findings = strict
    ? raw.findings
    : raw.findings.map((f) => (f.check === 'lock-conflict' && f.severity === 'blocker'
      ? { ...f, severity: 'warning' as const, message: `${f.message} (the runner will wait for it under lock_timeout and retry)` }
      : f));
  const report: PreflightReport = { ...raw, findings, ok: !findings.some((f) => f.severity === 'blocker') };
  for (const f of findings.filter((x) => x.severity !== 'info')) ctx.onEvent({ type: 'notice', message: `pre-flight ${f.severity}: ${f.message}` });
  await recordPreflight(ctx, session, report);
  if (!report.ok) throw preflightError(report);
  return report;
}
