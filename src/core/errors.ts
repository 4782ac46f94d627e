/**
 * Every failure Lockstep reports is a LockstepError with a stable code.
 * The table below is the single source of truth for each code's exit code,
 * HTTP status and documentation anchor (docs/errors.md#<anchor>).
 */

export interface ErrorSpec {
  readonly exit: number;
  readonly http: number;
  readonly summary: string;
}

/** Exit codes: 1 a migration or check failed, 2 usage/config, 3 invalid migration files,
 * 4 database connection, 5 run lock, 6 refused because of history state (checksum, out of order, partial). */
export const ERROR_CODES = {
  LOCKSTEP_E_USAGE: { exit: 2, http: 400, summary: 'invalid command-line usage or request' },
  LOCKSTEP_E_CONFIG: { exit: 2, http: 400, summary: 'invalid configuration' },
  LOCKSTEP_E_UNKNOWN_ENV: { exit: 2, http: 404, summary: 'named environment is not configured' },
  LOCKSTEP_E_NO_DATABASE_URL: { exit: 2, http: 400, summary: 'no database URL in CI or production: up/down/baseline/adopt refuse the embedded default' },
  LOCKSTEP_E_UNAUTHORIZED: { exit: 2, http: 401, summary: 'the HTTP request has no valid bearer token' },
  LOCKSTEP_E_FORBIDDEN: { exit: 2, http: 403, summary: 'the token does not allow this operation or environment' },
  LOCKSTEP_E_BAD_JSON: { exit: 2, http: 400, summary: 'the request body is not valid JSON of the expected shape' },
  LOCKSTEP_E_PAYLOAD_TOO_LARGE: { exit: 2, http: 413, summary: 'the request body exceeds the size limit' },
  LOCKSTEP_E_NOT_FOUND: { exit: 2, http: 404, summary: 'no such HTTP route' },
  LOCKSTEP_E_METHOD_NOT_ALLOWED: { exit: 2, http: 405, summary: 'the HTTP route exists, but not for this method (the Allow header lists its methods)' },
  LOCKSTEP_E_DIR_NOT_FOUND: { exit: 3, http: 400, summary: 'migrations directory does not exist' },
  LOCKSTEP_E_DUPLICATE_VERSION: { exit: 3, http: 400, summary: 'two migration files share a version' },
  LOCKSTEP_E_MISSING_UP_MARKER: { exit: 3, http: 400, summary: 'a single-file migration has no up marker' },
  LOCKSTEP_E_MISSING_UP_FILE: { exit: 3, http: 400, summary: 'a versioned migration directory has no up.sql' },
  LOCKSTEP_E_BAD_MARKERS: { exit: 3, http: 400, summary: 'section or statement markers are repeated, misplaced or unbalanced' },
  LOCKSTEP_E_EMPTY_UP: { exit: 3, http: 400, summary: 'the up section contains no SQL' },
  LOCKSTEP_E_FILE_UNREADABLE: { exit: 3, http: 400, summary: 'a migration file cannot be read (permissions, a broken or looping symbolic link)' },
  LOCKSTEP_E_BAD_FILE_NAME: { exit: 3, http: 400, summary: 'a file named as a migration of its tool (a Flyway baseline migration) has a version that cannot be read' },
  LOCKSTEP_E_BAD_METADATA: { exit: 3, http: 400, summary: 'a file that describes migrations (diesel metadata.toml, drizzle journal, Flyway .conf) is invalid or contradicts a directive' },
  LOCKSTEP_E_INVALID_UTF8: { exit: 3, http: 400, summary: 'a migration file is not valid UTF-8' },
  LOCKSTEP_E_NUL_BYTE: { exit: 3, http: 400, summary: 'a SQL migration file holds a NUL byte, which PostgreSQL cannot take' },
  LOCKSTEP_E_UNKNOWN_DIRECTIVE: { exit: 3, http: 400, summary: 'unknown lockstep: directive' },
  LOCKSTEP_E_BAD_DIRECTIVE: { exit: 3, http: 400, summary: 'a directive has an invalid value' },
  LOCKSTEP_E_SQL_SYNTAX: { exit: 3, http: 400, summary: 'SQL syntax error' },
  LOCKSTEP_E_TRANSACTION_CONTROL: { exit: 3, http: 400, summary: 'a migration that manages its own transactions opens one and never commits it' },
  LOCKSTEP_E_UNSUPPORTED_MIGRATION: { exit: 1, http: 409, summary: 'a migration is written in a form Lockstep cannot run (goose .go, Flyway Java, node-pg-migrate builder code)' },
  LOCKSTEP_E_MODULE_INVALID: { exit: 3, http: 400, summary: 'a module migration does not export up/down functions' },
  LOCKSTEP_E_DB_UNREACHABLE: { exit: 4, http: 503, summary: 'the database cannot be reached' },
  LOCKSTEP_E_DB_AUTH: { exit: 4, http: 503, summary: 'the database rejected the credentials' },
  LOCKSTEP_E_CONNECTION_LOST: { exit: 4, http: 503, summary: 'the database session was lost during a run (terminated, restarted, network); the message says what state the migration is in' },
  LOCKSTEP_E_POOLER: { exit: 4, http: 503, summary: 'the database URL goes through a transaction pool: the run lock would not hold' },
  LOCKSTEP_E_SHADOW: { exit: 4, http: 503, summary: 'the shadow database cannot be created or started' },
  LOCKSTEP_E_RUN_LOCK_TIMEOUT: { exit: 5, http: 409, summary: 'another Lockstep run holds the run lock' },
  LOCKSTEP_E_RUN_LOCK_LOST: { exit: 5, http: 409, summary: 'a migration released the run lock and another run took it: the run stopped' },
  LOCKSTEP_E_CHECKSUM_MISMATCH: { exit: 6, http: 409, summary: 'an applied migration file was edited' },
  LOCKSTEP_E_OUT_OF_ORDER: { exit: 6, http: 409, summary: 'a pending migration is older than the newest applied one' },
  LOCKSTEP_E_PARTIAL: { exit: 6, http: 409, summary: 'a non-transactional migration stopped part-way' },
  LOCKSTEP_E_FOREIGN_HISTORY: { exit: 6, http: 409, summary: 'the target holds another tool\'s migration history and no Lockstep history: run lockstep adopt first' },
  LOCKSTEP_E_ADOPT_NOT_FOUND: { exit: 6, http: 404, summary: 'lockstep adopt found no other tool\'s migration history in the target' },
  LOCKSTEP_E_ADOPT_AMBIGUOUS: { exit: 2, http: 409, summary: 'the target holds several migration histories and nothing says which to adopt' },
  LOCKSTEP_E_ADOPT_FAILED: { exit: 6, http: 409, summary: 'the other tool recorded a migration as started and not finished (dirty, failed)' },
  LOCKSTEP_E_BASELINE_NO_EVIDENCE: { exit: 6, http: 409, summary: 'baseline would mark migrations applied whose tables the target does not have' },
  LOCKSTEP_E_UNKNOWN_VERSION: { exit: 2, http: 404, summary: 'no migration has that version' },
  LOCKSTEP_E_IRREVERSIBLE: { exit: 1, http: 409, summary: 'the migration is marked irreversible' },
  LOCKSTEP_E_NO_DOWN: { exit: 1, http: 409, summary: 'a migration to roll back has no down part (none written, empty, or its tool has none)' },
  LOCKSTEP_E_MIGRATION_FAILED: { exit: 1, http: 500, summary: 'a migration statement failed' },
  LOCKSTEP_E_MIGRATION_TIMEOUT: { exit: 1, http: 504, summary: 'a module migration ran past its time limit or sat idle in its transaction; it was stopped and its locks released' },
  LOCKSTEP_E_LOCK_TIMEOUT: { exit: 1, http: 503, summary: 'a statement could not get its lock before the retry deadline' },
  LOCKSTEP_E_LINT_FAILED: { exit: 1, http: 422, summary: 'pending migrations have error-level lint findings' },
  LOCKSTEP_E_PROTECTED_ENV: { exit: 2, http: 403, summary: 'the operation is refused on a protected environment' },
  LOCKSTEP_E_PREFLIGHT: { exit: 1, http: 409, summary: 'pre-flight checks found blockers' },
  LOCKSTEP_E_VERIFY_FAILED: { exit: 1, http: 409, summary: 'verification found differences' },
  LOCKSTEP_E_FLEET_UNKNOWN: { exit: 2, http: 404, summary: 'no fleet is named or configured, or the named one is not' },
  LOCKSTEP_E_FLEET_TARGETS: { exit: 2, http: 400, summary: 'a fleet\'s targets cannot be read: a bad line in the targets file, a failing targetsQuery, a duplicate' },
  LOCKSTEP_E_FLEET_GOAL: { exit: 2, http: 409, summary: 'a runner joined a rollout of the same fleet that migrates to other migrations' },
  LOCKSTEP_E_FLEET_FAILED: { exit: 1, http: 409, summary: 'a fleet rollout ended with failed targets, or stopped (canary wave, --max-failures)' },
  LOCKSTEP_E_INTERRUPTED: { exit: 130, http: 503, summary: 'the run was interrupted (SIGINT/SIGTERM or an aborted AbortSignal)' },
  LOCKSTEP_E_INTERNAL: { exit: 70, http: 500, summary: 'unexpected internal error' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

export interface LockstepErrorOptions {
  readonly hint: string;
  readonly location?: SourceLocation;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
  /** A command whose documented exit codes differ (lint: parse errors exit 2) overrides the table. */
  readonly exit?: number;
}

export class LockstepError extends Error {
  override readonly name = 'LockstepError';
  readonly code: ErrorCode;
  readonly hint: string;
  readonly location: SourceLocation | undefined;
  readonly details: Readonly<Record<string, unknown>>;
  private readonly exitOverride: number | undefined;

  constructor(code: ErrorCode, message: string, options: LockstepErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.location = options.location;
    this.details = options.details ?? {};
    this.exitOverride = options.exit;
  }

  get exitCode(): number {
    return this.exitOverride ?? ERROR_CODES[this.code].exit;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }

  /** "file:line:col" when known. */
  get where(): string | undefined {
    const loc = this.location;
    if (!loc) return undefined;
    if (loc.line === undefined) return loc.file;
    return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
  }

  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      hint: this.hint,
      ...(this.location ? { location: this.location } : {}),
      ...(Object.keys(this.details).length ? { details: this.details } : {}),
    };
  }
}

/** Several problems found at once (config validation, loading a directory). */
export class LockstepErrors extends LockstepError {
  readonly errors: readonly LockstepError[];
  constructor(errors: readonly LockstepError[]) {
    const first = errors[0];
    if (!first) throw new Error('LockstepErrors needs at least one error');
    super(
      first.code,
      errors.length === 1 ? first.message : `${errors.length} problems found:\n${errors.map((e) => `  - ${e.where ? `${e.where}: ` : ''}${e.message}`).join('\n')}`,
      { hint: errors.length === 1 ? first.hint : errors.map((e) => e.hint).filter((h, i, a) => a.indexOf(h) === i).join('\n'), location: first.location, details: { errors: errors.map((e) => e.toJSON()) } },
    );
    this.errors = errors;
  }
}

export function isLockstepError(e: unknown): e is LockstepError {
  return e instanceof LockstepError;
}

/** Throws all collected errors at once, or nothing. */
export function throwCollected(errors: readonly LockstepError[]): void {
  if (errors.length === 1 && errors[0]) throw errors[0];
  if (errors.length > 1) throw new LockstepErrors(errors);
}
