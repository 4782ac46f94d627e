import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import { backupFinding } from './checks/backup-check.js';
import { lockConflicts } from './checks/lock-conflicts.js';
import { windowFindings } from './checks/maintenance-window.js';
import { replicationFindings } from './checks/replication.js';
import { transactionFindings } from './checks/transactions.js';
import type { Finding, PreflightInput, PreflightReport } from './types.js';

const POLL_MS = 500;
/** After cancelling, how long to give the cancelled sessions to let go of their locks. */
const CANCEL_GRACE_MS = 3_000;
const REPORT_EVERY_MS = 2_000;

/** The checks that look at the database now; they may clear by themselves, so they are the ones waited for. */
async function databaseFindings(session: Session, input: PreflightInput): Promise<Finding[]> {
  if (input.multipleSessions === false) {
    return [{ check: 'sessions', severity: 'info', message: 'embedded database: no other sessions to check', hint: '' }];
  }
  const locks = await lockConflicts(session, input.locks.locks);
  const transactions = await transactionFindings(session, {
    longTransactionMs: input.settings.longTransactionMs,
    idleInTransactionMs: input.settings.idleInTransactionMs,
    waitsForOldTransactions: input.locks.waitsForOldTransactions,
    skipPids: new Set(locks.flatMap((f) => (f.session ? [f.session.pid] : []))),
  });
  return [...locks, ...transactions, ...(await replicationFindings(session, input.settings.maxReplicaLagBytes))];
}

const blockers = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.severity === 'blocker');

/**
 * Runs the pre-flight checks for the locks the pending migrations need: conflicting lock holders and
 * waiters, long and idle-in-transaction sessions, replica lag, the maintenance window and the backup check.
 * Optionally cancels the conflicting sessions' queries and waits for blockers to clear. Never throws for
 * findings: the report says whether it is ok to go on.
 */
export async function runPreflight(session: Session, input: PreflightInput): Promise<PreflightReport> {
  if (input.cancelBlockers && input.environment.protected && !input.confirmed) {
    throw new LockstepError('LOCKSTEP_E_PROTECTED_ENV', `--cancel-blockers on protected environment ${input.environment.name ?? ''} needs confirmation`, {
      hint: 'Add --yes to confirm that cancelling the blocking sessions\' queries is acceptable here.',
    });
  }
  const now = input.now ?? (() => new Date());
  const started = Date.now();
  const window = windowFindings(input.settings.maintenanceWindows, input.locks, now(), input.force === true);
  let found = await databaseFindings(session, input);
  const cancelled = input.cancelBlockers ? await cancelLockBlockers(session, found, input) : [];
  const waitMs = Math.max(input.waitForBlockersMs ?? 0, cancelled.length ? CANCEL_GRACE_MS : 0);
  // Waiting only makes sense for what can clear by itself; a closed window or failed backup check will not.
  if (waitMs > 0 && blockers(window).length === 0) found = await waitForClear(session, input, found, started, waitMs);
  const backup = input.settings.backupCheck && input.environment.protected ? [await backupFinding(input.settings.backupCheck, input.environment.name)] : [];
  const findings = [...window, ...found, ...backup];
  return {
    ok: blockers(findings).length === 0,
    findings,
    locks: input.locks,
    environment: input.environment,
    waitedMs: Date.now() - started,
    cancelled,
    checkedAt: now().toISOString(),
  };
}

async function waitForClear(session: Session, input: PreflightInput, first: Finding[], started: number, waitMs: number): Promise<Finding[]> {
  let found = first;
  let lastReport = -Infinity;
  while (blockers(found).length > 0 && Date.now() - started < waitMs) {
    if (Date.now() - lastReport >= REPORT_EVERY_MS) {
      input.onEvent?.({ type: 'preflight-wait', blockers: blockers(found).map((f) => f.message), waitedMs: Date.now() - started, timeoutMs: waitMs });
      lastReport = Date.now();
    }
    await new Promise((r) => setTimeout(r, Math.min(input.pollMs ?? POLL_MS, Math.max(1, waitMs - (Date.now() - started)))));
    found = await databaseFindings(session, input);
  }
  return found;
}

/**
 * pg_cancel_backend() on every session whose locks conflict. It cancels the running query; a session idle in
 * its transaction has none, keeps its locks, and is reported again (with the pg_terminate_backend hint).
 * https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADMIN-SIGNAL
 */
async function cancelLockBlockers(session: Session, found: readonly Finding[], input: PreflightInput): Promise<number[]> {
  const pids = found.filter((f) => f.check === 'lock-conflict' && f.severity === 'blocker' && f.session).map((f) => f.session?.pid as number);
  const cancelled: number[] = [];
  for (const pid of pids) {
    const res = await session.query<{ ok: boolean }>('select pg_cancel_backend($1) as ok', [pid]);
    if (res.rows[0]?.ok) cancelled.push(pid);
    input.onEvent?.({ type: 'notice', message: res.rows[0]?.ok ? `cancelled the query of blocking session pid ${pid}` : `could not cancel pid ${pid} (gone, or not permitted)` });
  }
  return cancelled;
}
