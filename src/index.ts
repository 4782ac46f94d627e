/** Lockstep's library API. */
export * from './api/index.js';
export { LockstepError, LockstepErrors, ERROR_CODES, isLockstepError } from './core/errors.js';
export type { ErrorCode } from './core/errors.js';
export type { MigrationFile, MigrationContext, MigrationModule, Directives, Layout } from './core/types.js';
export { resolveConfig, defineConfig } from './config/index.js';
export type { ConfigOverrides, ResolvedConfig, LockstepConfig } from './config/index.js';
export type { RunEvent, RunEventSink, RunPolicy } from './runner/index.js';
export { backfill, type BackfillSpec, type BackfillResult } from './runner/index.js';
export { fleetUp, fleetStatus, fleetPlan, fleetDown, resolveFleet, readTargetsFile, queryTargets } from './fleet/index.js';
export type { FleetSpec, FleetFlags, FleetTarget, FleetUpOptions, FleetUpResult, FleetEvent, FleetStatus, FleetTargetStatus, FleetPlan, FleetDownResult } from './fleet/index.js';
