/** What a rehearsal records about each statement and each migration. Plain data, serialisable as JSON. */
import type { SchemaDifference } from '../schema/index.js';

/** pg_class.relkind, spelled out. */
export type RelationKind = 'table' | 'partitioned table' | 'index' | 'partitioned index' | 'materialized view' | 'view' | 'sequence' | 'foreign table' | 'toast table' | 'other';

/** A relation that existed before the migration started: the only ones whose locks matter to other sessions. */
export interface ExistingRelation {
  readonly oid: number;
  /** "schema.name", unquoted. */
  readonly name: string;
  readonly kind: RelationKind;
  readonly filenode: number;
  /** The table an index belongs to (indexes only). */
  readonly table: string | null;
}

/** Where a statement's lock facts come from. */
export type LockSource = 'pg_locks' | 'static-model';

/** One pre-existing relation a statement locked, and how. */
export interface TracedLock {
  readonly relation: string;
  readonly kind: RelationKind;
  /** Lock modes as pg_locks names them (e.g. "AccessExclusiveLock"), weakest first. */
  readonly modes: readonly string[];
  /** The strongest of `modes`: what other sessions must wait for. */
  readonly strongest: string;
  /** What the strongest mode blocks for other sessions. */
  readonly blocks: ReadonlyArray<'reads' | 'writes' | 'ddl'>;
  readonly source: LockSource;
}

/** A relation whose data was rewritten (its relfilenode changed): a table rewrite or an index rebuild. */
export interface TracedRewrite {
  readonly relation: string;
  readonly kind: RelationKind;
  /** For an index: its table. */
  readonly table: string | null;
}

export interface StatementTrace {
  /** 0-based index in the up section. */
  readonly index: number;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The statement, whitespace collapsed, cut at 200 characters. */
  readonly sql: string;
  /** The AST node kind ("AlterTableStmt"), or "module" / "backfill". */
  readonly kind: string;
  /** Ran inside a transaction block. */
  readonly inTransaction: boolean;
  /** Executed; false when it was only modelled (e.g. a backfill, or a non-transactional statement on the target). */
  readonly executed: boolean;
  readonly durationMs: number;
  /** Locks taken on relations that existed before the migration started (first statement to take a mode gets it). */
  readonly locks: readonly TracedLock[];
  readonly lockSource: LockSource;
  readonly rewrites: readonly TracedRewrite[];
  /** Relations the static model says this statement reads in full (validation, index build...). */
  readonly scans: readonly string[];
  /** Creates an index (not concurrently): its build time scales with the table's rows. */
  readonly buildsIndexOn: string | null;
  readonly note?: string | undefined;
  /** A `-- lockstep:backfill` step: how it will run (for its estimate). */
  readonly backfill?: { readonly table: string; readonly batchSize: number; readonly pauseMs: number } | undefined;
}

export interface TraceError {
  readonly message: string;
  readonly code: string;
  readonly hint: string;
  readonly location?: { readonly file: string; readonly line?: number | undefined; readonly column?: number | undefined } | undefined;
  readonly sqlState?: string | undefined;
}

export interface MigrationTrace {
  readonly version: string;
  readonly name: string;
  readonly transactional: boolean;
  readonly noTransactionWhy: string | null;
  readonly statements: readonly StatementTrace[];
  /** Objects added, removed or changed by the migration (schema snapshots before and after). */
  readonly changes: readonly SchemaDifference[];
  readonly durationMs: number;
  /** Set when a statement failed: the migration would fail the same way. */
  readonly error: TraceError | null;
  /** Set when the migration was not rehearsed at all (and why). */
  readonly skipped: string | null;
}
