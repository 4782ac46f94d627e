import { isConnectionLost, type Session } from '../db/index.js';

/**
 * Runs a batch of migrations with synchronous_commit off, then makes the whole batch durable with one
 * synchronous commit before returning (https://www.postgresql.org/docs/current/wal-async-commit.html).
 * Each migration still commits atomically with its history row; only the wait for the WAL flush is
 * shared. A crash of the server mid-batch can lose the last few migrations whole (schema change and
 * history row together, never one without the other), and the run then fails rather than reporting
 * success; once this function returns, every committed migration is on disk.
 */
export async function withGroupCommit<T>(session: Session, fn: () => Promise<T>, failed: (value: T) => boolean = () => false): Promise<T> {
  await session.exec('set synchronous_commit = off');
  // A transaction that writes a commit record, committed synchronously, flushes all WAL before it.
  // RESET (not "= on") puts back whatever the role or database configured, e.g. remote_apply.
  const flush = (): Promise<void> => session.exec('reset synchronous_commit; begin; select txid_current(); commit');
  let value: T;
  try {
    value = await fn();
  } catch (err) {
    await flush().catch(() => undefined); // the failure that ended the batch is the one to report
    throw err;
  }
  try {
    await flush();
  } catch (err) {
    // A run that failed because its session ended (or whose session the server ended after the failure) reports
    // that failure. The WAL writer still flushes what committed within moments; a server crash before that loses
    // those migrations whole with their history rows, so they are pending again, never half-applied.
    if (failed(value) && isConnectionLost(err)) return value;
    throw err;
  }
  return value;
}
