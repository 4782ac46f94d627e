/** The linter's vocabulary: findings, options, rules and the facts rules read. */
import type { ProcedureScope, Semantics } from '../execution/index.js';
import type { AlterTableCmd, DynamicSql, ParsedStatement } from '../sql/index.js';
import type { DeclaredColumn } from './analysis/declared-columns.js';
import type { LockEffect, LockMode } from '../locks/index.js';
import type { ColumnTypes } from '../locks/index.js';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = 'off' | Severity;

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly help: string;
  readonly docUrl: string;
  readonly lock?: { readonly mode: LockMode; readonly relation: string; readonly blocks: string[] };
}

export interface TableSize {
  /** Estimated rows (pg_class.reltuples); -1 when unknown (never analyzed). */
  readonly rows: number;
  /** Live rows as the statistics count them (pg_stat_all_tables.n_live_tup), when the database has them. */
  readonly liveRows?: number | undefined;
  /** Heap, indexes and TOAST, from the catalog (src/schema/relation-sizes.ts): never a lock on the table. */
  readonly bytes: number;
  /** A partitioned table (relkind 'p'): CREATE INDEX CONCURRENTLY cannot run on it, only on its partitions. */
  readonly partitioned?: boolean | undefined;
}

export interface LintOptions {
  /** Target PostgreSQL: a major version (15) or server_version_num (150004). Default 15. */
  readonly pgVersion?: number;
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Below both numbers a table is small and lock findings on it are info. Default 10,000 rows and 10 MB. */
  readonly sizeThreshold?: { readonly rows: number; readonly bytes: number };
  /** Sizes of existing tables (from a database). When given, a relation absent from it does not exist yet. */
  readonly tableSizes?: ReadonlyMap<string, TableSize>;
  /**
   * The schemas on the target database (read with its table sizes); undefined without a database. A schema missing
   * from it is created by an earlier migration of the run, so dropping it loses nothing that exists today.
   */
  readonly existingSchemas?: ReadonlySet<string> | undefined;
  /** Lockstep's runner will SET lock_timeout / statement_timeout itself: the missing-timeout rules stay quiet. */
  readonly runnerSetsTimeouts?: boolean;
  /** Lockstep's runner will SET statement_timeout (when not given, follows runnerSetsTimeouts). */
  readonly runnerSetsStatementTimeout?: boolean;
  /**
   * How the linted SQL is run (src/execution): `lockstep` (default) as `lockstep up` runs each migration; `autocommit`
   * (psql -f, golang-migrate) or `transaction` (one transaction per file) for SQL another tool runs.
   */
  readonly execution?: Semantics | undefined;
  /** Which migrations must have a down part (the require-down rule): see docs/configuration.md. */
  readonly requireDown?: 'new' | 'all' | 'none' | undefined;
  /** The last migration of the project when it adopted Lockstep: `requireDown: new` asks downs of those after it. */
  readonly adoptedThrough?: string | undefined;
  /** Turns on `unqualified-table-name`. */
  readonly unqualifiedNames?: boolean;
  /**
   * Indexes known outside the migration being linted (created by the other migrations of the run, or read
   * from the database): leading columns per table. Used by `foreign-key-without-index`.
   */
  readonly knownIndexes?: ReadonlyArray<{ readonly table: string; readonly columns: readonly string[] }>;
  /**
   * Read from the database: the tables (as the migrations name them) that a foreign key of another table references,
   * with those referencing tables. Used by require-concurrent-detach-partition: detaching a partition of such a table
   * checks the referencing rows.
   */
  readonly referencedBy?: ReadonlyMap<string, readonly string[]> | undefined;
  /**
   * Column types before this migration (from the earlier migrations of the run, or the database): ALTER COLUMN
   * TYPE is then judged from the old type (see src/locks/column-types.ts).
   */
  readonly columnTypes?: ColumnTypes | undefined;
  /**
   * The procedures that COMMIT or ROLL BACK, known before each migration (src/execution/procedures.ts): a CALL of one
   * runs outside a transaction. `lockstep lint` computes it over the migrations it reads when not given.
   */
  readonly procedures?: ProcedureScope | undefined;
  /**
   * The TimeZone setting the runner's sessions start with (current_setting('TimeZone') of the connected
   * database); undefined without a database. A `SET TimeZone` in the migration wins over it.
   */
  readonly serverTimeZone?: string | undefined;
}

