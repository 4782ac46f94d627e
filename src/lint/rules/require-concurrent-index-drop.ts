import { droppedNames } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * DROP INDEX takes ACCESS EXCLUSIVE on the index's table; CONCURRENTLY waits for readers instead, and drops one index
 * per statement, without CASCADE (https://www.postgresql.org/docs/current/sql-dropindex.html).
 */
export const requireConcurrentIndexDrop: Rule = {
  id: 'require-concurrent-index-drop',
  defaultSeverity: 'warning',
  description: 'DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the table (and CONCURRENTLY of several indexes or with CASCADE is rejected)',
  docs: 'docs/rules/require-concurrent-index-drop.md',
  lockHazard: true,
  check: onKind('DropStmt', (drop, s) => {
    if (drop.removeType !== 'OBJECT_INDEX') return undefined;
    const names = droppedNames(drop.objects);
    if (drop.concurrent) {
      // PostgreSQL rejects DROP INDEX CONCURRENTLY of several indexes, and with CASCADE (sql-dropindex.html).
      const several = names.length > 1;
      if (!several && drop.behavior !== 'DROP_CASCADE') return undefined;
      // No relation: a rejection is not a lock hazard that a new or small table would excuse.
      return {
        statement: s,
        severity: 'error',
        message: `PostgreSQL rejects DROP INDEX CONCURRENTLY ${several ? `of ${names.length} indexes in one statement` : 'with CASCADE'}: the migration fails here`,
        help: several
          ? `Write one DROP INDEX CONCURRENTLY IF EXISTS per index (${names.map(quoteQualified).join(', ')}).`
          : 'Drop what depends on the index first, then DROP INDEX CONCURRENTLY without CASCADE.',
      };
    }
    return names.map(
      (index): Report => ({
        statement: s,
        relation: index,
        message: `DROP INDEX ${q(index)} without CONCURRENTLY takes ACCESS EXCLUSIVE on its table: reads and writes wait for it, and it waits for every running query`,
        help: `Use DROP INDEX CONCURRENTLY IF EXISTS ${quoteQualified(index)} in a migration of its own marked "${NO_TX_DIRECTIVE}".`,
      }),
    );
  }),
};
