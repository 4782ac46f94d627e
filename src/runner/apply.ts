import { withIndexProgress } from './index-progress.js';
import { performance } from 'node:perf_hooks';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { inTransaction } from '../db/transaction.js';
import { relationsOf, type ParsedStatement } from '../sql/index.js';
import { isLockTimeout, withLockRetries } from './lock-retry.js';
import type { Prepared, PreparedSql } from './prepare.js';
import { moduleContext, policyFor, setTimeouts, timeoutSql, type RunContext } from './run-context.js';
import { statementFailure } from './statement-error.js';
import { dropInvalidIndex } from './invalid-index.js';
import { runBackfillStep } from '../backfill/runner-step.js';
import { describeBackfill } from '../backfill/describe-backfill.js';
import { interruptible, isInterruption, throwIfInterrupted } from './interrupt.js';

export interface ApplyOutcome {
  readonly durationMs: number;
  readonly retries: number;
}

function storedSql(p: Prepared | undefined): string | null {
  if (!p) return null;
  if (p.kind === 'backfill') return describeBackfill(p.spec);
  return p.kind === 'module' ? `-- module ${p.section.path}` : p.section.sql;
}

function relationsOfPrepared(p: Prepared): string[] {
  return p.kind === 'sql' ? [...new Set(p.statements.flatMap(relationsOf))] : [];
}

/**
 * The statements and the history row of one migration, without BEGIN/COMMIT: the caller owns the
 * transaction, so a migration and its history row always commit (or roll back) together.
 */
export async function applyBody(rc: RunContext, file: MigrationFile, up: Prepared, down: Prepared | undefined, startedAt: number, timeoutsSet = false): Promise<void> {
  const s = rc.session;
  const rolledBack = 'The migration was rolled back; nothing of it was applied.';
  if (!timeoutsSet) await setTimeouts(s, policyFor(file, rc.policy), true);
  if (up.kind === 'sql') {
    for (const [i, stmt] of up.statements.entries()) {
      rc.onEvent({ type: 'statement', version: file.version, index: i, total: up.statements.length, sql: stmt.sql });
      try {
        await interruptible(s, rc.signal, `migration ${file.version} (statement ${i + 1} of ${up.statements.length})`, `${rolledBack} Run \`lockstep up\` again to apply it.`, () => withIndexProgress(rc, file.version, stmt, () => s.exec(stmt.sql)));
      } catch (err) {
        if (isLockTimeout(err)) throw err; // retried whole by the caller
        throw statementFailure(err, file.version, up.section, stmt, rolledBack);
      }
    }
  } else if (up.kind === 'module') {
    await interruptible(s, rc.signal, `migration ${file.version}`, `${rolledBack} Run \`lockstep up\` again to apply it.`,
      () => up.module.up(moduleContext(s, file, rc.onEvent, { policy: policyFor(file, rc.policy), history: rc.history })));
  }
  const total = up.kind === 'sql' ? up.statements.length : 1;
  const durationMs = Math.round(performance.now() - startedAt);
  await rc.history.writeWithEvent(s, {
    version: file.version, name: file.name, layout: file.layout, checksum: file.checksum, status: 'applied',
    executionMs: durationMs, batch: rc.batch, upSql: storedSql(up), downSql: storedSql(down),
    statementsDone: total, statementsTotal: total, lastError: null,
  }, { kind: 'apply', version: file.version, name: file.name, durationMs });
}

/** Applies one transactional migration in its own transaction, retried whole on lock timeouts. */
export async function applyTransactional(rc: RunContext, file: MigrationFile, up: Prepared, down: Prepared | undefined): Promise<ApplyOutcome> {
  const started = performance.now();
  const { retries } = await withLockRetries(retryScope(rc, file, relationsOfPrepared(up)), async () => {
    throwIfInterrupted(rc.signal, `migration ${file.version}`, 'It had not started; nothing of it was applied. Run `lockstep up` again to apply it.');
    // BEGIN and the timeouts in one round trip.
    await rc.session.exec(`begin; ${timeoutSql(policyFor(file, rc.policy), true)}`);
    try {
      await applyBody(rc, file, up, down, started, true);
      await rc.session.exec('commit');
    } catch (err) {
      await rc.session.exec('rollback').catch(() => undefined);
      throw err;
    }
  });
  return { durationMs: Math.round(performance.now() - started), retries };
}

export function retryScope(rc: RunContext, file: MigrationFile, relations: readonly string[]) {
  return {
    session: rc.session,
    policy: policyFor(file, rc.policy),
    onEvent: rc.onEvent,
    version: file.version,
    relations,
    signal: rc.signal,
    onRetry: (attempt: number, delayMs: number, blockers: readonly unknown[]) =>
      rc.history.event(rc.session, { kind: 'retry', version: file.version, name: file.name, details: { attempt, delayMs, blockers } }),
  };
}

/**
 * Applies a migration that cannot run in a transaction block: statement by statement, recording
 * progress after each one so that a failure leaves a visible `partial` state and `up` resumes at the
 * failed statement.
 */
