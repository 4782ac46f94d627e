/** Where `up` and `down` stop when what they send between two migrations fails: before the next one, not at the last. */
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { asConnectionLost, type RunContext } from '../runner/index.js';
import type { MigrationOutcome } from './results.js';

type Failed = Pick<MigrationOutcome, 'version' | 'name'> & { readonly error: LockstepError; readonly notStarted: true };

/**
 * Runs `between` (runner/after-migration.ts) and, when it fails, answers the run's stop before `next`: that migration
 * is where it ended, marked `notStarted` (it never started; the one before it is applied and recorded), with the fail event recorded. After
 * the last migration nothing is left to protect: a failure there is told as a notice, and the run ends as it would.
 */
export async function stopBefore(rc: RunContext, direction: 'up' | 'down', next: { readonly file: MigrationFile } | undefined, between: () => Promise<void>): Promise<Failed | undefined> {
  try {
    await between();
    return undefined;
  } catch (err) {
    if (!next) {
      rc.onEvent({ type: 'notice', message: `after the last migration: ${(err as Error).message}` });
      return undefined;
    }
    const { id, name } = next.file;
    const error = err instanceof LockstepError ? err
      : asConnectionLost(err, { what: `the session between migrations (before ${id})`, state: 'not-started', said: `Migration ${id} had not started; the ones before it are applied and recorded.`, resume: `Run \`lockstep ${direction}\` again when the database is reachable.` })
        ?? new LockstepError('LOCKSTEP_E_MIGRATION_FAILED', `stopped before migration ${id}: the session could not be put back after the migration before it: ${(err as Error).message}`, { hint: `Migration ${id} had not started; the ones before it are applied and recorded. Run \`lockstep ${direction}\` again.`, cause: err });
    rc.onEvent({ type: 'migration-failed', direction, version: id, name, error: error.message, notStarted: true });
    await rc.history.event(rc.session, { kind: 'fail', version: id, name, error: error.message, details: { direction, code: error.code, started: false } }).catch(() => undefined);
    return { version: id, name, error, notStarted: true };
  }
}
