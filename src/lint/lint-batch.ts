/**
 * Lints the share of a run's targets that one thread claims. The main thread and the lint workers (see
 * pool.ts) run the same code and claim chunks from one shared counter, so a thread that starts late or runs
 * slow simply claims fewer. Results carry their target's index, and the caller puts them back in target
 * order: the output is the same whatever thread linted what.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLockstepError, LockstepError } from '../core/errors.js';
import type { ErrorCode, SourceLocation } from '../core/errors.js';
import { lintPrepared, prepareMigration } from './lint-migration.js';
import type { PreparedMigration } from './lint-migration.js';
import { indexesCreated } from './rules/foreign-key-without-index.js';
import { applyColumnEvents, columnEvents, columnLookups, copyColumnTypes, type ColumnEvent, type ColumnLookup } from '../locks/index.js';
import type { LintTarget } from './targets.js';
import type { Finding, LintOptions } from './types.js';

export type KnownIndex = NonNullable<LintOptions['knownIndexes']>[number];

/** One target's lint, as a thread reports it. */
export interface TargetResult {
  readonly index: number;
  readonly findings: Finding[];
  readonly unusedIgnores: Finding[];
  readonly path: string;
  readonly fileText: string;
  /**
   * The migration has a foreign key, and its foreign-key-without-index outcome may change once the indexes
   * created by every other migration of the run are known (this thread knew only its own share).
   */
  readonly needsRunIndexes: boolean;
  /** The migration changes a column's type: its findings depend on the column types the earlier migrations declare. */
  /**
   * The old column types the findings were made with (one per ALTER COLUMN TYPE), as this thread knew them from the
   * migrations it had linted itself; the caller re-lints when the whole run says otherwise.
   */
  readonly columnLookups: ColumnLookup[];
  /** What the migration changes in the known column types (see src/locks/column-types.ts). */
  readonly columnEvents: ColumnEvent[];
}

/** A LockstepError as plain data: errors lose their class (and code, hint, location) between threads. */
export interface ErrorData {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string;
  readonly location?: SourceLocation | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

export interface BatchResult {
  readonly results: TargetResult[];
  readonly errors: Array<{ readonly index: number; readonly error: ErrorData }>;
  /** Indexes created by the migrations this thread parsed. */
  readonly createdIndexes: KnownIndex[];
}

/** Returns the next [start, end) range of target indexes to lint, or undefined when none is left. */
export type Claim = () => readonly [number, number] | undefined;

export function errorData(err: LockstepError): ErrorData {
  return { code: err.code, message: err.message, hint: err.hint, location: err.location, details: err.details };
}

export function errorFromData(data: ErrorData): LockstepError {
  return new LockstepError(data.code, data.message, { hint: data.hint, location: data.location, details: data.details });
}

/** A claim over a shared Int32Array counter: each call takes the next `chunk` indexes below `total`. */
export function sharedClaim(counter: Int32Array, total: number, chunk: number): Claim {
  return () => {
    const start = Atomics.add(counter, 0, chunk);
    return start < total ? [start, Math.min(total, start + chunk)] : undefined;
  };
}

const FK_RULE = 'foreign-key-without-index';

/**
 * Lints claimed targets with `options`, whose knownIndexes must not yet hold the run's created indexes: each
 * target's outcome for foreign-key-without-index is marked for a re-check when it could depend on them.
 */
export function lintClaimed(targets: readonly LintTarget[], cwd: string, options: LintOptions, claim: Claim): BatchResult {
  const results: TargetResult[] = [];
  const errors: Array<{ index: number; error: ErrorData }> = [];
  const createdIndexes: KnownIndex[] = [];
  // Column types as declared by the migrations this thread has linted, in order. On one thread that is every
  // earlier migration, so nothing needs linting again; with workers the caller checks each lookup.
  const known = copyColumnTypes(options.columnTypes);
  for (let range = claim(); range; range = claim()) {
    for (let index = range[0]; index < range[1]; index++) {
      const target = targets[index];
      if (!target || target.migration.up.kind !== 'sql') continue;
      const path = target.migration.up.path;
      const fileText = target.fileText ?? readFileSync(resolve(cwd, path), 'utf8');
      let prepared: PreparedMigration | undefined;
      try {
        prepared = prepareMigration(target.migration, fileText, options);
      } catch (err) {
        if (!isLockstepError(err)) throw err;
        errors.push({ index, error: errorData(err) });
        continue;
      }
      if (!prepared) continue;
      for (const created of indexesCreated(prepared.statements.map((stmt) => ({ stmt })))) createdIndexes.push(created);
      const statements = prepared.statements;
      const lookups = columnLookups(statements, known);
      let readKnown = false;
      const watched: LintOptions = {
        ...options,
        ...(lookups.length > 0 ? { columnTypes: known } : {}),
        get knownIndexes() {
          readKnown = true;
          return options.knownIndexes;
        },
      };
      const { findings, unusedIgnores } = lintPrepared(prepared, watched);
      // Only foreign keys read the known indexes. More indexes can only clear a finding, so the outcome is
      // final unless there is one to clear, or an ignore comment that such a finding would use.
      const needsRunIndexes = readKnown && (findings.some((f) => f.rule === FK_RULE) || fileText.includes(FK_RULE));
      const events = columnEvents(statements);
      applyColumnEvents(known, events);
      results.push({ index, findings, unusedIgnores, path, fileText, needsRunIndexes, columnLookups: lookups, columnEvents: events });
    }
  }
  return { results, errors, createdIndexes };
}
