/** The verdict vocabulary shared by the plan, its reports and the HTTP API. */

export type VerdictLevel = 'safe' | 'attention' | 'blocked';

export interface Reason {
  /** blocked and attention decide the verdict; a note is information only. */
  readonly level: 'blocked' | 'attention' | 'note';
  /** Stable: sql-error, up-refuses, not-rehearsed, lint:<rule>, blocking-lock, data-change, backfill, rewrite, lock-contention, long-transaction, static-locks, earlier-failed, on-target. */
  readonly code: string;
  readonly message: string;
  readonly location?: { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined } | undefined;
}

export interface Verdict {
  readonly level: VerdictLevel;
  readonly reasons: readonly Reason[];
}

export interface VerdictThresholds {
  /** A table below both numbers is small: locks on it are short whatever they are. Default: the linter's (10,000 rows, 10 MB). */
  readonly rows: number;
  readonly bytes: number;
  /** A read- or write-blocking lock estimated to be held this long or longer needs attention. Default 1 s. */
  readonly holdMs: number;
  /** An open transaction this old on a touched table needs attention. Default 60 s. */
  readonly longTransactionMs: number;
  /** Lint findings at or above this severity block the migration (the lint gate). Default error. */
  readonly failOn: 'error' | 'warning' | 'info' | 'none';
}

export const DEFAULT_THRESHOLDS: VerdictThresholds = {
  rows: 10_000,
  bytes: 10 * 1024 * 1024,
  holdMs: 1000,
  longTransactionMs: 60_000,
  failOn: 'error',
};
