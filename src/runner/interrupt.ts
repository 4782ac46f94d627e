/**
 * Stopping a run from outside (SIGINT/SIGTERM in the CLI, an AbortSignal in the library). Ending the process
 * alone does not stop a migration: PostgreSQL notices a client has gone only when it next reads from the
 * socket, after the statement has ended, so an ALTER would keep its ACCESS EXCLUSIVE lock (and writers
 * would queue behind it) until then. Here an abort cancels the statement in flight on the server; the
 * statement fails, and the runner rolls back and records the failure as for any failed statement.
 */
import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';

/** How often a cancel is re-sent while the interruptible work has not ended (a backfill between batches). */
const CANCEL_AGAIN_MS = 50;

export function isInterruption(err: unknown): boolean {
  return err instanceof LockstepError && err.code === 'LOCKSTEP_E_INTERRUPTED';
}

/** 'SIGTERM' for the CLI's signals, else the abort reason's message. */
export function abortReason(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  if (typeof r === 'string') return r;
  if (r instanceof Error && r.name !== 'AbortError') return r.message;
  return 'aborted';
}

export function interruptedError(signal: AbortSignal, what: string, hint: string, cause?: unknown): LockstepError {
  return new LockstepError('LOCKSTEP_E_INTERRUPTED', `${what} was interrupted (${abortReason(signal)})`, {
    hint,
    details: { reason: abortReason(signal) },
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Between statements: stop here if the run was interrupted. */
export function throwIfInterrupted(signal: AbortSignal | undefined, what: string, hint: string): void {
  if (signal?.aborted) throw interruptedError(signal, what, hint);
}

/** Sleeps `ms`, or less when `signal` aborts meanwhile (the caller then checks `signal.aborted`). */
export function sleepUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs `fn`, whose statements run on `session`, so that an abort cancels whatever statement it is running
 * and keeps cancelling until `fn` ends (a backfill pauses between batches; its next batch is cancelled as
 * it starts). Whatever `fn` fails with after an abort becomes the interrupted error, with the original as
 * its cause. Statements outside `fn` (ROLLBACK, history writes) are never cancelled. A session without
 * `cancel` (PGlite) is only stopped between statements, by the checkpoints of the caller.
 */
export async function interruptible<T>(
  session: Session,
  signal: AbortSignal | undefined,
  what: string,
  hint: string,
  fn: () => Promise<T> | T,
): Promise<T> {
  if (!signal) return fn();
  // PGlite answers from this thread without ever yielding to the event loop, so a signal handler (or any
  // timer that would abort) would not run until the whole run is over: let the loop turn once first.
  await new Promise((r) => setImmediate(r));
  throwIfInterrupted(signal, what, hint);
  let ended = false;
  const cancelUntilEnded = async (): Promise<void> => {
    while (!ended && session.cancel) {
      await session.cancel();
      if (!ended) await new Promise((r) => setTimeout(r, CANCEL_AGAIN_MS));
    }
  };
  const onAbort = (): void => void cancelUntilEnded();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await fn();
  } catch (err) {
    if (signal.aborted && !isInterruption(err)) throw interruptedError(signal, what, hint, err);
    throw err;
  } finally {
    ended = true;
    signal.removeEventListener('abort', onAbort);
  }
}
