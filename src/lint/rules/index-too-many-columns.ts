import { nodeAs, relationName, type Node } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * A B-tree with more than three key columns rarely helps more than a shorter one, but costs every write and a lot of
 * space. Not one that declares a sort order (DESC, ASC, NULLS FIRST / LAST) on a key column: it is shaped for an
 * ORDER BY (keyset pagination: `WHERE community_id = $1 ORDER BY featured DESC, hot_rank DESC, published DESC`), which
 * it returns without sorting and stops at the LIMIT; INCLUDE columns cannot do that (checked on PostgreSQL 15,
 * test/lint/rules/server-facts.test.ts).
 */
function declaresOrder(param: Node): boolean {
  const elem = nodeAs(param, 'IndexElem');
  return (elem?.ordering ?? 'SORTBY_DEFAULT') !== 'SORTBY_DEFAULT' || (elem?.nulls_ordering ?? 'SORTBY_NULLS_DEFAULT') !== 'SORTBY_NULLS_DEFAULT';
}

export const indexTooManyColumns: Rule = {
  id: 'index-too-many-columns',
  defaultSeverity: 'warning',
  description: 'a non-unique index with more than three key columns and no declared sort order',
  docs: 'docs/rules/index-too-many-columns.md',
  lockHazard: false,
  check: onKind('IndexStmt', (index, s) => {
    const n = index.indexParams?.length ?? 0;
    if (index.unique || n <= 3 || (index.indexParams ?? []).some(declaresOrder)) return undefined;
    return {
      statement: s,
      message: `The index on ${q(relationName(index.relation) ?? '?')} has ${n} key columns: past three, extra columns seldom speed up queries but slow every write`,
      help: 'Keep the most selective two or three columns; move columns only needed for index-only scans to INCLUDE (...).',
    };
  }),
};
