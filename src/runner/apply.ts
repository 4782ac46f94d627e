import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile, Section } from '../core/types.js';
import { inTransaction } from '../db/index.js';
import type { RowWrite } from '../history/index.js';
import { ownBlockAt, runsWithItsProgress, type OwnBlock } from '../execution/index.js';
import { relationsOf, type ParsedStatement } from '../sql/index.js';
import { canBatch, runBatch } from './batch.js';
import { withIndexProgress } from './index-progress.js';
import { isLockTimeout, withLockRetries } from './lock-retry.js';
import type { Prepared, PreparedSql } from './prepare.js';
import { attemptPolicy, policyFor, setLockTimeout, setTimeouts, timeoutSql, type RunContext } from './run-context.js';
import { runModuleGuarded } from './module-guard.js';
import { statementFailure } from './statement-error.js';
import { startsShort } from '../execution/index.js';
import { prepareConcurrentBuild } from './invalid-index.js';
import { runBackfillStep } from './backfill/runner-step.js';
import { recordApplied, storedSql } from './applied-row.js';
import { interruptible, isInterruption, throwIfInterrupted } from './interrupt.js';
import { asConnectionLost, lostInTransaction, rethrowLost, type LostAt } from './connection-lost.js';
import { AS_SESSION_USER, asSessionUser, mayChangeItsUser } from './session-settings.js';

export interface ApplyOutcome {
  readonly durationMs: number;
  readonly retries: number;
}

export function relationsOfPrepared(p: Prepared): string[] {
  return p.kind === 'sql' ? [...new Set(p.statements.flatMap(relationsOf))] : [];
}

/**
 * How the transaction a migration's body runs in is opened. `begin: 'with-body'`: a migration in its own transaction,
 * whose BEGIN and timeouts applyBody sends (in the statements' message when they go as one). `begin: 'by-caller'`: the
 * caller's transaction is already open (all migrations in one); applyBody sets this migration's timeouts in it.
 */
export interface TransactionOpening {
  readonly begin: 'with-body' | 'by-caller';
  /** This attempt's lock_timeout (withLockRetries gives each attempt its own); the file's own is the cap. */
  readonly lockTimeoutMs: number;
}

/**
 * The statements and the history row of one migration, without COMMIT: the caller owns the transaction, so a
 * migration and its history row always commit (or roll back) together.
 */
export async function applyBody(rc: RunContext, file: MigrationFile, up: Prepared, down: Section | undefined, startedAt: number, opened: TransactionOpening): Promise<void> {
  await runBody(rc, file, up, opened);
  await recordApplied(rc, file, up, down, startedAt);
}

/** The statements of one migration, inside the transaction `opened` describes (its BEGIN in one message with them, when they go as one). */
async function runBody(rc: RunContext, file: MigrationFile, up: Prepared, opened: TransactionOpening): Promise<void> {
  const s = rc.session;
  const rolledBack = 'The migration was rolled back; nothing of it was applied.';
  const timeouts = timeoutSql(attemptPolicy(policyFor(file, rc.policy), opened.lockTimeoutMs), true);
  // BEGIN and the timeouts to send: a batch carries them, one round trip for both.
  const opening = opened.begin === 'with-body' ? `begin; ${timeouts};` : undefined;
  const batched = up.kind === 'sql' && up.statements.length > 0 && canBatch(rc, up.statements, policyFor(file, rc.policy).statementTimeoutMs)
    && (opening !== undefined || up.statements.length > 1);
  if (opening === undefined) await s.exec(timeouts);
  else if (!batched) await s.exec(opening);
  if (up.kind === 'sql' && batched) {
    await runBatch(rc, file, up, rolledBack, opening);
  } else if (up.kind === 'sql') {
    for (const [i, stmt] of up.statements.entries()) {
      rc.onEvent({ type: 'statement', version: file.id, index: i, total: up.statements.length, sql: stmt.sql });
      try {
        await interruptible(s, rc.signal, `migration ${file.id} (statement ${i + 1} of ${up.statements.length})`, `${rolledBack} Run \`lockstep up\` again to apply it.`, () => withIndexProgress(rc, file.id, stmt, () => s.exec(stmt.sql)));
      } catch (err) {
        if (isLockTimeout(err)) throw err; // retried whole by the caller
        throw statementFailure(err, file.id, up.section, stmt, rolledBack);
      }
    }
  } else if (up.kind === 'module') {
    const hint = `${rolledBack} Run \`lockstep up\` again to apply it.`;
    await interruptible(s, rc.signal, `migration ${file.id}`, hint,
      () => runModuleGuarded(rc, file, { what: `migration ${file.id}`, transactional: true, stoppedHint: hint }, (ctx) => up.module.up(ctx)));
  }
}

