import type { Layout } from '../core/types.js';

export type HistoryStatus = 'applied' | 'partial' | 'rolled_back';

/** One row of <schema>.migrations: the latest state of one migration on this database. */
export interface HistoryRow {
  readonly version: string;
  readonly name: string;
  readonly layout: Layout;
  readonly checksum: string;
  readonly status: HistoryStatus;
  readonly appliedAt: Date | null;
  readonly executionMs: number | null;
  readonly dbUser: string | null;
  readonly osUser: string | null;
  readonly host: string | null;
  readonly environment: string | null;
  readonly lockstepVersion: string | null;
  readonly batch: number | null;
  readonly upSql: string | null;
  readonly downSql: string | null;
  readonly statementsDone: number;
  readonly statementsTotal: number;
  readonly lastError: string | null;
  readonly rolledBackAt: Date | null;
}

export type EventKind = 'apply' | 'rollback' | 'fail' | 'repair' | 'baseline' | 'retry' | 'lint-bypass' | 'resume' | 'backfill' | 'preflight' | 'adopt';

/** Who ran Lockstep and from where, recorded with every row and event. */
export interface Actor {
  readonly osUser: string;
  readonly host: string;
  readonly environment: string | null;
  readonly lockstepVersion: string;
  readonly ciCommit: string | null;
  readonly ciRunUrl: string | null;
}

export interface HistoryEvent {
  readonly id: number;
  readonly at: Date;
  readonly kind: EventKind;
  readonly version: string | null;
  readonly name: string | null;
  readonly dbUser: string | null;
  readonly osUser: string | null;
  readonly host: string | null;
  readonly environment: string | null;
  readonly durationMs: number | null;
  readonly error: string | null;
  readonly ciCommit: string | null;
  readonly ciRunUrl: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface NewEvent {
  readonly kind: EventKind;
  readonly version?: string | undefined;
  readonly name?: string | undefined;
  readonly durationMs?: number | undefined;
  readonly error?: string | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}
