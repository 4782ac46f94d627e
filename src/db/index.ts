export type { Database, Session, QueryResult, Capabilities } from './port.js';
export { DbError, SQLSTATE } from './port.js';
export { openDatabase, DEFAULT_PGLITE_DIR } from './open-database.js';
export { inTransaction } from './transaction.js';
export { SchemaScopedDatabase } from './schema-scoped.js';
