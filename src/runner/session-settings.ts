import type { Session } from '../db/index.js';

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
