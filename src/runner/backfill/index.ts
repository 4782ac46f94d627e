export { backfill } from './backfill-helper.js';
export { runBackfill, DEFAULT_BATCH_SIZE } from './run-backfill.js';
export type { BackfillOptions, BackfillResult } from './run-backfill.js';
export { listBackfills, backfillsTable } from './progress-store.js';
export type { BackfillRow } from './progress-store.js';
export { backfillCounts, formatProgressLine } from './progress.js';
export type { BackfillSpec } from '../../core/types.js';
export { describeBackfill } from './describe-backfill.js';
