import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { relationsOf } from '../sql/index.js';
import { leavesItsToolsTransactionOpen, ownBlockAt, startsShort } from '../execution/index.js';
import { inTransaction } from '../db/index.js';
import { isLockTimeout, withLockRetries } from './lock-retry.js';
import type { Prepared } from './prepare.js';
import { runModuleGuarded } from './module-guard.js';
import { attemptPolicy, moduleContext, policyFor, setLockTimeout, setTimeouts, type RunContext } from './run-context.js';
import { retryScope, type ApplyOutcome } from './apply.js';
import { statementFailure } from './statement-error.js';
import { interruptible, isInterruption, throwIfInterrupted } from './interrupt.js';
import { AS_SESSION_USER, mayChangeItsUser } from './session-settings.js';

const UNDONE = 'The rollback was undone; the migration is still applied.';

/**
 * Rolls one migration back with its down section. A transactional down runs with its history update in
 * one transaction, retried whole on lock timeouts. A non-transactional down runs statement by statement;
 * if one fails, the statements before it stay done and the error says so.
 */
export async function rollbackMigration(rc: RunContext, file: MigrationFile, down: Prepared): Promise<ApplyOutcome> {
  const started = performance.now();
  const relations = down.kind === 'sql' ? [...new Set(down.statements.flatMap(relationsOf))] : [];
  const scope = retryScope(rc, file, relations);
  const s = rc.session;
  const finish = async (): Promise<void> => {
    await rc.history.markRolledBack(s, file.id);
    await rc.history.event(s, { kind: 'rollback', version: file.id, name: file.name, durationMs: Math.round(performance.now() - started) });
  };
  if (down.transactional) {
    const { retries } = await withLockRetries(scope, async (lockTimeoutMs) => {
      throwIfInterrupted(rc.signal, `rollback of ${file.id}`, 'It had not started; the migration is still applied.');
      await s.exec('begin');
      try {
        await setTimeouts(s, attemptPolicy(policyFor(file, rc.policy), lockTimeoutMs), true);
        await runDown(rc, file, down, UNDONE);
        // As for an up's row (runner/applied-row.ts): written as the session's own user after a SET ROLE of the down.
        if (mayChangeItsUser(down)) await s.exec(AS_SESSION_USER);
        await finish();
        await s.exec('commit');
      } catch (err) {
        await s.exec('rollback').catch(() => undefined);
        throw err;
      }
    });
    return { durationMs: Math.round(performance.now() - started), retries };
  }
  throwIfInterrupted(rc.signal, `rollback of ${file.id}`, 'It had not started; the migration is still applied.');
  await setTimeouts(s, policyFor(file, rc.policy), false);
  let retries = 0;
  try {
    if (down.kind === 'module') {
      retries += (await withLockRetries(scope, async (lockTimeoutMs) => {
        await setLockTimeout(s, lockTimeoutMs);
        await runDown(rc, file, down, 'The migration is still recorded as applied; its down() is not transactional and may have done part of its work.');
      })).retries;
    } else {
      // A down whose first block its tool opens (an enclosed down, whose first transaction statement COMMITs its tool's
      // transaction, or one with statements before its first BEGIN) runs in that one too: a failure in it undoes them.
      const first = down.kind === 'sql' ? ownBlockAt(down.execution, down.statements, 0) : undefined;
      const opened = first?.opensItself === false;
      if (opened) await s.exec('begin');
      for (const [k, stmt] of down.statements.entries()) {
        rc.onEvent({ type: 'statement', version: file.id, index: k, total: down.statements.length, sql: stmt.sql });
        const ran = opened && first && k <= first.to
          ? `the transaction its tool would run the down section in (statements 1..${first.to + 1}) was rolled back, so none of it ran. The migration is still recorded as applied.`
          : `statements 1..${k} of the down section ran (it is not transactional). The migration is still recorded as applied.`;
        try {
          retries += (await withLockRetries({ ...scope, relations: relationsOf(stmt), adaptive: startsShort(stmt) },
            (lockTimeoutMs) => interruptible(s, rc.signal, `rollback of ${file.id} (down statement ${k + 1} of ${down.statements.length})`, `It was cancelled; ${ran}`, async () => {
              await setLockTimeout(s, lockTimeoutMs);
              await s.exec(stmt.sql);
            }))).retries;
        } catch (err) {
          if (opened && first && k <= first.to) await s.exec('rollback').catch(() => undefined);
          if (isInterruption(err)) throw err;
          throw statementFailure(err, file.id, down.section, stmt, `Down statement ${k + 1} of ${down.statements.length} failed; ${ran}`);
        }
      }
      if (opened && down.kind === 'sql' && leavesItsToolsTransactionOpen(down.execution, down.statements)) await s.exec('commit');
    }
  } finally {
    await s.exec('reset lock_timeout; reset statement_timeout').catch(() => undefined);
  }
  await inTransaction(s, async () => {
    if (mayChangeItsUser(down)) await s.exec(AS_SESSION_USER);
    await finish();
  });
  return { durationMs: Math.round(performance.now() - started), retries };
}

async function runDown(rc: RunContext, file: MigrationFile, down: Prepared, onFail: string): Promise<void> {
  if (down.kind === 'module') {
    const fn = down.module.down;
    if (!fn) {
      throw new LockstepError('LOCKSTEP_E_IRREVERSIBLE', `migration ${file.id} exports no down()`, {
        hint: 'Add a down(ctx) export, or mark it irreversible with // lockstep:irreversible.',
      });
    }
    await interruptible(rc.session, rc.signal, `rollback of ${file.id}`, onFail,
      () => runModuleGuarded(rc, file, { what: `rollback of ${file.id}`, transactional: down.transactional, stoppedHint: onFail }, (ctx) => fn(ctx)));
    return;
  }
  for (const [k, stmt] of down.statements.entries()) {
    rc.onEvent({ type: 'statement', version: file.id, index: k, total: down.statements.length, sql: stmt.sql });
    try {
      await interruptible(rc.session, rc.signal, `rollback of ${file.id} (down statement ${k + 1} of ${down.statements.length})`, onFail, () => rc.session.exec(stmt.sql));
    } catch (err) {
      if (isLockTimeout(err)) throw err; // retried whole by the caller
      throw statementFailure(err, file.id, down.section, stmt, onFail);
    }
  }
}
