import type { Session } from './port.js';

export interface ReplicaLag {
  readonly applicationName: string | null;
  readonly clientAddr: string | null;
  readonly state: string | null;
  /** Bytes of WAL the replica has not replayed yet; null when this role may not see it. */
  readonly lagBytes: number | null;
}

/**
 * Replay lag of each streaming replica, measured on the primary as the WAL distance between the current
 * write position and the replica's replay position
 * (https://www.postgresql.org/docs/current/monitoring-stats.html#MONITORING-PG-STAT-REPLICATION-VIEW).
 * Returns null when it cannot be measured here (a standby, or an engine without replication views).
 */
export async function replicaLags(session: Session): Promise<ReplicaLag[] | null> {
  try {
    const res = await session.query<ReplicaLag>(
      `select application_name as "applicationName", client_addr::text as "clientAddr", state,
              case when pg_is_in_recovery() then null else pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::float8 end as "lagBytes"
         from pg_stat_replication`,
    );
    return res.rows;
  } catch {
    return null;
  }
}

/** The largest replay lag in bytes (0 without replicas), or null when it cannot be measured. */
export async function maxReplicaLag(session: Session): Promise<number | null> {
  const lags = await replicaLags(session);
  if (lags === null) return null;
  return lags.reduce((max, l) => Math.max(max, l.lagBytes ?? 0), 0);
}
