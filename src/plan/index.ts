export { computeStatus, summarise } from './status.js';
export type { EntryState, StatusEntry, StatusSummary } from './status.js';
export { planUp, planDown, resumePoint } from './plan-run.js';
export { chooseBaseline } from './baseline-choice.js';
export type { UpSelection, UpStep, DownSelection, DownStep } from './plan-run.js';
