import type { Blocked, LockMode } from '../locks/index.js';
import type { RunEventSink } from '../core/events.js';

export type Severity = 'blocker' | 'warning' | 'info';

export type CheckName =
  | 'lock-conflict'
  | 'long-transaction'
  | 'idle-in-transaction'
  | 'replication-lag'
  | 'maintenance-window'
  | 'backup'
  | 'sessions';

/** A session seen in pg_stat_activity. */
export interface SessionInfo {
  readonly pid: number;
  readonly applicationName: string | null;
  readonly user: string | null;
  readonly clientAddr: string | null;
  readonly state: string | null;
  readonly query: string | null;
  /** How long its transaction has been open (null outside a transaction). */
  readonly transactionMs: number | null;
  /** How long it has been in its current state. */
  readonly stateMs: number | null;
  readonly backendType: string | null;
}

export interface Finding {
  readonly check: CheckName;
  readonly severity: Severity;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  readonly session?: SessionInfo | undefined;
  /** For lock conflicts: what the session holds or waits for. */
  readonly locks?: ReadonlyArray<{ readonly relation: string; readonly mode: string; readonly granted: boolean }> | undefined;
}

/** A lock the pending migrations will take. */
export interface NeededLock {
  readonly relation: string;
  readonly mode: LockMode;
  readonly blocks: readonly Blocked[];
  /** The migrations that take it. */
  readonly versions: readonly string[];
}

export interface MigrationLocks {
  readonly locks: readonly NeededLock[];
  /** Migrations whose locks cannot be known before they run (TypeScript/JavaScript modules). */
  readonly unknown: readonly string[];
  /** A CREATE INDEX / REINDEX CONCURRENTLY waits for every transaction older than it to finish. */
  readonly waitsForOldTransactions: readonly string[];
}

export interface MaintenanceWindow {
  readonly days: readonly string[];
  readonly start: string;
  readonly end: string;
  readonly timezone: string;
}

export interface BackupCheck {
  readonly command: readonly string[];
  readonly timeoutMs: number;
}

/** Thresholds and rules, resolved from the config for one environment. */
export interface PreflightSettings {
  readonly longTransactionMs: number;
  readonly idleInTransactionMs: number;
  /** null: replication lag is not checked. */
  readonly maxReplicaLagBytes: number | null;
  /** Windows that apply to this environment (only protected environments have any). */
  readonly maintenanceWindows: readonly MaintenanceWindow[];
  readonly backupCheck: BackupCheck | undefined;
}

export interface PreflightInput {
  readonly locks: MigrationLocks;
  readonly settings: PreflightSettings;
  readonly environment: { readonly name: string | null; readonly protected: boolean };
  /** False on engines where every session is the same backend (PGlite): session checks are skipped. */
  readonly multipleSessions?: boolean | undefined;
  /** Run outside the maintenance window anyway. */
  readonly force?: boolean | undefined;
  /** Poll until the blockers that can clear by themselves are gone, up to this long. */
  readonly waitForBlockersMs?: number | undefined;
  /** pg_cancel_backend() on sessions whose locks conflict. Never the default. */
  readonly cancelBlockers?: boolean | undefined;
  /** The operator confirmed cancelling on a protected environment (--yes). */
  readonly confirmed?: boolean | undefined;
  readonly now?: (() => Date) | undefined;
  readonly onEvent?: RunEventSink | undefined;
  readonly pollMs?: number | undefined;
}

export interface PreflightReport {
  /** No blocker. */
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  readonly locks: MigrationLocks;
  readonly environment: { readonly name: string | null; readonly protected: boolean };
  readonly waitedMs: number;
  /** Backends pg_cancel_backend() was sent to. */
  readonly cancelled: readonly number[];
  readonly checkedAt: string;
}