/** Applies one transactional migration in its own transaction, retried whole on lock timeouts. */
export async function applyTransactional(rc: RunContext, file: MigrationFile, up: Prepared, down: Section | undefined): Promise<ApplyOutcome> {
  const started = performance.now();
  let committing = false;
  try {
    const { retries } = await withLockRetries(retryScope(rc, file, () => relationsOfPrepared(up)), async (lockTimeoutMs) => {
      throwIfInterrupted(rc.signal, `migration ${file.id}`, 'It had not started; nothing of it was applied. Run `lockstep up` again to apply it.');
      try {
        await runBody(rc, file, up, { begin: 'with-body', lockTimeoutMs });
        committing = true;
        await recordApplied(rc, file, up, down, started, 'commit');
      } catch (err) {
        await rc.session.exec('rollback').catch(() => undefined);
        throw err;
      }
    });
    return { durationMs: Math.round(performance.now() - started), retries };
  } catch (err) {
    // The history row is part of the transaction, so even a COMMIT cut off mid-flight leaves one truth the next up reads.
    return rethrowLost(err, committing
      ? { what: `migration ${file.id} (its COMMIT)`, state: 'unknown', said: `The migration and its history row either committed together or rolled back together; \`lockstep status\` shows which.`, resume: 'Run `lockstep up` when the database is reachable again: it applies the migration only if it did not commit.' }
      : lostInTransaction(`migration ${file.id}`));
  }
}

/** `relations` may be given as a function: it is then walked only when a lock times out (never, on most runs). */
export function retryScope(rc: RunContext, file: MigrationFile, relations: readonly string[] | (() => readonly string[])) {
  let named = typeof relations === 'function' ? undefined : relations;
  return {
    session: rc.session,
    policy: policyFor(file, rc.policy),
    onEvent: rc.onEvent,
    version: file.id,
    get relations(): readonly string[] {
      named ??= (relations as () => readonly string[])();
      return named;
    },
    signal: rc.signal,
    onRetry: (attempt: number, delayMs: number, blockers: readonly unknown[]) =>
      rc.history.event(rc.session, { kind: 'retry', version: file.id, name: file.name, details: { attempt, delayMs, blockers } }),
  };
}

/**
 * Applies a migration that cannot run in a transaction block: statement by statement, recording
 * progress after each one so that a failure leaves a visible `partial` state and `up` resumes at the
 * failed statement.
 */
