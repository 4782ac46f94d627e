/**
 * PostgreSQL's lock semantics, below every module that asks "what does this statement lock, block, rewrite or
 * scan?": the linter, pre-flight, rehearsal, impact and the reports. Checked against the server by the oracle
 * tests in test/locks/.
 */
export type { LockEffect, LockFacts } from './lock-model.js';
export { statementLocks, majorVersion } from './lock-model.js';
export type { LockMode, Blocked } from './lock-modes.js';
export { LOCK_MODES, conflicts, strongest, blockedBy, blockedLabel, modeLabel, lockModeFromNumber } from './lock-modes.js';
export type { CommandEffect } from './lock-model-alter-table.js';
export { alterTableCommandEffect, constraintEffect } from './lock-model-alter-table.js';
export type { Volatility, AddColumnAnalysis } from './column-default.js';
export { SERIAL_TYPES, volatility, analyzeAddColumn, notImmutableCall } from './column-default.js';
export type { TypeChange, TypeChangeVerdict, TypeChangeSession } from './type-change.js';
export { analyzeTypeChange, isUtcTimeZone } from './type-change.js';
export { inlineForeignKeyValidates } from './foreign-key-validation.js';
export type { ColumnTypes, MutableColumnTypes, ColumnEvent, ColumnLookup } from './column-types.js';
export {
  DEFAULT_SCHEMA, qualifiedName, catalogType, oldColumnType, columnEvents, columnLookups, lookupsHold, applyColumnEvents,
  copyColumnTypes,
} from './column-types.js';
export { createdNames, renamedRelation, bareName, sameName, byName } from './relation-names.js';
