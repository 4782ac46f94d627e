export { describeExecution, leavesItsToolsTransactionOpen, ownBlockAt, runsWithItsProgress, unclosedBegin, type Execution, type OwnBlock, type RunMode, type Semantics, type Timeout } from './execution.js';
export { sectionStatements, type SectionStatements } from './statements.js';
export { DEFAULT_POLICY, backoffDelay, type RunPolicy } from './policy.js';
export { firstLockTimeout, nextLockTimeout, startsShort } from './policy.js';
export { NO_PROCEDURES, afterStatement, procedureScope, type CommittingProcedures, type ProcedureScope } from './procedures.js';
