export { initParser, parseSection, parseSql } from './parser.js';
export type { ParsedStatement, Node } from './parser.js';
export { noTransactionReason, isTransactionControl, transactionBoundary } from './transaction-rules.js';
export { positionAt, lineIndex, byteToCharIndex } from './location.js';
export { relationsOf } from './relations.js';
export { keepWasmTierUp } from './wasm-tiering.js';
export { embeddedSql, constantString } from './embedded-sql.js';
export type { EmbeddedSql, DynamicSql } from './embedded-sql.js';
