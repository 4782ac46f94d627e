export { createMigrator } from './create-migrator.js';
export type { Migrator, MigratorOptions } from './create-migrator.js';
export type { UpOptions } from './up.js';
export type { DownOptions } from './down.js';
export type { RunResult, MigrationOutcome, MigrationRef } from './results.js';
export type { StatusReport, StatusItem, HistoryReport } from './status.js';
export type { VerifyReport, BaselineOptions } from './maintenance.js';
export type { MissingObject } from './baseline-evidence.js';
export type { AdoptOptions, AdoptReport, AdoptItem, ForeignTool } from '../adopt/index.js';
export { FOREIGN_TOOLS } from '../adopt/index.js';
export type { CreateOptions } from './files.js';
export type { MigratorContext } from './context.js';
export { withRunLock, withSession } from './context.js';
export { statusAllEnvironments, environmentNames } from './environments.js';
export { configForEnvironment } from '../config/index.js';
// For a short run (the CLI's commands but `serve`): the parser's WASM compiled by the baseline compiler only (sql/wasm-tiering.ts).
export { preferBaselineWasm } from '../sql/index.js';
export type { EnvironmentMatrix, EnvironmentColumn, MatrixRow, MatrixCell, CellState, TimelineEvent, EnvironmentOpener, AllEnvironmentsOptions } from './environments.js';
export type { PlanOptions, PlanReport, PlannedMigration } from './plan.js';
export type { TestOptions, RoundTripReport } from './test-migrations.js';
export type { DriftOptions, DriftReport } from './drift.js';
export type { PendingLint } from './lint-pending.js';
export type { TargetLint } from './lint-gate.js';
export type { LintAnswer } from './lint-files.js';
export type { PendingSelection } from './preflight-pending.js';
export type { PreflightOptions } from './preflight-steps.js';
export { resolveConfig } from '../config/index.js';
export type { ConfigOverrides, ResolvedConfig } from '../config/index.js';
export type { RunEvent, RunEventSink } from '../runner/index.js';
export type { SchemaDumpFormat } from '../schema/index.js';

/** Free-standing SQL linted as `lockstep up` would run it (the linter loads on first use, not with the library). */
export async function lintSqlText(config: import('../config/index.js').ResolvedConfig, sql: string, path: string): Promise<import('./lint-files.js').LintAnswer> {
  return (await import('./lint-files.js')).lintSqlText(config, sql, path);
}
