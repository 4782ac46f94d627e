import { nodeAs, relationName } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * REINDEX locks out writes to the table and, through the ACCESS EXCLUSIVE lock on each index, practically all
 * reads (https://www.postgresql.org/docs/current/sql-reindex.html#SQL-REINDEX-CONCURRENTLY). PG 12+ can
 * rebuild CONCURRENTLY.
 */
export const requireConcurrentReindex: Rule = {
  id: 'require-concurrent-reindex',
  defaultSeverity: 'error',
  description: 'REINDEX without CONCURRENTLY blocks reads and writes while it rebuilds (PostgreSQL 12+ has CONCURRENTLY)',
  docs: 'docs/rules/require-concurrent-reindex.md',
  lockHazard: true,
  check: onKind('ReindexStmt', (reindex, s, ctx) => {
    if ((reindex.params ?? []).some((p) => nodeAs(p, 'DefElem')?.defname === 'concurrently')) return undefined;
    const target = relationName(reindex.relation) ?? reindex.name ?? 'the database';
    const concurrent = ctx.facts.pgMajor >= 12;
    return {
      statement: s,
      relation: relationName(reindex.relation),
      during: 'the whole rebuild',
      severity: concurrent ? undefined : 'warning',
      message: `REINDEX of ${q(target)} without CONCURRENTLY blocks writes, and reads that use the indexes, until every index is rebuilt`,
      help: concurrent
        ? `Use REINDEX (CONCURRENTLY) ... in a migration of its own marked "${NO_TX_DIRECTIVE}".`
        : 'Before PostgreSQL 12, build a new index CONCURRENTLY, then drop the old one and rename the new one.',
    };
  }),
};
