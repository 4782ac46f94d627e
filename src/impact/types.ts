/** What the real target looks like around the relations a migration touches. Read-only facts, as JSON. */

/** How big a relation is: one home, the catalog read in schema (src/schema/relation-sizes.ts). */
export type { RelationSize } from '../schema/index.js';

/** A session holding, or waiting for, a lock on a relation of interest. */
export interface LockSession {
  readonly relation: string;
  readonly pid: number;
  readonly mode: string;
  readonly granted: boolean;
  readonly application: string | null;
  readonly user: string | null;
  /** active, idle in transaction, ... */
  readonly state: string | null;
  /** How long its transaction has been open, in ms (null outside a transaction). */
  readonly transactionMs: number | null;
  readonly query: string | null;
  /** The migration's lock on this relation would have to wait for (or queue with) this session. */
  readonly conflicts: boolean;
}

export interface LongestTransaction {
  readonly pid: number;
  readonly application: string | null;
  readonly user: string | null;
  readonly state: string | null;
  readonly transactionMs: number;
  readonly query: string | null;
  readonly relations: readonly string[];
}

/** How fast this machine's shadow rewrites, scans and indexes a table, measured on a generated table. */
export interface Calibration {
  readonly shadow: 'pglite' | 'server' | 'local' | 'target';
  readonly rows: number;
  readonly heapBytes: number;
  readonly rewriteMsPerMB: number;
  readonly scanMsPerMB: number;
  readonly indexMsPerMillionRows: number;
  /** An UPDATE of 1,000 rows by key range (one batch of a backfill, or 1,000 rows of a plain UPDATE/DELETE). */
  readonly updateMsPerThousandRows: number;
  /** How many times each figure was measured (the median is kept, so one slow run does not flip a verdict). */
  readonly runs: number;
}

/** A statement that changes rows of an existing table: a plain UPDATE, DELETE or INSERT … SELECT, or a batched backfill. */
export interface DataChangeEstimate {
  readonly relation: string;
  readonly kind: 'backfill' | 'update' | 'delete' | 'insert';
  readonly statement: number;
  readonly file: string;
  readonly line: number;
  /** Rows it may change: the table's rows on the target (the WHERE clause is not evaluated, so an upper bound). */
  readonly rows: number | null;
  /** Backfill: batches it will take. */
  readonly batches: number | null;
  /** The whole change; null when the table's size or the calibration is unknown. */
  readonly estimatedMs: number | null;
  /** How long row locks are held: one batch for a backfill, the whole transaction for a plain statement. */
  readonly rowLocksMs: number | null;
  readonly basis: string;
}

/** How long a lock that blocks reads or writes of an existing table is expected to be held on the target. */
export interface HoldEstimate {
  readonly relation: string;
  readonly mode: string;
  readonly blocks: ReadonlyArray<'reads' | 'writes' | 'ddl'>;
  /** The statement that takes the lock (0-based) and where it is. */
  readonly statement: number;
  readonly file: string;
  readonly line: number;
  /** null when the size of a table the work scales with is unknown. */
  readonly estimatedMs: number | null;
  /** How the number was reached, in words. */
  readonly basis: string;
}