export const DEFAULT_PG_VERSION = 15;
export const DEFAULT_SIZE_THRESHOLD = { rows: 10_000, bytes: 10 * 1024 * 1024 } as const;

/** Where a statement inside a DO block or a function body comes from (src/sql/embedded-sql.ts). */
export interface Embedded {
  readonly block: 'do' | 'function';
  /** The function's or procedure's name. */
  readonly name: string | undefined;
  /** False for the body of a function this migration creates but never calls: it runs later, when called. */
  readonly runsNow: boolean;
  /** Written inside a loop of the block: it may run many times, each time in the block's transaction unless it COMMITs. */
  readonly inLoop?: boolean;
}

/** The dynamic SQL of one DO block or function body: EXECUTE of SQL built at run time. */
export interface EmbeddedDynamic {
  /** The DO or CREATE FUNCTION statement. */
  readonly statement: StatementFacts;
  readonly embedded: Embedded;
  readonly dynamic: readonly DynamicSql[];
}

/** What is known about one statement when the rules run. */
export interface StatementFacts {
  /** Its place among the statements the migration runs (those inside DO blocks and function bodies included). */
  readonly index: number;
  /** The index of the migration's own statement it is, or that holds it (a DO block, a CREATE FUNCTION). */
  readonly source: number;
  /** Set for SQL inside a DO block or a function body. */
  readonly embedded?: Embedded | undefined;
  readonly stmt: ParsedStatement;
  /** The statement's AST kind ("AlterTableStmt"), as stmt.kind. */
  readonly kind: string;
  /** The relation the statement names as its own (ALTER TABLE's table, CREATE INDEX's table, UPDATE's...), if any. */
  readonly relation: string | undefined;
  /** An ALTER TABLE's subcommands, in order; empty for any other statement. */
  readonly commands: readonly AlterTableCmd[];
  /** The columns a CREATE TABLE or ALTER TABLE declares (see analysis/declared-columns.ts); empty for others. */
  readonly columns: readonly DeclaredColumn[];
  /** Locks on existing relations (see src/locks/lock-model.ts). */
  readonly locks: readonly LockEffect[];
  /** Runs inside a transaction block: the migration's own, one opened with BEGIN, or a shared query's (below). */
  readonly inTransaction: boolean;
  /**
   * Sent in one query with other statements (a StatementBegin/End block, a drizzle piece) outside any BEGIN: that
   * query is PostgreSQL's implicit transaction block.
   */
  readonly sharedQuery?: true;
  /** Statements of one transaction share an id; a statement outside any transaction has its own. */
  readonly transaction: number;
  /** A lock_timeout is in force (SET earlier, a directive, or Lockstep's runner). */
  readonly lockTimeout: boolean;
  readonly statementTimeout: boolean;
}

export interface MigrationFacts {
  readonly file: string;
  readonly statements: readonly StatementFacts[];
  /** EXECUTE of SQL built at run time, per DO block or function body. */
  readonly dynamic: readonly EmbeddedDynamic[];
  /** The migration runs in Lockstep's transaction (it is not marked no-transaction). */
  readonly transactional: boolean;
  /** Its tool's transaction is open when it starts, and commits the block it leaves open (Execution.enclosed). */
  readonly enclosed?: boolean | undefined;
  /**
   * Per statement of the migration's own (StatementFacts.source): why PostgreSQL refuses it in a transaction block, as
   * the execution model decided it (the procedures that COMMIT known from earlier migrations and the database too).
   */
  readonly refusals: readonly (string | undefined)[];
  /** The file's BEGIN that nothing commits (execution's unclosedBegin): `up` refuses the file. */
  readonly unclosedBegin: StatementFacts | undefined;
  /** Major version, e.g. 15. */
  readonly pgMajor: number;
  /** Minor version when known (from server_version_num). */
  readonly pgMinor: number | undefined;
  /**
   * True when the version was given (--pg-version, lint.pgVersion) or read from the connected server; false when
   * lint assumes DEFAULT_PG_VERSION. A rule may then hold back what only a newer server accepts.
   */
  readonly pgVersionKnown: boolean;
  /** True when table sizes came from a database, so an unknown table does not exist yet. */
  readonly sizesKnown: boolean;
  /** Column types before the migration (earlier migrations, the database), as its statements' locks were judged with. */
  readonly columnTypes: ColumnTypes | undefined;
  /** The statements of one AST kind ("AlterTableStmt"), in order; indexed once so a rule visits only its kinds. */
  ofKind(kind: string): readonly StatementFacts[];
  /** Created by a statement of this migration before `at` (tables, indexes, views, sequences, types). */
  isNew(name: string, at: StatementFacts): boolean;
  sizeOf(relation: string): TableSize | undefined;
}

