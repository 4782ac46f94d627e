export { initParser, parseSection, parseSql, wholeNode } from './parser.js';
export type { ParsedStatement, Node } from './parser.js';
export { noTransactionReason, isTransactionControl, transactionBoundary, type CommitsCheck } from './transaction-rules.js';
export { procedureChanges, type ProcedureChange } from './procedure-changes.js';
export { serverWideStatement, rolesActedOn, roleCreated } from './server-wide.js';
export { positionAt, lineIndex, byteToCharIndex } from './location.js';
export { relationsOf } from './relations.js';
export { preferBaselineWasm } from './wasm-tiering.js';
export { embeddedSql, constantString, doBlockEndsTransactions } from './embedded-sql.js';
export { doBlockAlwaysRaises, type AlwaysRaises } from './do-block-raise.js';
export type { EmbeddedSql, DynamicSql } from './embedded-sql.js';
export type { FunctionCall, NodeKind, NodeOf, RangeVar, ColumnDef, Constraint, TypeName, AlterTableCmd, AlterTableStmt, ConstrType, TypeInfo } from './ast.js';
export {
  bodyOf, nodeAs, relationName, isCatalogTable, stringOf, dottedName, droppedNames, typeInfo, typeLabel, intConst, stringConst, constraintsOf,
  findConstraint, nameList, alterCommands, tableAdditions, walk, calledName, functionCalls, firstLocation,
} from './ast.js';
export { indexTarget, indexStatementOn, type IndexTarget } from './index-statement.js';
export { createdFunction, assignsNew, type CreatedFunction } from './trigger-function.js';
export { mayChangeSessionState, mayReleaseAdvisoryLocks, mayChangeCurrentUser } from './session-state.js';
export { queryShape, withQueryShapes } from './query-shape.js';
