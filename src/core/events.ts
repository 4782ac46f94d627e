/** Progress the runner reports while it works; the CLI prints them, the HTTP service streams them. */

export interface LockHolder {
  readonly pid: number;
  readonly applicationName: string | null;
  readonly clientAddr: string | null;
  readonly since: Date | null;
}

export interface Blocker {
  readonly pid: number;
  readonly applicationName: string | null;
  readonly state: string | null;
  readonly query: string | null;
  readonly transactionMs: number | null;
  readonly mode: string;
  readonly relation: string;
}

/** Where a batched backfill stands; emitted at most about once a second, and once when it ends. */
export interface BackfillProgress {
  readonly version: string;
  readonly table: string;
  readonly rowsDone: number;
  readonly batches: number;
  /** Rows per second in this run (a resumed backfill counts from where it resumed). */
  readonly rowsPerSecond: number;
  /** Share of the key range done (0..1) when the key is numeric, else null. */
  readonly fraction: number | null;
  readonly etaMs: number | null;
  /** Set while the backfill waits for replicas to catch up. */
  readonly waitingForLagBytes?: number | undefined;
  readonly finished: boolean;
}

/** How far a long command has come (lockstep test: migrations round-tripped; lockstep plan: migrations rehearsed). */
export interface Progress {
  readonly task: 'test' | 'plan';
  readonly done: number;
  readonly total: number;
  /** Items that failed so far. */
  readonly failed: number;
  /** Items passed over without being run so far (test: after a migration only its own tool can run). */
  readonly notRun?: number | undefined;
  /** What was just done ("0042 add_index"). */
  readonly label: string;
}

/**
 * A CREATE INDEX / REINDEX in progress, sampled from pg_stat_progress_create_index
 * (https://www.postgresql.org/docs/current/progress-reporting.html#CREATE-INDEX-PROGRESS-REPORTING).
 */
export interface IndexProgress {
  readonly version: string;
  /** The index being built, as the statement names it (or the table, for an unnamed one). */
  readonly index: string;
  /** The server's phase, e.g. "building index: scanning table", "waiting for old snapshots". */
  readonly phase: string;
  /** Share of the current phase done (0..1), from blocks, tuples, lockers or partitions, whichever it counts; null when it counts nothing. */
  readonly fraction: number | null;
  readonly blocksDone: number;
  readonly blocksTotal: number;
  readonly tuplesDone: number;
  readonly tuplesTotal: number;
  /** Sessions the phase waits for (the waiting phases of CONCURRENTLY). */
  readonly lockersDone: number;
  readonly lockersTotal: number;
  readonly elapsedMs: number;
  readonly finished: boolean;
}

export type RunEvent =
  | { readonly type: 'notice'; readonly message: string }
  | { readonly type: 'run-lock-wait'; readonly holders: readonly LockHolder[]; readonly waitedMs: number }
  | { readonly type: 'migration-start'; readonly direction: 'up' | 'down'; readonly version: string; readonly name: string; readonly transactional: boolean; readonly safetyNote?: string | undefined; readonly lockFlag: boolean; readonly resumeFrom: number }
  | { readonly type: 'statement'; readonly version: string; readonly index: number; readonly total: number; readonly sql: string }
  | { readonly type: 'lock-retry'; readonly version: string; readonly attempt: number; readonly delayMs: number; readonly lockTimeoutMs?: number | undefined; readonly blockers: readonly Blocker[] }
  | { readonly type: 'migration-done'; readonly direction: 'up' | 'down'; readonly version: string; readonly name: string; readonly durationMs: number; readonly retries: number }
  | ({ readonly type: 'backfill-progress' } & BackfillProgress)
  | ({ readonly type: 'progress' } & Progress)
  | ({ readonly type: 'index-progress' } & IndexProgress)
  | { readonly type: 'preflight-wait'; readonly blockers: readonly string[]; readonly waitedMs: number; readonly timeoutMs: number }
  /** `notStarted`: the run stopped before this migration, which never started (the run lock lost, and the like). */
  | { readonly type: 'migration-failed'; readonly direction: 'up' | 'down'; readonly version: string; readonly name: string; readonly error: string; readonly notStarted?: true | undefined };

export type RunEventSink = (event: RunEvent) => void;
