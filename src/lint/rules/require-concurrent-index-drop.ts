import { droppedNames } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/** DROP INDEX takes ACCESS EXCLUSIVE on the index's table; CONCURRENTLY waits for readers instead (https://www.postgresql.org/docs/current/sql-dropindex.html). */
export const requireConcurrentIndexDrop: Rule = {
  id: 'require-concurrent-index-drop',
  defaultSeverity: 'warning',
  description: 'DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the table',
  docs: 'docs/rules/require-concurrent-index-drop.md',
  lockHazard: true,
  check: onKind('DropStmt', (drop, s) => {
    if (drop.removeType !== 'OBJECT_INDEX' || drop.concurrent) return undefined;
    return droppedNames(drop.objects).map(
      (index): Report => ({
        statement: s,
        relation: index,
        message: `DROP INDEX ${q(index)} without CONCURRENTLY takes ACCESS EXCLUSIVE on its table: reads and writes wait for it, and it waits for every running query`,
        help: `Use DROP INDEX CONCURRENTLY IF EXISTS ${quoteQualified(index)} in a migration of its own marked "${NO_TX_DIRECTIVE}".`,
      }),
    );
  }),
};