export interface RuleContext {
  readonly facts: MigrationFacts;
  readonly options: LintOptions;
}

/** One hazard a rule found. The engine turns it into a Finding. */
export interface Report {
  readonly statement: StatementFacts;
  readonly message: string;
  readonly help: string;
  /** The existing relation the hazard is about: drives the new-object exemption and the size message. */
  readonly relation?: string | undefined;
  readonly lock?: LockEffect | undefined;
  /** How long the lock is held, for the size message: "the whole index build". */
  readonly during?: string | undefined;
  /** A rule may grade a finding below its default (e.g. a type change that may be binary-coercible). */
  readonly severity?: Severity | undefined;
  /** Where to point when it is not the statement itself (an EXECUTE inside a DO block). */
  readonly at?: { readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number } | undefined;
}

export interface Rule {
  /** kebab-case, equal to the file name in src/lint/rules/. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule catches. */
  readonly description: string;
  /** docs/rules/<id>.md */
  readonly docs: string;
  /**
   * A lock or rewrite hazard on an existing table: findings on objects created earlier in the same migration
   * are dropped, and with known table sizes a finding on a small or missing table becomes info.
   */
  readonly lockHazard: boolean;
  /**
   * With `lockHazard`: the hazard is a failure as soon as the table holds one row, not a cost that grows with its
   * size, so table sizes make a finding info only on a table that is empty or does not exist yet (lint/size.ts).
   */
  readonly failsOnAnyRow?: boolean;
  readonly check: RuleCheck;
}

/**
 * A rule's check. `kinds`, when set (rule-kit's onKind, onKinds and onAlterCommand set it), lists the only
 * statement kinds it looks at: the engine does not call it for a migration without any of them. `each`, when set
 * (every rule-kit helper sets it), judges one statement on its own: the engine then calls it from its single pass
 * over the migration's statements, for the statements of `kinds` (all of them when `kinds` is unset), instead of
 * calling the check.
 */
export type RuleCheck = ((ctx: RuleContext) => readonly Report[]) & {
  readonly kinds?: readonly string[];
  readonly each?: (s: StatementFacts, ctx: RuleContext) => Report | readonly Report[] | undefined;
};

/** One mechanical rewrite proposed by `--fix`. */
export interface FileFix {
  /** The file written (a new migration, or an existing one rewritten). */
  readonly path: string;
  /** Undefined when the file is new. */
  readonly before: string | undefined;
  readonly after: string;
  /** The rule whose finding this fix removes. */
  readonly rules: readonly string[];
}

export interface FixResult {
  readonly files: readonly FileFix[];
  /** A unified diff of all files, for display. */
  readonly diff: string;
  /** True when the files were written to disk. */
  readonly written: boolean;
  /** Findings that had no mechanical fix, or whose fix was dropped because it did not lint clean. */
  readonly notes: readonly string[];
}

/** The result of linting a set of files. */
export interface LintRun {
  readonly files: string[];
  readonly findings: Finding[];
  readonly unusedIgnores: Finding[];
  readonly fixes?: FixResult | undefined;
  /** File contents by path, for code frames (human and markdown output). */
  readonly sources?: Readonly<Record<string, string>> | undefined;
  /** Up sections of migrations the database has already applied, left out of a run with a database. */
  readonly skippedApplied?: readonly string[] | undefined;
  /** Migrations whose up is code (a TypeScript/JavaScript module, or one only its own tool can run): no SQL to lint. */
  readonly notSql?: readonly string[] | undefined;
}
