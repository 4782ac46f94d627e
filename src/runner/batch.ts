/**
 * A transactional migration's statements sent to the server in one round trip (one simple-query message), as psql
 * sends a file, instead of one round trip per statement. The caller owns the transaction. A failure is attributed to
 * its statement by running the statements again one by one from a savepoint taken before the batch: the server's
 * error then names the statement, its line and column, exactly as when each statement is sent alone.
 */
import type { MigrationFile } from '../core/types.js';
import { isConnectionLost } from '../db/index.js';
import type { ParsedStatement } from '../sql/index.js';
import { asConnectionLost, lostInTransaction } from './connection-lost.js';
import { indexBuilt, withIndexProgress } from './index-progress.js';
import { isLockTimeout } from './lock-retry.js';
import { interruptible, isInterruption } from './interrupt.js';
import type { PreparedSql } from './prepare.js';
import type { RunContext } from './run-context.js';
import { statementFailure } from './statement-error.js';

const SAVEPOINT = 'lockstep_batch';

/**
 * Whether the statements may go as one message (with the caller's BEGIN, even a single one). Not when two or more
 * build an index whose progress a second session would watch: the server does not say which of them is building (a
 * plain CREATE INDEX reports no index_relid), and each build's progress is named by its statement; one is watched
 * through the batch. And not under a statement_timeout: before PostgreSQL 13 the timeout covers the whole message
 * rather than each statement in it.
 */
export function canBatch(rc: RunContext, statements: readonly ParsedStatement[], statementTimeoutMs: number): boolean {
  if (!rc.batchStatements || statementTimeoutMs > 0) return false;
  return rc.openSideSession === undefined || statements.filter((s) => indexBuilt(s) !== undefined).length <= 1;
}

/**
 * The statements joined into one script. Each ends on its own line before the `;`, so a trailing `--` comment cannot
 * swallow the separator.
 */
export function batchScript(statements: readonly ParsedStatement[]): string {
  return statements.map((s) => `${s.sql}\n;`).join('\n');
}

/**
 * At most about this many characters of statements go in one message. A 50 MB data migration sent whole was a 50 MB
 * script string and a 50 MB buffer at once; in messages of 1 Mi it costs a few more round trips (one per Mi) instead.
 */
const MESSAGE_CHARS = 1 << 20;

/** The statements in messages of at most MESSAGE_CHARS characters (a longer statement alone in its own). */
export function batchMessages(statements: readonly ParsedStatement[]): ParsedStatement[][] {
  const out: ParsedStatement[][] = [];
  let chars = Infinity;
  for (const stmt of statements) {
    if (chars + stmt.sql.length > MESSAGE_CHARS) {
      out.push([]);
      chars = 0;
    }
    out[out.length - 1]?.push(stmt);
    chars += stmt.sql.length;
  }
  return out;
}

/** "statement 1 of 1", "statements 1..3 of 3, sent together". */
function describeSent(file: MigrationFile, from: number, count: number, total: number): string {
  return count === 1 ? `migration ${file.id} (statement ${from + 1} of ${total})` : `migration ${file.id} (statements ${from + 1}..${from + count} of ${total}, sent together)`;
}

/**
 * Runs every statement of `up` inside the caller's transaction, in one round trip (in one per Mi of SQL for a long
 * migration), after `opening` (the caller's BEGIN and timeouts, sent in the first message); throws the failing
 * statement's error.
 */
export async function runBatch(rc: RunContext, file: MigrationFile, up: PreparedSql, rolledBack: string, opening = ''): Promise<void> {
  const s = rc.session;
  const total = up.statements.length;
  const resume = `${rolledBack} Run \`lockstep up\` again to apply it.`;
  let prefix = `${opening}savepoint ${SAVEPOINT};\n`;
  let done = 0;
  let what = describeSent(file, 0, total, total);
  try {
    for (const message of batchMessages(up.statements)) {
      for (const [i, stmt] of message.entries()) rc.onEvent({ type: 'statement', version: file.id, index: done + i, total, sql: stmt.sql });
      what = describeSent(file, done, message.length, total);
      const script = `${prefix}${batchScript(message)}`;
      // The one index build among the statements, if any, is watched while its message runs (runner/index-progress.ts).
      const building = message.find((stmt) => indexBuilt(stmt) !== undefined);
      const send = (): Promise<void> => s.exec(script);
      await interruptible(s, rc.signal, what, resume, () => (building ? withIndexProgress(rc, file.id, building, send) : send()));
      prefix = '';
      done += message.length;
    }
    return;
  } catch (err) {
    if (isLockTimeout(err) || isInterruption(err)) throw err; // retried whole, or stopped, by the caller
    // A lost session can neither roll back to the savepoint nor replay: the server has rolled the whole transaction
    // back already, and the error to report is this one, not the next call's on the dead session.
    if (isConnectionLost(err)) throw asConnectionLost(err, lostInTransaction(what));
  }
  // Which statement failed: the same statements, one at a time, from the savepoint.
  await s.exec(`rollback to savepoint ${SAVEPOINT}`);
  for (const [i, stmt] of up.statements.entries()) {
    try {
      await interruptible(s, rc.signal, `migration ${file.id} (statement ${i + 1} of ${total})`, resume, () => withIndexProgress(rc, file.id, stmt, () => s.exec(stmt.sql)));
    } catch (err) {
      if (isLockTimeout(err)) throw err;
      throw statementFailure(err, file.id, up.section, stmt, rolledBack);
    }
  }
  // The second run went through (the first failure was transient, a deadlock say): the migration is applied.
}
