/** The report module's surface: what other modules may import. */
export { formatAdopt } from './adopt-report.js';
export { COMPLETION_SHELLS, completionScript } from './completion-script.js';
export type { CompletionCommand, CompletionShell } from './completion-script.js';
export { errorJson, formatError } from './error-report.js';
export { formatFleetDown, formatFleetPlan, formatFleetStatus, formatFleetUp } from './fleet-report.js';
export { formatHistory } from './history-report.js';
export { formatMatrix } from './matrix-report.js';
export { formatStatus } from './status-report.js';
export { formatRun } from './run-report.js';
// How reports write a duration ("1.2 s"), for a client that prints progress itself (`lockstep test --verbose`).
export { formatMs } from '../verdict/index.js';
export type { LintFormat } from './lint/index.js';
export { formatEvent } from './event-report.js';
export { formatIndexProgressBar } from './index-progress-report.js';
export { formatProgressBar, formatProgressBarText, formatProgressText } from './progress-report.js';
