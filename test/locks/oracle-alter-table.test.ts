/** The lock model against PostgreSQL: every ALTER TABLE subcommand (see test/locks/oracle/). */
import { alterTableCases } from './oracle/cases-alter-table.js';
import { oracleSuite } from './oracle/suite.js';

oracleSuite('alter-table', alterTableCases, 1200);
