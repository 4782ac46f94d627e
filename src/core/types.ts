/** Shared vocabulary of the engine. Pure data: no I/O, no driver types. */
import type { LockstepError } from './errors.js';

/** The shape of one migration on disk: one file with sections, an up/down pair, a directory, a code module. */
export type Layout = 'single-file' | 'pair' | 'directory' | 'module';

/**
 * Whose conventions a migrations folder follows: how its files are named, ordered, split into sections and
 * statements, run, and where that tool keeps its history (docs/migration-files.md, one section a tool).
 */
export type Tool =
  | 'lockstep'
  | 'golang-migrate'
  | 'goose'
  | 'sql-migrate'
  | 'dbmate'
  | 'node-pg-migrate'
  | 'diesel'
  | 'prisma'
  | 'drizzle'
  | 'flyway';

export const TOOLS: readonly Tool[] = ['lockstep', 'golang-migrate', 'goose', 'sql-migrate', 'dbmate', 'node-pg-migrate', 'diesel', 'prisma', 'drizzle', 'flyway'];

/**
 * Whose history `lockstep adopt` can take over: every tool above but Lockstep itself, and sqlx, whose folders of
 * `.up.sql`/`.down.sql` pairs are read as golang-migrate's (the history table on the database tells the two apart;
 * docs/adopt.md).
 */
export type AdoptableTool = Exclude<Tool, 'lockstep'> | 'sqlx';

export const ADOPTABLE_TOOLS: readonly AdoptableTool[] = [...TOOLS.filter((t): t is Exclude<Tool, 'lockstep'> => t !== 'lockstep'), 'sqlx'];

/** Which marker convention a single-file migration used (for `create` templates and reports). */
export type MarkerStyle = 'lockstep' | 'sql-migrate' | 'dbmate' | 'node-pg-migrate' | 'goose';

export interface Directives {
  /** Run statements one by one outside a transaction block. */
  readonly noTransaction: boolean;
  /** Who said so, in words (`-- lockstep:no-transaction`, `goose NO TRANSACTION`, diesel's metadata.toml, ...). */
  readonly noTransactionFrom?: string | undefined;
  readonly lockTimeoutMs?: number | undefined;
  readonly statementTimeoutMs?: number | undefined;
  readonly irreversible: boolean;
  /** `-- LOCK: true`: the author says this migration takes heavy locks. */
  readonly lockFlag: boolean;
  /** `-- SAFETY: <note>`: shown to the operator before the migration runs. */
  readonly safetyNote?: string | undefined;
  /** `-- lockstep:backfill table=... set="..."`: the up section is a batched backfill (see docs/zero-downtime.md). */
  readonly backfill?: BackfillSpec | undefined;
  /** The file line of that directive, so that a problem found when the backfill is checked points at it. */
  readonly backfillLine?: number | undefined;
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

/** A migration written in a form Lockstep cannot run (goose `.go`, Flyway Java, node-pg-migrate `pgm` builder code). */
export interface UnsupportedSection {
  readonly kind: 'unsupported';
  readonly path: string;
  /** Why, and how to proceed, in one sentence. */
  readonly reason: string;
}

export type Section = SqlSection | ModuleSection | UnsupportedSection;

/** Why a migration has no down part. */
export type NoDown =
  /** `-- lockstep:irreversible`: on purpose. */
  | 'irreversible'
  /** No down section or file at all. */
  | 'absent'
  /** A down section or file with nothing but comments and whitespace (golang-migrate and goose treat it as a no-op). */
  | 'empty'
  /** The tool has no down migrations (Prisma, drizzle, Flyway without an undo file). */
  | 'tool-has-none';

export interface MigrationFile {
  /**
   * The migration's key, unique in the project: what its history row is keyed by and what `--to` names. The
   * version where the tool identifies migrations by version (Lockstep, golang-migrate, goose, dbmate, diesel,
   * Flyway); the whole name where it identifies them by name (sql-migrate, node-pg-migrate, Prisma, drizzle), so
   * `0001_a` and `0001_b` are two migrations; `R__<description>` for a Flyway repeatable.
   */
  readonly id: string;
  /** The leading digits of the name ('' for a Flyway repeatable). */
  readonly version: string;
  readonly name: string;
  readonly layout: Layout;
  /** Whose conventions the file follows (see Tool). */
  readonly tool: Tool;
  readonly markerStyle?: MarkerStyle | undefined;
  /** Every file that makes up this migration (one, or the up/down pair, or a directory's files). */
  readonly paths: readonly string[];
  readonly up: Section;
  /** Undefined when there is no down part; `noDown` says why. */
  readonly down?: Section | undefined;
  readonly noDown?: NoDown | undefined;
  /**
   * The down part exists but cannot be used (it does not parse, its markers are wrong): only rolling back this
   * migration (and `test` of it) is blocked by it; applying it is not.
   */
  readonly downProblem?: LockstepError | undefined;
  /** A Flyway repeatable (`R__`): applied after every versioned migration, and again whenever its checksum changes. */
  readonly repeatable?: boolean | undefined;
  /**
   * A Flyway baseline migration (`B<version>__…`, id `B<version>`): on a database with no migration applied, the
   * latest one up to the target runs in place of the versioned migrations up to its version; otherwise it is ignored
   * (plan/baseline-choice.ts decides).
   */
  readonly baseline?: boolean | undefined;
  /** Facts of the tool's own that its history needs (drizzle's journal `when`, Flyway's script name). */
  readonly toolMeta?: Readonly<Record<string, string | number>> | undefined;
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
