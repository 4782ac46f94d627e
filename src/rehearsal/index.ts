export type {
  ExistingRelation, LockSource, MigrationTrace, RelationKind, StatementTrace, TraceError, TracedLock, TracedRewrite,
} from './types.js';
export { traceMigration, traceError, shorten, type TraceOptions } from './trace-migration.js';
export { toLintMode, resolveRelation } from './lock-facts.js';
export { ShadowRunner } from './shadow-runner.js';
export { replayHistory, type ReplayResult } from './replay-history.js';
export { disposingAfter, openRehearsal, shadowUrlOf, extensionsUsed, rolesNamedBy, type Rehearsal, type RehearsalOptions } from './open-rehearsal.js';
export { runRoundTrip, type RoundTripOptions, type RoundTripPhase, type RoundTripRun, type RoundTripStep, type RoundTripTimings } from './round-trip.js';
export { isPositionOnly, withoutPositions } from './column-order.js';
export { preparePending, rehearsePending, rehearseOnTarget, isTimeout, type OnRehearsed, type PreparedPending, type RehearsedPending, type TargetLimits } from './rehearse-pending.js';
export { preparingSession } from './preparing-session.js';
export { loadSchema, readRoles, type LoadedSchema, type LoadOptions } from './load-schema.js';
