/**
 * The one rule for "does this finding fail the command": a finding fails at or above the fail-on level (the
 * config's `lint.failOn`, default error). `lockstep lint`'s exit code, `lockstep plan`'s blocked verdicts and
 * `lockstep fleet plan`'s exit code all ask it, so the three agree on the same file.
 */
import type { ResolvedConfig } from '../config/index.js';
import type { Severity } from './types.js';

export type FailOn = Severity | 'none';

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}

/** The fail-on level a command uses when no flag gives one: the config's `lint.failOn`, default error. */
export function lintFailOn(config: Pick<ResolvedConfig, 'file'>): FailOn {
  return config.file.lint?.failOn ?? 'error';
}
