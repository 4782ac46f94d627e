import { bodyOf, nodeAs } from '../../sql/index.js';
import { onKinds } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * PostgreSQL 14.0–14.3: CREATE INDEX CONCURRENTLY and REINDEX CONCURRENTLY could miss rows updated during the
 * build, silently corrupting the index; fixed in 14.4 (https://www.postgresql.org/docs/release/14.4/).
 */
export const concurrentIndexPg14Bug: Rule = {
  id: 'concurrent-index-pg14-bug',
  defaultSeverity: 'error',
  description: 'CONCURRENTLY index builds on PostgreSQL 14.0–14.3 can silently corrupt the index',
  docs: 'docs/rules/concurrent-index-pg14-bug.md',
  lockHazard: false,
  check: onKinds(['IndexStmt', 'ReindexStmt'], (s, ctx) => {
    const { pgMajor, pgMinor } = ctx.facts;
    if (pgMajor !== 14 || (pgMinor !== undefined && pgMinor >= 4)) return undefined;
    const cic = bodyOf(s.stmt, 'IndexStmt')?.concurrent === true;
    const reindex = (bodyOf(s.stmt, 'ReindexStmt')?.params ?? []).some((p) => nodeAs(p, 'DefElem')?.defname === 'concurrently');
    if (!cic && !reindex) return undefined;
    const known = pgMinor !== undefined;
    return {
      statement: s,
      severity: known ? undefined : 'warning',
      message: `${cic ? 'CREATE INDEX' : 'REINDEX'} CONCURRENTLY on PostgreSQL ${known ? `14.${pgMinor}` : '14 (minor version unknown)'}: 14.0–14.3 can build an index that silently misses rows`,
      help: 'Upgrade the server to 14.4 or later first (and REINDEX indexes built concurrently before that), or build this index without CONCURRENTLY in a quiet window.',
    };
  }),
};
