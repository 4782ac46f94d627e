/** The metrics module's surface: what other modules may import. */
export type { RunCommand, RunMetrics } from './run-metrics.js';
export { createRunMetrics } from './run-metrics.js';
