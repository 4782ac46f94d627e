/**
 * A transactional migration's statements sent to the server in one round trip (one simple-query message), as psql
 * sends a file, instead of one round trip per statement. The caller owns the transaction. A failure is attributed to
 * its statement by running the statements again one by one from a savepoint taken before the batch: the server's
 * error then names the statement, its line and column, exactly as when each statement is sent alone.
 */
import type { MigrationFile } from '../core/types.js';
import type { ParsedStatement } from '../sql/index.js';
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
 * Runs every statement of `up` in one round trip inside the caller's transaction, after `opening` (the caller's BEGIN
 * and timeouts, sent in the same message); throws the failing statement's error.
 */
export async function runBatch(rc: RunContext, file: MigrationFile, up: PreparedSql, rolledBack: string, opening = ''): Promise<void> {
  const s = rc.session;
  const total = up.statements.length;
  for (const [i, stmt] of up.statements.entries()) rc.onEvent({ type: 'statement', version: file.id, index: i, total, sql: stmt.sql });
  const resume = `${rolledBack} Run \`lockstep up\` again to apply it.`;
  // The one index build among the statements, if any, is watched while the batch runs (runner/index-progress.ts).
  const building = up.statements.find((stmt) => indexBuilt(stmt) !== undefined);
  const send = (): Promise<void> => s.exec(`${opening}savepoint ${SAVEPOINT};\n${batchScript(up.statements)}`);
  try {
    await interruptible(s, rc.signal, total === 1 ? `migration ${file.id} (statement 1 of 1)` : `migration ${file.id} (statements 1..${total} of ${total}, sent together)`, resume, () => (building ? withIndexProgress(rc, file.id, building, send) : send()));
    return;
  } catch (err) {
    if (isLockTimeout(err) || isInterruption(err)) throw err; // retried whole, or stopped, by the caller
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