export async function applyStepwise(rc: RunContext, file: MigrationFile, up: Prepared, down: Section | undefined, resumeFrom: number): Promise<ApplyOutcome> {
  const started = performance.now();
  const s = rc.session;
  const total = up.kind === 'sql' ? up.statements.length : 1;
  throwIfInterrupted(rc.signal, `migration ${file.id}`, resumeFrom > 0
    ? `It was not resumed; statements 1..${resumeFrom} stay applied. Run \`lockstep up\` to resume at statement ${resumeFrom + 1}.`
    : 'It had not started; nothing of it was applied. Run `lockstep up` again to apply it.');
  const startRow: RowWrite = {
    version: file.id, name: file.name, layout: file.layout, checksum: file.checksum, status: 'partial',
    executionMs: null, batch: rc.batch, upSql: storedSql(up), downSql: storedSql(down),
    statementsDone: resumeFrom, statementsTotal: total, lastError: null,
  };
  // A file whose first block starts at its first statement, in the transaction its tool would open: its row is written
  // in that transaction, so a failure there leaves no trace of the migration, as under its tool (nothing of it applied).
  const startsInBlock = up.kind === 'sql' && resumeFrom === 0 && ownBlockAt(up.execution, up.statements, 0)?.opensItself === false;
  if (!startsInBlock) await rc.history.write(s, startRow);
  if (resumeFrom > 0) await rc.history.event(s, { kind: 'resume', version: file.id, name: file.name, details: { fromStatement: resumeFrom + 1, total } });
  const policy = policyFor(file, rc.policy);
  await setTimeouts(s, policy, false);
  // After a SET ROLE of the migration, its progress is still written as the session's own user (runner/applied-row.ts).
  const own = mayChangeItsUser(up);
  let retries = 0;
  try {
    for (let k = resumeFrom; k < total; k++) {
      const block = up.kind === 'sql' ? ownBlockAt(up.execution, up.statements, k) : undefined;
      if (up.kind === 'sql' && block) {
        retries += await runBlock(rc, file, up, block, total, own, startsInBlock && k === 0 ? startRow : undefined);
        k = block.to;
      } else {
        retries += await runStep(rc, file, up, k, total, own);
      }
    }
  } finally {
    await s.exec('reset lock_timeout; reset statement_timeout').catch(() => undefined);
  }
  const durationMs = Math.round(performance.now() - started);
  await inTransaction(s, async () => {
  if (own) await s.exec(AS_SESSION_USER);
  await rc.history.write(s, {
    version: file.id, name: file.name, layout: file.layout, checksum: file.checksum, status: 'applied',
    executionMs: durationMs, batch: rc.batch, upSql: storedSql(up), downSql: storedSql(down),
    statementsDone: total, statementsTotal: total, lastError: null,
  });
  await rc.history.event(s, { kind: 'apply', version: file.id, name: file.name, durationMs, details: { transactional: false, retries } });
  });
  return { durationMs, retries };
}

/**
 * Runs one of the file's own transaction blocks (BEGIN … COMMIT) as written: all of it or nothing. Progress is
 * recorded after its COMMIT; a failure (or a lock timeout, retried from its BEGIN) rolls the block back, leaving the
 * migration partial at the block's first statement. `row`: the migration's first history row, written inside a first
 * block that Lockstep opens in its tool's place, so that a failure there leaves the migration as it was (not partial).
 */
async function runBlock(rc: RunContext, file: MigrationFile, up: PreparedSql, block: OwnBlock, total: number, own: boolean, row?: RowWrite): Promise<number> {
  const s = rc.session;
  const { from, to, opensItself, closesItself } = block;
  const units = up.statements.slice(from, to + 1);
  const before = appliedBefore(from);
  const resume = row
    ? `The transaction its tool would run it in (statements 1..${to + 1} of ${total}) was rolled back with its history row; nothing of it was applied. Fix the cause, then run \`lockstep up\` again to apply it.`
    : `The file's own transaction (statements ${from + 1}..${to + 1} of ${total}) was rolled back; ${before}. Fix the cause, then run \`lockstep up\` to resume at statement ${from + 1}.`;
  let current = units[0] as ParsedStatement;
  // A first block that its tool opens (an enclosed file's, or one with statements before its BEGIN), and an enclosed
  // file's last block, which its tool commits: so here.
  try {
    const { retries } = await withLockRetries(retryScope(rc, file, [...new Set(units.flatMap(relationsOf))]), (lockTimeoutMs) =>
      interruptible(s, rc.signal, `migration ${file.id} (statements ${from + 1}..${to + 1} of ${total})`, resume, async () => {
        try {
          await setLockTimeout(s, lockTimeoutMs);
          if (!opensItself) await s.exec('begin');
          if (row) await rc.history.write(s, row);
          for (const [i, stmt] of units.entries()) {
            current = stmt;
            rc.onEvent({ type: 'statement', version: file.id, index: from + i, total, sql: stmt.sql });
            await withIndexProgress(rc, file.id, stmt, () => s.exec(stmt.sql));
          }
          if (!closesItself) await s.exec('commit');
        } catch (err) {
          await s.exec('rollback').catch(() => undefined);
          throw err;
        }
      }));
    await asSessionUser(s, own, () => rc.history.progress(s, file.id, to + 1, null));
    return retries;
  } catch (err) {
    const what = `migration ${file.id} (${row ? 'the transaction its tool would run it in' : 'its own transaction'}, statements ${from + 1}..${to + 1} of ${total})`;
    const lost = asConnectionLost(err, row ? lostInTransaction(what) : { what, state: 'partial', partial: { done: from, total },
      said: `The server rolled that transaction back; ${before}.`, resume: `Run \`lockstep up\` when the database is reachable again: it resumes at statement ${from + 1}.` });
    if (lost) throw lost;
    // A COMMIT inside one of the block's statements (one query holding several) commits what came before it, and
    // the history row written in the block with it: then nothing was rolled back, and the row says partial.
    const committed = row !== undefined && (await committedItsRow(rc, file.id));
    const said = committed ? committedBeforeFailing(from, to, total) : resume;
    const failure = statementFailure(err, file.id, up.section, current, said);
    if (!row || committed) await asSessionUser(s, own, () => rc.history.progress(s, file.id, from, failure.message)).catch(() => undefined);
    throw new LockstepError(failure.code, failure.message, { hint: isInterruption(failure) ? failure.hint : said, location: failure.location, details: row && !committed ? failure.details : { ...failure.details, partial: { done: from, total } }, cause: err });
  }
}

