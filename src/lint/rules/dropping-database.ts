import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

export const droppingDatabase: Rule = {
  id: 'dropping-database',
  defaultSeverity: 'error',
  description: 'DROP DATABASE in a migration',
  docs: 'docs/rules/dropping-database.md',
  lockHazard: false,
  check: onKind('DropdbStmt', (drop, s) => ({
    statement: s,
    message: `DROP DATABASE ${q(drop.dbname ?? '?')} in a migration destroys a whole database`,
    help: 'Do this by hand, with a backup, outside the migration history.',
  })),
};
