/** The lock model against PostgreSQL: statements that refuse a transaction block, observed from a second session (see test/locks/oracle/). */
import { outsideTransactionCases } from './oracle/cases-statements.js';
import { oracleSuite } from './oracle/suite.js';

oracleSuite('outside', outsideTransactionCases, 15);
