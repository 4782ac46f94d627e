export type { Reason, Verdict, VerdictLevel, VerdictThresholds } from './types.js';
export { DEFAULT_THRESHOLDS } from './types.js';
export { decideVerdict, formatMs, type VerdictInput } from './decide-verdict.js';
