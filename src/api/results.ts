import type { LockstepError } from '../core/errors.js';
import type { Finding } from '../lint/index.js';

export interface MigrationRef {
  readonly version: string;
  readonly name: string;
}

export interface MigrationOutcome extends MigrationRef {
  readonly durationMs: number;
  readonly retries: number;
}

export interface RunResult {
  readonly target: string;
  readonly environment: string | null;
  readonly dryRun: boolean;
  /** The SQL a dry run would send, history writes included. */
  readonly script?: string | undefined;
  /**
   * `up --dry-run`: the lint findings on the migrations it would apply, judged against the target as `up` does
   * (error-level ones would make `up` refuse). Absent with --no-lint and on real runs.
   */
  readonly lint?: readonly Finding[] | undefined;
  readonly done: readonly MigrationOutcome[];
  /**
   * The migration the run ended at. `notStarted`: the run stopped before it and it never started (the run lock was
   * lost, the session could not be put back after the one before it, only its own tool can run it): `error` says
   * why; nothing of it ran, and `lockstep status` shows it pending.
   */
  readonly failed?: (MigrationRef & { readonly error: LockstepError; readonly notStarted?: true | undefined }) | undefined;
  /**
   * `up --dry-run`: the pending migration only its own tool can run (goose .go, Flyway Java), where `up` would stop
   * (LOCKSTEP_E_UNSUPPORTED_MIGRATION) after applying the ones before it; the script ends there. Absent otherwise.
   */
  readonly stopsBefore?: (MigrationRef & { readonly reason: string }) | undefined;
  readonly notAttempted: readonly MigrationRef[];
  /**
   * --single-transaction: the migrations before the failed one, which ran and were rolled back with the batch
   * (nothing of them is applied). Absent otherwise.
   */
  readonly rolledBackWithBatch?: readonly MigrationRef[] | undefined;
}
