import { relationName } from '../../sql/index.js';
import { executed } from '../analysis/executed.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** A DELETE without WHERE removes every row of the table. */
export const deleteWithoutWhere: Rule = {
  id: 'delete-without-where',
  defaultSeverity: 'warning',
  description: 'DELETE without WHERE on an existing table',
  docs: 'docs/rules/delete-without-where.md',
  lockHazard: true,
  check: onKinds(['DeleteStmt', 'ExplainStmt'], (s) => {
    // EXPLAIN ANALYZE runs the DELETE it explains.
    const del = executed(s.stmt, 'DeleteStmt');
    if (!del || del.whereClause || del.usingClause?.length) return undefined;
    const table = relationName(del.relation) ?? '?';
    return {
      statement: s,
      relation: table,
      during: 'the delete of every row',
      message: `DELETE FROM ${q(table)} without WHERE removes every row, locking all of them until the migration commits`,
      help: 'If that is intended, delete in batches outside the schema migration; add a WHERE clause otherwise.',
    };
  }),
};
