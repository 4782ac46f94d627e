import type { BackfillSpec } from '../../core/types.js';

/** One SQL comment line saying what a backfill does: for dry runs and the history row's stored SQL. */
export function describeBackfill(spec: BackfillSpec): string {
  const extras = [
    spec.key ? `key ${spec.key}` : '',
    spec.pauseMs ? `pause ${spec.pauseMs}ms` : '',
    spec.maxReplicaLagBytes !== undefined ? `max replica lag ${spec.maxReplicaLagBytes} bytes` : '',
  ].filter(Boolean).join(', ');
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return `-- backfill ${spec.table}: UPDATE ${spec.table} SET ${oneLine(spec.set)} WHERE ${oneLine(spec.where ?? 'true')}, in batches of ${spec.batchSize ?? 1000} rows in key order, one transaction each${extras ? ` (${extras})` : ''}`;
}
