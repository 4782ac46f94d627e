import { relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** A B-tree with more than three key columns rarely helps more than a shorter one, but costs every write and a lot of space. */
export const indexTooManyColumns: Rule = {
  id: 'index-too-many-columns',
  defaultSeverity: 'warning',
  description: 'a non-unique index with more than three key columns',
  docs: 'docs/rules/index-too-many-columns.md',
  lockHazard: false,
  check: onKind('IndexStmt', (index, s) => {
    const n = index.indexParams?.length ?? 0;
    if (index.unique || n <= 3) return undefined;
    return {
      statement: s,
      message: `The index on ${q(relationName(index.relation) ?? '?')} has ${n} key columns: past three, extra columns seldom speed up queries but slow every write`,
      help: 'Keep the most selective two or three columns; move columns only needed for index-only scans to INCLUDE (...).',
    };
  }),
};
