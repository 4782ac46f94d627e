export type { Database, Session, QueryResult, Capabilities } from './port.js';
export { DbError, SQLSTATE } from './port.js';
export { openDatabase, DEFAULT_PGLITE_DIR } from './open-database.js';
export { inTransaction } from './transaction.js';
export { SchemaScopedDatabase } from './schema-scoped.js';
export { maxReplicaLag, replicaLags } from './replica-lag.js';
export { isConnectionLost } from './port.js';
export { probeTransactionPooling } from './pooler.js';
export { PgliteDatabase, pgliteVersion } from './pglite/pglite-database.js';
