/** The lock model against PostgreSQL: CREATE INDEX, DROP, REINDEX, ALTER TYPE / DOMAIN / SEQUENCE / VIEW, DML... (see test/locks/oracle/). */
import { statementCases } from './oracle/cases-statements.js';
import { oracleSuite } from './oracle/suite.js';

oracleSuite('statements', statementCases, 250);
