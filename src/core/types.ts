/** Shared vocabulary of the engine. Pure data: no I/O, no driver types. */

export type Layout = 'single-file' | 'pair' | 'directory' | 'module';

/** Which marker convention a single-file migration used (for `create` templates and reports). */
export type MarkerStyle = 'lockstep' | 'sql-migrate' | 'dbmate' | 'node-pg-migrate' | 'goose';

export interface Directives {
  /** Run statements one by one outside a transaction block. */
  readonly noTransaction: boolean;
  readonly lockTimeoutMs?: number | undefined;
  readonly statementTimeoutMs?: number | undefined;
  readonly irreversible: boolean;
  /** `-- LOCK: true`: the author says this migration takes heavy locks. */
  readonly lockFlag: boolean;
  /** `-- SAFETY: <note>`: shown to the operator before the migration runs. */
  readonly safetyNote?: string | undefined;
  /** `-- lockstep:backfill table=... set="..."`: the up section is a batched backfill (see docs/zero-downtime.md). */
  readonly backfill?: BackfillSpec | undefined;
}

/** A batched backfill: `UPDATE table SET set WHERE where`, in key order, one short transaction per batch. */
export interface BackfillSpec {
  /** The table to update, schema-qualified if needed. */
  readonly table: string;
  /** The assignments, as written after SET: `captured_at = created_at`. */
  readonly set: string;
  /** Which rows need the update, as written after WHERE; repeated in every batch so finished rows are skipped. */
  readonly where?: string | undefined;
  /** A unique, not-null column to walk in order; default: the table's single-column primary key. */
  readonly key?: string | undefined;
  /** Rows per batch (default 1000). */
  readonly batchSize?: number | undefined;
  /** Pause between batches, in milliseconds (default 0). */
  readonly pauseMs?: number | undefined;
  /** Wait between batches while any replica's replay lag exceeds this many bytes. */
  readonly maxReplicaLagBytes?: number | undefined;
}

/** A section of SQL inside a file, with where it starts so errors map back to file:line:col. */
export interface SqlSection {
  readonly kind: 'sql';
  readonly path: string;
  readonly sql: string;
  /** 1-based line of the file on which `sql` begins (its first character is at column 1). */
  readonly startLine: number;
  /**
   * Pre-split statements when the file delimits them itself (goose StatementBegin/End);
   * otherwise undefined and the SQL is split with the Postgres parser.
   */
  readonly explicitStatements?: readonly SqlStatement[] | undefined;
}

export interface ModuleSection {
  readonly kind: 'module';
  readonly path: string;
  /** Absolute file path to import from (`path` may be relative to the loader's cwd, for display). */
  readonly absolutePath?: string | undefined;
  readonly exportName: 'up' | 'down';
}

export type Section = SqlSection | ModuleSection;

export interface MigrationFile {
  readonly version: string;
  readonly name: string;
  readonly layout: Layout;
  readonly markerStyle?: MarkerStyle | undefined;
  /** Every file that makes up this migration (one, or the up/down pair, or a directory's files). */
  readonly paths: readonly string[];
  readonly up: Section;
  /** Undefined only when the migration is irreversible. */
  readonly down?: Section | undefined;
  readonly directives: Directives;
  /** sha256 (hex) over the normalised content of every file in `paths`. */
  readonly checksum: string;
}

/** One statement with its place in its section. Offsets are JS string indexes into the section SQL. */
export interface SqlStatement {
  readonly sql: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line/column in the *file*. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export type MigrationState = 'applied' | 'pending' | 'partial' | 'rolled_back';

/** What a TypeScript/JavaScript migration's `up(ctx)` / `down(ctx)` receives. */
export interface MigrationContext {
  /** Runs one statement with `$1` parameters inside the migration's transaction (if it has one). */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[]; rowCount: number }>;
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  /** Prints a progress line for the operator. */
  log(message: string): void;
  readonly version: string;
  readonly name: string;
  /** Schema of Lockstep's history tables (where `backfill()` keeps its progress). */
  readonly historySchema?: string | undefined;
}

/** The shape a module migration file exports. `transaction = false` runs it outside a transaction. */
export interface MigrationModule {
  up(ctx: MigrationContext): Promise<void> | void;
  down?: ((ctx: MigrationContext) => Promise<void> | void) | undefined;
  readonly transaction?: boolean | undefined;
}
