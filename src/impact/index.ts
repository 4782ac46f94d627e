export type { Calibration, DataChangeEstimate, HoldEstimate, LockSession, LongestTransaction, RelationSize } from './types.js';
export { readLockActivity, longestTransaction } from './lock-activity.js';
export { calibrate, CALIBRATION_ROWS } from './calibrate.js';
export { estimateHolds, statementCosts, scalesWithSize, type StatementCost } from './estimate-hold.js';
export { assessImpact, plannedLocks, type ImpactContext, type MigrationImpact } from './assess-impact.js';
export { changesData, estimateDataChanges } from './data-changes.js';
