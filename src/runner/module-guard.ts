/**
 * A module migration runs arbitrary code: an up() that never settles (an unawaited promise, a wait on something
 * outside the database) would hold its transaction, and the locks it took, for as long as the process lives.
 * Two limits stop it:
 * - idle_in_transaction_session_timeout on its session: the server itself ends a transaction left idle that long
 *   (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-IDLE-IN-TRANSACTION-SESSION-TIMEOUT),
 *   which releases its locks even when this process is stuck (a loop that blocks the event loop);
 * - a watchdog here: the module's time limit, the same idle limit seen from the client, and an abort of the run
 *   (SIGINT) all end the wait for up() at once; a statement in flight is cancelled, the caller rolls back, and the
 *   abandoned up() can send nothing more on the session.
 */
import { LockstepError } from '../core/errors.js';
import type { MigrationContext, MigrationFile } from '../core/types.js';
import { formatDuration } from '../core/duration.js';
import { interruptedError } from './interrupt.js';
import { moduleContext, policyFor, type RunContext } from './run-context.js';

const WATCH_EVERY_MS = 50;
/** How much later than the watchdog the server's idle limit ends the session. */
const SERVER_MARGIN_MS = 1_000;

export interface GuardedCall {
  readonly what: string;
  /** Runs inside Lockstep's transaction (the idle limit then applies from the client side too). */
  readonly transactional: boolean;
  /** The state the migration is left in if it is stopped, for the interrupted error's hint. */
  readonly stoppedHint: string;
}

function timeoutError(file: MigrationFile, what: string, why: string, setting: string, hint: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_MIGRATION_TIMEOUT', `${what} was stopped: ${why}`, {
    hint: `${hint} Find why it does not finish (an unawaited promise, a wait on something outside the database), or raise ${setting}.`,
    location: { file: file.paths[0] ?? file.id },
    details: { version: file.id, setting },
  });
}

/** Runs `call` (a module's up or down) under the run's module limits; see the file's header. */
export async function runModuleGuarded(rc: RunContext, file: MigrationFile, at: GuardedCall, call: (ctx: MigrationContext) => void | Promise<void>): Promise<void> {
  const s = rc.session;
  const policy = policyFor(file, rc.policy);
  const limitMs = policy.moduleTimeoutMs ?? 0;
  const idleMs = policy.idleInTransactionMs ?? 0;
  // The server's limit is the backstop for a stuck process: a second later than the watchdog, which rolls back
  // cleanly on a live session.
  if (idleMs > 0) await s.exec(`set ${at.transactional ? 'local ' : ''}idle_in_transaction_session_timeout = '${Math.round(idleMs) + SERVER_MARGIN_MS}ms'`);
  let inFlight = 0;
  let last = Date.now();
  let stopped: LockstepError | undefined;
  const guard = async <T>(run: () => Promise<T>): Promise<T> => {
    if (stopped) throw stopped;
    inFlight++;
    try {
      return await run();
    } finally {
      inFlight--;
      last = Date.now();
    }
  };
  const started = Date.now();
  try {
    await new Promise<void>((resolve, reject) => {
      const stop = (err: LockstepError): void => {
        if (stopped) return;
        stopped = err;
        clearInterval(timer);
        rc.signal?.removeEventListener('abort', onAbort);
        // A statement still running is cancelled; the caller's ROLLBACK then releases the locks.
        void (inFlight > 0 && s.cancel ? s.cancel() : Promise.resolve()).then(() => reject(err));
      };
      const onAbort = (): void => stop(interruptedError(rc.signal as AbortSignal, at.what, at.stoppedHint));
      const timer = setInterval(() => {
        const now = Date.now();
        if (limitMs > 0 && now - started >= limitMs) {
          stop(timeoutError(file, at.what, `it ran longer than ${formatDuration(limitMs)}`, 'moduleTimeout', at.stoppedHint));
        } else if (at.transactional && idleMs > 0 && inFlight === 0 && now - last >= idleMs) {
          stop(timeoutError(file, at.what, `its transaction sat idle for ${formatDuration(idleMs)} (up() sent nothing and did not return)`, 'idleInTransactionTimeout', at.stoppedHint));
        }
      }, WATCH_EVERY_MS);
      rc.signal?.addEventListener('abort', onAbort, { once: true });
      if (rc.signal?.aborted) onAbort();
      const ctx = moduleContext(s, file, rc.onEvent, { policy, history: rc.history }, guard);
      Promise.resolve().then(() => call(ctx)).then(
        () => {
          if (stopped) return;
          clearInterval(timer);
          rc.signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        (err: unknown) => {
          if (stopped) return;
          clearInterval(timer);
          rc.signal?.removeEventListener('abort', onAbort);
          reject(err);
        },
      );
    });
  } finally {
    if (idleMs > 0 && !at.transactional) await s.exec('reset idle_in_transaction_session_timeout').catch(() => undefined);
  }
}
