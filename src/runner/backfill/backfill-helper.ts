import { LockstepError } from '../../core/errors.js';
import type { BackfillSpec, MigrationContext } from '../../core/types.js';
import { DbError, type Session } from '../../db/index.js';
import type { RunEvent } from '../../core/events.js';
import { runtimeOf } from '../run-context.js';
import { formatProgressLine } from './progress.js';
import { runBackfill, type BackfillResult } from './run-backfill.js';

/** SAVEPOINT outside a transaction block fails with this SQLSTATE, which makes it a side-effect-free probe. */
const NO_ACTIVE_TRANSACTION = '25P01';

/**
 * Batched backfill from a TypeScript/JavaScript migration that exports `transaction = false`:
 *
 *   await backfill(ctx, { table: 'payments', set: 'captured_at = created_at', where: 'captured_at IS NULL' });
 *
 * Resumable: if the run stops, the next `lockstep up` re-runs the module and this call continues after the
 * last committed batch (or returns at once when it had finished).
 */
export async function backfill(ctx: MigrationContext, spec: BackfillSpec): Promise<BackfillResult> {
  const session: Session = { backendPid: 0, query: (sql, params) => ctx.query(sql, params), exec: (sql) => ctx.exec(sql), release: async () => undefined };
  await refuseInsideTransaction(session, ctx, spec);
  const runtime = runtimeOf(ctx);
  return runBackfill(session, spec, {
    historySchema: ctx.historySchema ?? runtime?.history.schema ?? 'lockstep',
    version: ctx.version,
    policy: runtime?.policy,
    onEvent: runtime?.onEvent ?? ((e) => logEvent(ctx, e)),
    history: runtime?.history,
  });
}

function logEvent(ctx: MigrationContext, e: RunEvent): void {
  if (e.type === 'notice') ctx.log(e.message);
  else if (e.type === 'backfill-progress') ctx.log(formatProgressLine(e).trim());
}

async function refuseInsideTransaction(session: Session, ctx: MigrationContext, spec: BackfillSpec): Promise<void> {
  try {
    await session.exec('savepoint lockstep_backfill_probe');
  } catch (err) {
    // Duck-typed: the module may have loaded its own copy of Lockstep, whose DbError is another class.
    if (((err as { sqlState?: string }).sqlState ?? DbError.from(err).sqlState) === NO_ACTIVE_TRANSACTION) return;
    throw err;
  }
  await session.exec('release savepoint lockstep_backfill_probe');
  throw new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `migration ${ctx.version}: backfill(${spec.table}) was called inside a transaction`, {
    hint: 'A backfill commits batch by batch. Add `export const transaction = false` to the migration module.',
  });
}
