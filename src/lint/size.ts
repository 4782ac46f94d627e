/** Size awareness: how big is the table a finding is about, and what does that mean for the finding. */
import { formatBytes, formatRows } from '../core/sizes.js';
import type { LockEffect } from '../locks/index.js';
import { blockedLabel } from '../locks/index.js';
import type { Severity, TableSize } from './types.js';
import { DEFAULT_SIZE_THRESHOLD } from './types.js';

export { formatBytes, formatRows } from '../core/sizes.js';

export function isSmall(size: TableSize, threshold: { rows: number; bytes: number } = DEFAULT_SIZE_THRESHOLD): boolean {
  return size.rows < threshold.rows && size.bytes < threshold.bytes;
}

export function defaultDuring(lock: LockEffect | undefined): string {
  if (lock?.rewrite) return 'the whole table rewrite';
  if (lock?.scan) return 'the whole table scan';
  return 'as long as the lock is held';
}

export interface SizedFinding {
  readonly severity: Severity;
  readonly message: string;
}

/**
 * Adjusts a lock finding to the real table: info on a missing or small table, otherwise the message says
 * how big the table is and what is blocked ("payments: ~80M rows, 42 GB — writes blocked for the whole
 * index build"). Without sizes (no database), the finding is unchanged.
 */
export function applySize(
  finding: SizedFinding,
  relation: string,
  size: TableSize | undefined,
  sizesKnown: boolean,
  lock: LockEffect | undefined,
  during: string | undefined,
  threshold: { rows: number; bytes: number } | undefined,
): SizedFinding {
  if (!sizesKnown) return finding;
  if (!size) return { severity: 'info', message: `${finding.message} (${relation} does not exist yet in the database)` };
  const sized = `${relation}: ${formatRows(size.rows)}, ${formatBytes(size.bytes)}`;
  if (isSmall(size, threshold)) return { severity: 'info', message: `${finding.message} (${sized}, below the size threshold)` };
  const blocked = lock ? blockedLabel(lock.blocks) : '';
  const tail = blocked ? ` — ${blocked} blocked for ${during ?? defaultDuring(lock)}` : '';
  return { severity: finding.severity, message: `${finding.message} (${sized}${tail})` };
}

/**
 * For a finding whose hazard is a failure as soon as the table holds a row (adding-not-null-column): info only on a
 * table that does not exist yet or is empty, as far as the catalog (reltuples, analyzed) and the statistics
 * (n_live_tup) both say, neither of which waits for a lock; otherwise unchanged, with the row count when there is one.
 */
export function applyRowCount(finding: SizedFinding, relation: string, size: TableSize | undefined): SizedFinding {
  if (!size) return { severity: 'info', message: `${finding.message} (${relation} does not exist yet in the database)` };
  const live = size.liveRows;
  const rows = Math.max(size.rows, live ?? -1);
  if (rows > 0) return { severity: finding.severity, message: `${finding.message} (${relation}: ${formatRows(rows)})` };
  const empty = live === 0 ? size.rows <= 0 : live === undefined && size.rows === 0;
  if (empty) return { severity: 'info', message: `${finding.message} (${relation} is empty)` };
  return finding;
}
