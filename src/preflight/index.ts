export { runPreflight } from './run-preflight.js';
export { locksOfMigrations } from './locks-of-migrations.js';
export type { PendingStep } from './locks-of-migrations.js';
export { preflightSettings, PREFLIGHT_DEFAULTS } from './settings.js';
export { insideWindow } from './checks/maintenance-window.js';
export type {
  Severity, CheckName, Finding, SessionInfo, NeededLock, MigrationLocks, MaintenanceWindow, BackupCheck,
  PreflightSettings, PreflightInput, PreflightReport,
} from './types.js';
