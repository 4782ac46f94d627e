import { inTransaction, type Session } from '../db/index.js';
import { mayChangeCurrentUser, mayChangeSessionState, mayReleaseAdvisoryLocks, type ParsedStatement } from '../sql/index.js';
import type { Prepared } from './prepare.js';

/** How often the server checks, while a statement runs, that the run's client is still connected. */
export const CLIENT_CHECK_INTERVAL = '1s';

/**
 * Sets client_connection_check_interval (PostgreSQL 14+) on the run's session, so a statement whose client died
 * (kill -9 of a deploy, a lost network) is stopped within about a second instead of running to its end: without
 * it the server notices only when it next reads from the socket, after the statement, so an orphaned ALTER would
 * keep its lock and an orphaned index build would go on alone
 * (https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-CLIENT-CONNECTION-CHECK-INTERVAL).
 * Either way the next `up` resolves it (a finished concurrent build is recognised, an INVALID one rebuilt).
 * Not every platform has the check; there, and before 14, nothing is set. DISCARD ALL on release resets it.
 */
export async function watchClientConnection(session: Session): Promise<void> {
  await session
    .exec(`select set_config('client_connection_check_interval', '${CLIENT_CHECK_INTERVAL}', false) where current_setting('server_version_num')::int >= 140000`)
    .catch(() => undefined);
}

/** The settings the run's session holds at its start that were set on the session itself (search_path for a schema target, the connection check). */
export interface SessionBaseline {
  readonly settings: ReadonlyArray<{ readonly name: string; readonly setting: string }>;
}

export async function readSessionBaseline(session: Session): Promise<SessionBaseline> {
  const res = await session.query<{ name: string; setting: string }>("select name, setting from pg_catalog.pg_settings where source = 'session' order by name");
  return { settings: res.rows };
}

const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * Puts the session back as the run found it, in one message: the user and role it connected as, every setting at its
 * connection default (RESET ALL: a URL's startup options stay), then what was set on the session before the first
 * migration (the baseline). Called after a migration whose statements may have changed it (sql/session-state.ts), so
 * that a `SET search_path`, a pg_dump file's `set_config('search_path', '', false)`, a `SET ROLE` or a
 * `session_replication_role` does not carry into the next migration: each runs as it would in a run of its own.
 */
export async function restoreSession(session: Session, baseline: SessionBaseline): Promise<void> {
  await session.exec(restoreSql(baseline));
}

/** restoreSession's script, for a caller that sends more in the same message (runner/after-migration.ts). */
export function restoreSql(baseline: SessionBaseline): string {
  const again = baseline.settings.map((s) => `select pg_catalog.set_config(${literal(s.name)}, ${literal(s.setting)}, false);`).join(' ');
  return `reset session authorization; reset role; reset all; ${again}`;
}

/** Whether a prepared migration may do what `may` says of a statement: a module's code may do anything; SQL when one of its statements may. */
function mayAny(up: Prepared, may: (stmt: ParsedStatement) => boolean): boolean {
  return up.kind === 'module' || (up.kind === 'sql' && up.statements.some(may));
}

/** Whether a prepared migration may leave its session changed (sql/session-state.ts `mayChangeSessionState`). */
export const mayLeaveSessionChanged = (up: Prepared): boolean => mayAny(up, mayChangeSessionState);

/** Whether a prepared migration may release the run lock (`mayReleaseAdvisoryLocks`). */
export const mayLoseRunLock = (up: Prepared): boolean => mayAny(up, mayReleaseAdvisoryLocks);

/** Whether a prepared migration may leave its transaction running as another user than the session's (`mayChangeCurrentUser`). */
export const mayChangeItsUser = (up: Prepared): boolean => mayAny(up, mayChangeCurrentUser);

/**
 * Run first in the transaction's message that writes the history row of a migration that may have changed its user
 * (`mayChangeItsUser`): the row is written as the session's own user, not as the role a `SET [LOCAL] ROLE x` or `SET
 * SESSION AUTHORIZATION x` left, which may have no right to the history table (up would fail after the migration ran)
 * and would be recorded as its db_user. LOCAL: it ends with the transaction; the session restore follows.
 */
export const AS_SESSION_USER = 'set local session authorization default; set local role none;';

/**
 * A history write outside a transaction of a no-transaction migration that may have switched users (`own`: its
 * mayChangeItsUser): in a transaction of its own that first sends AS_SESSION_USER, so that the progress row is written
 * as the session's own user while the migration's next statements still run as the role it chose. Any other write
 * is sent as it is, with nothing more.
 */
export async function asSessionUser<T>(session: Session, own: boolean, write: () => Promise<T>): Promise<T> {
  if (!own) return write();
  return inTransaction(session, async () => {
    await session.exec(AS_SESSION_USER);
    return write();
  });
}
