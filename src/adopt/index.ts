export { adoptHistory, type AdoptOptions, type AdoptReport, type AdoptInput } from './adopt.js';
export type { AdoptItem, AdoptAction, FailedAs } from './plan-adoption.js';
export { findHistoryTables, chooseHistoryTable } from './find-history.js';
export { FOREIGN_TOOLS } from './tools/index.js';
export { foreignHistories, refuseForeignHistory } from './refuse-foreign-history.js';
export type { ForeignTool, HistoryTable, Verdict } from './types.js';
