export { HistoryStore, quoteIdent, quoteLiteral } from './history-store.js';
export type { RowWrite } from './history-store.js';
export { currentActor } from './actor.js';
export type { Actor, EventKind, HistoryEvent, HistoryRow, HistoryStatus, NewEvent } from './types.js';
