/**
 * SIGINT (Ctrl-C) and SIGTERM (how CI cancels a job and Kubernetes stops a pod) during a command that runs
 * migrations. Node's default for both is to exit at once, which does not stop the statement on the server:
 * PostgreSQL notices that its client is gone only after the statement, so its locks would outlive the
 * process. Instead the first signal aborts the run (the runner cancels the statement in flight, rolls back
 * and records the failure, the run lock is released) and the command exits 128 + the signal's number.
 */
import type { RunResult } from '../api/index.js';
import { LockstepError } from '../core/errors.js';

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;
type TrappedSignal = keyof typeof SIGNALS;

/** After the first signal, how long the run may take to stop before the process exits anyway. */
export const STOP_GRACE_MS = 10_000;

export interface InterruptTrap {
  readonly signal: AbortSignal;
  /** The first signal received, if any. */
  received(): TrappedSignal | undefined;
  dispose(): void;
}

/** 130 for SIGINT, 143 for SIGTERM: what a shell reports for a process ended by the signal. */
export function exitCodeFor(sig: TrappedSignal): number {
  return 128 + SIGNALS[sig];
}

/**
 * Traps SIGINT and SIGTERM until `dispose()`. A second signal exits at once, as does a run that has not
 * stopped within STOP_GRACE_MS. On the embedded PGlite database a statement runs in this thread, so a
 * signal is handled only once the statement in progress has finished.
 */
export function trapInterrupts(): InterruptTrap {
  const controller = new AbortController();
  let first: TrappedSignal | undefined;
  let grace: NodeJS.Timeout | undefined;
  const onSignal = (sig: TrappedSignal): void => {
    if (first !== undefined) {
      process.stderr.write(`lockstep: ${sig} again: exiting now, without waiting for the run to stop\n`);
      process.exit(exitCodeFor(first));
    }
    first = sig;
    controller.abort(sig);
    grace = setTimeout(() => {
      process.stderr.write(`lockstep: the run did not stop within ${STOP_GRACE_MS / 1000}s of ${sig}; exiting. Check pg_stat_activity for a session named "lockstep …".\n`);
      process.exit(exitCodeFor(sig));
    }, STOP_GRACE_MS);
    grace.unref();
  };
  const listeners = (Object.keys(SIGNALS) as TrappedSignal[]).map((sig) => [sig, () => onSignal(sig)] as const);
  for (const [sig, fn] of listeners) process.on(sig, fn);
  return {
    signal: controller.signal,
    received: () => first,
    dispose() {
      clearTimeout(grace);
      for (const [sig, fn] of listeners) process.off(sig, fn);
    },
  };
}

/** The one line printed after an interrupted run: which signal, and the state it left. */
export function describeInterruptedRun(sig: TrappedSignal, result: RunResult, direction: 'up' | 'down'): string {
  const failed = result.failed;
  const before = `${result.done.length} migration(s) ${direction === 'up' ? 'applied' : 'rolled back'} before it`;
  if (!failed) return `lockstep: interrupted by ${sig} after the run had finished: ${result.done.length} migration(s) ${direction === 'up' ? 'applied' : 'rolled back'}.`;
  if (failed.error.code !== 'LOCKSTEP_E_INTERRUPTED') return `lockstep: interrupted by ${sig}; ${failed.version} failed (see above).`;
  const partial = failed.error.details.partial as { done: number; total: number } | undefined;
  if (direction === 'down') return `lockstep: interrupted by ${sig}: rollback of ${failed.version} stopped. ${failed.error.hint} ${before}; run lock released.`;
  if (partial) {
    const applied = partial.done === 0 ? 'none' : `statements 1..${partial.done}`;
    return `lockstep: interrupted by ${sig}: ${failed.version} left partial (${applied} of its ${partial.total} applied; it runs without a transaction), \`lockstep up\` resumes at statement ${partial.done + 1}; ${before}; run lock released.`;
  }
  return `lockstep: interrupted by ${sig}: ${failed.version} rolled back, nothing of it applied; ${before}; run lock released.`;
}

/**
 * Runs a migrating command with the trap in place. Returns the exit code to use for an interrupted run (or
 * undefined) with the command's result; an error thrown after a signal exits with the signal's code too.
 */
export async function withInterrupts<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<{ value: T; interrupted: TrappedSignal | undefined }> {
  const trap = trapInterrupts();
  try {
    const value = await fn(trap.signal);
    return { value, interrupted: trap.received() };
  } catch (err) {
    const sig = trap.received();
    if (sig && err instanceof LockstepError) {
      throw new LockstepError(err.code, err.message, { hint: err.hint, ...(err.location ? { location: err.location } : {}), details: err.details, cause: err, exit: exitCodeFor(sig) });
    }
    throw err;
  } finally {
    trap.dispose();
  }
}
