import type { BackfillSpec, MigrationFile } from '../../core/types.js';
import { RecordingSession } from '../recording-session.js';
import { policyFor, type RunContext } from '../run-context.js';
import { describeBackfill } from './describe-backfill.js';
import { runBackfill } from './run-backfill.js';

/**
 * The runner's step for a `-- lockstep:backfill` migration. The runner has already set the session's
 * lock_timeout/statement_timeout (applyStepwise); the engine adds per-batch lock retries and progress events.
 */
export async function runBackfillStep(rc: RunContext, file: MigrationFile, spec: BackfillSpec): Promise<void> {
  if (rc.session instanceof RecordingSession) {
    // A dry run shows what would run without reading the table.
    await rc.session.exec(describeBackfill(spec));
    return;
  }
  await runBackfill(rc.session, spec, {
    historySchema: rc.history.schema,
    version: file.id,
    policy: policyFor(file, rc.policy),
    onEvent: rc.onEvent,
    history: rc.history,
  });
}
