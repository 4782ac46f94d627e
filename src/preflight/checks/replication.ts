import { formatBytes } from '../../core/sizes.js';
import { replicaLags } from '../../db/index.js';
import type { Session } from '../../db/index.js';
import type { Finding } from '../types.js';

/** Replicas further behind than the limit: a migration adds WAL and makes them fall further behind. */
export async function replicationFindings(session: Session, maxLagBytes: number | null): Promise<Finding[]> {
  if (maxLagBytes === null) return [];
  const lags = await replicaLags(session);
  if (lags === null || lags.length === 0) return [];
  const out: Finding[] = [];
  for (const r of lags) {
    const name = `replica ${r.applicationName || r.clientAddr || '?'}${r.state ? ` (${r.state})` : ''}`;
    if (r.lagBytes === null) {
      out.push({ check: 'replication-lag', severity: 'info', message: `${name}: replay lag not visible to this role`, hint: 'Grant pg_read_all_stats (or pg_monitor) to the migration role to check replica lag.' });
    } else if (r.lagBytes > maxLagBytes) {
      out.push({
        check: 'replication-lag',
        severity: 'blocker',
        message: `${name} is ${formatBytes(r.lagBytes)} behind in replay (limit ${formatBytes(maxLagBytes)})`,
        hint: 'Wait for it to catch up (--wait-for-blockers 5m), or raise preflight.maxReplicaLag in the config.',
      });
    }
  }
  return out;
}