/** Whether the migration's history row, written inside its first block, is there after the block failed (committed). */
async function committedItsRow(rc: RunContext, id: string): Promise<boolean> {
  try {
    return (await rc.history.rows(rc.session)).some((r) => r.version === id);
  } catch {
    return false;
  }
}

/** The hint when a COMMIT in the block's SQL committed part of it, with its history row, before a later part failed. */
function committedBeforeFailing(from: number, to: number, total: number): string {
  const which = from === to ? `statement ${from + 1}` : `statements ${from + 1}..${to + 1}`;
  return `Not rolled back: a COMMIT inside ${which} of ${total} committed what ran before it, with the migration's history row, and a later part failed. `
    + `The migration is left partial at statement ${from + 1} (\`lockstep status\` shows it): check what of it is in the database, `
    + `fix the file so that statement ${from + 1} does only what is left (or can run again), then run \`lockstep up\`: it resumes there.`;
}

/** What of a migration is done when statement `k` + 1 (0-based `k`) stops it: the statements before it. */
function appliedBefore(k: number): string {
  return k === 0 ? 'nothing before it was applied' : k === 1 ? 'statement 1 is applied and recorded' : `statements 1..${k} are applied and recorded`;
}

/** Where a no-transaction migration stands when its session is lost at unit k. */
function lostAtStep(file: MigrationFile, up: Prepared, k: number, total: number, concurrentIndex: string | undefined): LostAt {
  const recorded = appliedBefore(k);
  const common = { what: `migration ${file.id} (statement ${k + 1} of ${total})`, state: 'partial' as const, partial: { done: k, total } };
  if (up.kind === 'backfill') {
    return { ...common, said: 'It runs outside a transaction: its finished batches are committed and recorded.', resume: 'Run `lockstep up` when the database is reachable again: the backfill resumes after its last finished batch.' };
  }
  if (up.kind === 'module') {
    return { ...common, said: 'up(ctx) runs outside a transaction: what it did before the connection was lost stays done.', resume: 'Make sure up(ctx) is safe to run again, then run `lockstep up` when the database is reachable again.' };
  }
  const index = concurrentIndex
    ? ` If the server finished building index ${concurrentIndex}, that run records it as done; a build it stopped leaves the index INVALID and that run drops and rebuilds it.`
    : '';
  const stmt = up.kind === 'sql' ? up.statements[k] : undefined;
  const running = stmt && runsWithItsProgress(stmt)
    ? `statement ${k + 1} runs in one transaction with its progress record, so it committed with it or was rolled back with it`
    : `statement ${k + 1} was running or had just finished, and is not recorded`;
  return { ...common, said: `It runs without a transaction: ${recorded}; ${running}.`, resume: `Run \`lockstep up\` when the database is reachable again: it resumes at the first statement not recorded (${k + 1} or later).${index}` };
}

/** "file:line" of a module migration's failure, as the loader located it; else the file. */
function moduleAt(err: unknown, path: string): string {
  const loc = err instanceof LockstepError ? err.location : undefined;
  return loc?.file ? `${loc.file}${loc.line !== undefined ? `:${loc.line}` : ''}` : path;
}

