/** The lock model against PostgreSQL: real-looking migration files of several statements (see test/locks/oracle/). */
import { fileCases } from './oracle/cases-files.js';
import { oracleSuite } from './oracle/suite.js';

oracleSuite('files', fileCases, 40);