export async function applyStepwise(rc: RunContext, file: MigrationFile, up: Prepared, down: Prepared | undefined, resumeFrom: number): Promise<ApplyOutcome> {
  const started = performance.now();
  const s = rc.session;
  const total = up.kind === 'sql' ? up.statements.length : 1;
  throwIfInterrupted(rc.signal, `migration ${file.version}`, resumeFrom > 0
    ? `It was not resumed; statements 1..${resumeFrom} stay applied. Run \`lockstep up\` to resume at statement ${resumeFrom + 1}.`
    : 'It had not started; nothing of it was applied. Run `lockstep up` again to apply it.');
  await rc.history.write(s, {
    version: file.version, name: file.name, layout: file.layout, checksum: file.checksum, status: 'partial',
    executionMs: null, batch: rc.batch, upSql: storedSql(up), downSql: storedSql(down),
    statementsDone: resumeFrom, statementsTotal: total, lastError: null,
  });
  if (resumeFrom > 0) await rc.history.event(s, { kind: 'resume', version: file.version, name: file.name, details: { fromStatement: resumeFrom + 1, total } });
  const policy = policyFor(file, rc.policy);
  await setTimeouts(s, policy, false);
  let retries = 0;
  try {
    for (let k = resumeFrom; k < total; k++) {
      retries += await runStep(rc, file, up, k, total);
    }
  } finally {
    await s.exec('reset lock_timeout; reset statement_timeout').catch(() => undefined);
  }
  const durationMs = Math.round(performance.now() - started);
  await inTransaction(s, async () => {
  await rc.history.write(s, {
    version: file.version, name: file.name, layout: file.layout, checksum: file.checksum, status: 'applied',
    executionMs: durationMs, batch: rc.batch, upSql: storedSql(up), downSql: storedSql(down),
    statementsDone: total, statementsTotal: total, lastError: null,
  });
  await rc.history.event(s, { kind: 'apply', version: file.version, name: file.name, durationMs, details: { transactional: false, retries } });
  });
  return { durationMs, retries };
}

/** "file:line" of a module migration's failure, as the loader located it; else the file. */
function moduleAt(err: unknown, path: string): string {
  const loc = err instanceof LockstepError ? err.location : undefined;
  return loc?.file ? `${loc.file}${loc.line !== undefined ? `:${loc.line}` : ''}` : path;
}

async function runStep(rc: RunContext, file: MigrationFile, up: Prepared, k: number, total: number): Promise<number> {
  const s = rc.session;
  const stmt: ParsedStatement | undefined = up.kind === 'sql' ? up.statements[k] : undefined;
  if (stmt) rc.onEvent({ type: 'statement', version: file.version, index: k, total, sql: stmt.sql });
  const what = `migration ${file.version} (statement ${k + 1} of ${total})`;
  const concurrentIndex = stmt?.kind === 'IndexStmt' && (stmt.node as { IndexStmt?: { concurrent?: boolean; idxname?: string } }).IndexStmt?.concurrent === true
    ? (stmt.node as { IndexStmt: { idxname?: string } }).IndexStmt.idxname
    : undefined;
  // A cancelled concurrent build leaves its index behind, INVALID (still updated by writes, never used by reads).
  const leftover = concurrentIndex ? ` The cancelled build may leave index ${concurrentIndex} INVALID; that \`lockstep up\` drops and rebuilds it first.` : '';
  const stopped = `Statement ${k + 1} of ${total} was cancelled; statements 1..${k} are applied and recorded. Run \`lockstep up\` to resume at statement ${k + 1}.${leftover}`;
  try {
    const { retries } = await withLockRetries(retryScope(rc, file, stmt ? relationsOf(stmt) : []), () => interruptible(s, rc.signal, what, stopped, async () => {
      if (stmt) {
        await dropInvalidIndex(s, stmt, rc.onEvent);
        await withIndexProgress(rc, file.version, stmt, () => s.exec(stmt.sql));
      } else if (up.kind === 'module') {
        await up.module.up(moduleContext(s, file, rc.onEvent, { policy: policyFor(file, rc.policy), history: rc.history }));
      } else if (up.kind === 'backfill') {
        await runBackfillStep(rc, file, up.spec);
      }
    }));
    await rc.history.progress(s, file.version, k + 1, null);
    return retries;
  } catch (err) {
    const resumeHint = up.kind === 'backfill'
      ? `The backfill stopped; its finished batches are committed and recorded in ${rc.history.schema}.backfills. Fix the cause, then run \`lockstep up\` to resume after the last finished batch.`
      : up.kind === 'module'
        ? `Fix up(ctx) (${moduleAt(err, up.section.path)}). It runs outside a transaction, so what it did before the error stays done: make it safe to run again, then run \`lockstep up\`.`
        : `Statement ${k + 1} of ${total} failed; statements 1..${k} are applied and recorded. Fix the cause, then run \`lockstep up\` to resume at statement ${k + 1}.`;
    const failure = stmt && up.kind === 'sql'
      ? statementFailure(err, file.version, (up as PreparedSql).section, stmt, resumeHint)
      : err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${file.version} failed: ${(err as Error).message}`, { hint: resumeHint, cause: err });
    await rc.history.progress(s, file.version, k, failure.message).catch(() => undefined);
    const hint = isInterruption(failure) && up.kind !== 'backfill' ? (failure.hint.includes(leftover) ? failure.hint : `${failure.hint}${leftover}`) : resumeHint;
    throw new LockstepError(failure.code, failure.message, { hint, location: failure.location, details: { ...failure.details, partial: { done: k, total } }, cause: err });
  }
}