async function runStep(rc: RunContext, file: MigrationFile, up: Prepared, k: number, total: number, own: boolean): Promise<number> {
  const s = rc.session;
  const stmt: ParsedStatement | undefined = up.kind === 'sql' ? up.statements[k] : undefined;
  if (stmt) rc.onEvent({ type: 'statement', version: file.id, index: k, total, sql: stmt.sql });
  const what = `migration ${file.id} (statement ${k + 1} of ${total})`;
  const concurrentIndex = stmt?.kind === 'IndexStmt' && (stmt.node as { IndexStmt?: { concurrent?: boolean; idxname?: string } }).IndexStmt?.concurrent === true
    ? (stmt.node as { IndexStmt: { idxname?: string } }).IndexStmt.idxname
    : undefined;
  // A cancelled concurrent build leaves its index behind, INVALID (still updated by writes, never used by reads).
  const leftover = concurrentIndex ? ` The cancelled build may leave index ${concurrentIndex} INVALID; that \`lockstep up\` drops and rebuilds it first.` : '';
  const stopped = `Statement ${k + 1} of ${total} was cancelled; ${appliedBefore(k)}. Run \`lockstep up\` to resume at statement ${k + 1}.${leftover}`;
  try {
    let recorded = false;
    const scope = { ...retryScope(rc, file, stmt ? relationsOf(stmt) : []), adaptive: startsShort(stmt) };
    const { retries } = await withLockRetries(scope, (lockTimeoutMs) => interruptible(s, rc.signal, what, stopped, async () => {
      await setLockTimeout(s, lockTimeoutMs);
      if (stmt && runsWithItsProgress(stmt)) {
        await inTransaction(s, async () => {
          await withIndexProgress(rc, file.id, stmt, () => s.exec(stmt.sql));
          if (own) await s.exec(AS_SESSION_USER);
          await rc.history.progress(s, file.id, k + 1, null);
        });
        recorded = true;
      } else if (stmt) {
        // A build the server finished after an earlier run's client had gone is done; an INVALID one is rebuilt.
        if ((await prepareConcurrentBuild(s, stmt, rc.onEvent)) === 'run') await withIndexProgress(rc, file.id, stmt, () => s.exec(stmt.sql));
      } else if (up.kind === 'module') {
        await runModuleGuarded(rc, file, { what, transactional: false, stoppedHint: stopped }, (ctx) => up.module.up(ctx));
      } else if (up.kind === 'backfill') {
        await runBackfillStep(rc, file, up.spec);
      }
    }));
    if (!recorded) await asSessionUser(s, own, () => rc.history.progress(s, file.id, k + 1, null));
    return retries;
  } catch (err) {
    const lost = asConnectionLost(err, lostAtStep(file, up, k, total, concurrentIndex));
    if (lost) throw lost;
    const resumeHint = up.kind === 'backfill'
      ? `The backfill stopped; its finished batches are committed and recorded in ${rc.history.schema}.backfills. Fix the cause, then run \`lockstep up\` to resume after the last finished batch.`
      : up.kind === 'module'
        ? `Fix up(ctx) (${moduleAt(err, up.section.path)}). It runs outside a transaction, so what it did before the error stays done: make it safe to run again, then run \`lockstep up\`.`
        : `Statement ${k + 1} of ${total} failed; ${appliedBefore(k)}. Fix the cause, then run \`lockstep up\` to resume at statement ${k + 1}.`;
    const failure = stmt && up.kind === 'sql'
      ? statementFailure(err, file.id, (up as PreparedSql).section, stmt, resumeHint)
      : err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${file.id} failed: ${(err as Error).message}`, { hint: resumeHint, cause: err });
    await asSessionUser(s, own, () => rc.history.progress(s, file.id, k, failure.message)).catch(() => undefined);
    const hint = isInterruption(failure) && up.kind !== 'backfill' ? (failure.hint.includes(leftover) ? failure.hint : `${failure.hint}${leftover}`) : resumeHint;
    const location = failure.location ?? (stmt && up.kind === 'sql' ? { file: up.section.path, line: stmt.line, column: stmt.column } : undefined);
    throw new LockstepError(failure.code, failure.message, { hint, ...(location ? { location } : {}), details: { ...failure.details, partial: { done: k, total } }, cause: err });
  }
}
