/**
 * The Database port: the engine's only view of a database. Adapters (pg/, pglite/) are the only
 * modules that import a driver, and both must pass the same conformance suite (test/db/).
 *
 * Contract:
 * - `connect()` opens a session the caller owns until `release()`; a session runs one statement at a time.
 * - `query()` runs exactly one statement (extended protocol, `$1` parameters); `exec()` runs a script of
 *   one or more statements without parameters (simple protocol). Neither retries.
 * - Every failure from the server is thrown as a DbError carrying the SQLSTATE.
 * - `cancel()`, where present, may be called while another call on the session is in flight; it is the only
 *   method that may.
 * - Adapters never log and never include a password in any message.
 */

export interface QueryResult<R> {
  readonly rows: R[];
  readonly rowCount: number;
}

export interface Session {
  /** Backend process id of this session (pg_backend_pid()). */
  readonly backendPid: number;
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  exec(sql: string): Promise<void>;
  /**
   * Asks the server to cancel the statement this session is running now, if any, from another connection
   * (pg_cancel_backend, https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADMIN-SIGNAL).
   * The statement then fails with SQLSTATE 57014 and its transaction is aborted, as for any failed statement.
   * Resolves once that statement has ended (cancelled, or finished first) or the attempt was given up; never
   * throws; does nothing on an idle session. Absent where a statement cannot be interrupted from outside: an
   * in-process engine (PGlite) runs each statement to its end before any other code of this process runs.
   */
  cancel?(): Promise<void>;
  release(): Promise<void>;
}

export interface Capabilities {
  /** False for in-process engines where every session is the same backend (PGlite). */
  readonly multipleSessions: boolean;
}

export interface Database {
  readonly dialect: 'postgres' | 'pglite';
  readonly capabilities: Capabilities;
  /** Where this database is, with any password replaced by "***". */
  readonly target: string;
  connect(applicationName: string): Promise<Session>;
  close(): Promise<void>;
}

/** A server-side error, normalised across drivers. */
export class DbError extends Error {
  override readonly name = 'DbError';
  constructor(
    message: string,
    readonly sqlState: string | undefined,
    /** 1-based character position in the statement text, when the server reports one. */
    readonly position: number | undefined,
    readonly detail: string | undefined,
    readonly serverHint: string | undefined,
  ) {
    super(message);
  }

  static from(err: unknown): DbError {
    if (err instanceof DbError) return err;
    const e = (err ?? {}) as Record<string, unknown>;
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
    const pos = e.position === undefined ? undefined : Number(e.position);
    return new DbError(
      err instanceof Error ? err.message : String(err),
      str(e.code),
      pos !== undefined && Number.isFinite(pos) ? pos : undefined,
      str(e.detail),
      str(e.hint),
    );
  }
}

/** SQLSTATEs the runner reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const SQLSTATE = {
  lockNotAvailable: '55P03',
  queryCanceled: '57014',
  deadlockDetected: '40P01',
  serializationFailure: '40001',
  invalidPassword: '28P01',
  invalidAuthorization: '28000',
  invalidCatalogName: '3D000',
  activeSqlTransaction: '25001',
  /** The session was ended by pg_terminate_backend or a fast shutdown (admin_shutdown). */
  adminShutdown: '57P01',
  crashShutdown: '57P02',
  /** Set by an adapter when the connection dropped without an error from the server (reset, closed socket). */
  connectionFailure: '08006',
} as const;

/**
 * True when `err` (or an error in its cause chain) means the session is gone: the server ended it (57P01,
 * 57P02) or the connection failed (class 08). Nothing more can run on that session; what it was running
 * either finished or was rolled back by the server, so the caller reports the state and stops.
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function isConnectionLost(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DbError && e.sqlState !== undefined
      && (e.sqlState.startsWith('08') || e.sqlState === SQLSTATE.adminShutdown || e.sqlState === SQLSTATE.crashShutdown)) return true;
  }
  return false;
}
