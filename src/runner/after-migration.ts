/**
 * What `up` and `down` send between two migrations of a run, and only after one that needs it: the session restore
 * (runner/session-settings.ts) after a migration that may have changed its session, and the run lock's check
 * (runner/run-lock.ts `keepRunLockSql`) after one that may have released advisory locks, in one message. An
 * ordinary migration (a CREATE TABLE, an ALTER, an INSERT) needs neither and is followed by nothing.
 */
import { DbError } from '../db/index.js';
import type { Prepared } from './prepare.js';
import type { RunContext } from './run-context.js';
import { keepRunLockSql, RUN_LOCK_LOST, runLockLost } from './run-lock.js';
import { mayLeaveSessionChanged, mayLoseRunLock, restoreSql, type SessionBaseline } from './session-settings.js';

export interface Between {
  /** The migration that just ran (its id and what ran), and the next one the run would start, if any. */
  readonly id: string;
  readonly ran: Prepared;
  readonly next?: string | undefined;
}

/**
 * Sends what the migration just run needs before the next one. Throws LOCKSTEP_E_RUN_LOCK_LOST when the migration
 * released the run lock and another session took it: the caller stops before `next` (the migration is already
 * recorded). The lock is checked only when a next migration would run: after the last one nothing is left to guard.
 */
export async function afterMigration(rc: RunContext, baseline: SessionBaseline | undefined, at: Between): Promise<void> {
  const restore = baseline && mayLeaveSessionChanged(at.ran) ? restoreSql(baseline) : undefined;
  const key = at.next !== undefined && rc.runLock && mayLoseRunLock(at.ran) ? rc.runLock : undefined;
  if (restore === undefined && key === undefined) return;
  // The check after the restore, so that it runs as the session's own user.
  try {
    await rc.session.exec(key ? `${restore ?? ''} ${keepRunLockSql(key)}`.trim() : restore ?? '');
  } catch (err) {
    if (!key || !(err instanceof DbError) || err.sqlState !== RUN_LOCK_LOST) throw err;
    // The raise undid the restore with the rest of its message; the run stops, but what it records next runs as itself.
    if (restore) await rc.session.exec(restore).catch(() => undefined);
    throw await runLockLost(rc.session, key, at.id, at.next ?? '');
  }
}
