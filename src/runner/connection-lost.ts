/**
 * A session lost in the middle of a run: pg_terminate_backend (an admin, a pooler, a failover script), a server
 * restart or crash, a network cut. Nothing more can run on that session, and its session-level run lock is gone
 * with it. What the lost statement did is settled by the server, not by us: an open transaction is rolled back
 * when its backend ends (https://www.postgresql.org/docs/current/tutorial-transactions.html), and a statement outside
 * a transaction either finished or did not. The error says which of these the migration is in and how `up` resumes.
 */
import { LockstepError } from '../core/errors.js';
import { DbError, isConnectionLost } from '../db/index.js';

/** Where the interrupted migration stands; `unknown` only when COMMIT itself was in flight. */
export type LostState = 'not-started' | 'rolled-back' | 'partial' | 'unknown';

export interface LostAt {
  /** What was running, e.g. "migration 003 (statement 2 of 5)". */
  readonly what: string;
  readonly state: LostState;
  /** The state in words, with what is applied and recorded. */
  readonly said: string;
  /** How the next run resolves it. */
  readonly resume: string;
  readonly partial?: { readonly done: number; readonly total: number } | undefined;
}

function serverMessage(err: unknown): string {
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DbError) return e.message.replace(/^connection lost: /, '');
  }
  return err instanceof Error ? err.message : String(err);
}

export function isConnectionLostError(err: unknown): err is LockstepError {
  return err instanceof LockstepError && err.code === 'LOCKSTEP_E_CONNECTION_LOST';
}

/** `err` as LOCKSTEP_E_CONNECTION_LOST when it means the session is gone (an error that already is one passes through). */
export function asConnectionLost(err: unknown, at: LostAt): LockstepError | undefined {
  if (isConnectionLostError(err)) return err;
  if (!isConnectionLost(err)) return undefined;
  const location = err instanceof LockstepError ? err.location : undefined;
  return new LockstepError('LOCKSTEP_E_CONNECTION_LOST', `lost the connection to the database during ${at.what} (${serverMessage(err)}). ${at.said}`, {
    hint: `${at.resume} The run lock went with the session, so nothing stays locked.`,
    ...(location ? { location } : {}),
    details: { state: at.state, ...(at.partial ? { partial: at.partial } : {}) },
    cause: err,
  });
}

/** Where a migration stands whose transaction was open when the session was lost: the server rolled it back. */
export function lostInTransaction(what: string): LostAt {
  return { what, state: 'rolled-back', said: 'The server rolled back its transaction: nothing of it was applied.', resume: 'Run `lockstep up` when the database is reachable again to apply it.' };
}

/** Rethrows `err`, as LOCKSTEP_E_CONNECTION_LOST when the session is gone. */
export function rethrowLost(err: unknown, at: LostAt): never {
  throw asConnectionLost(err, at) ?? err;
}
