import { relationName } from '../../sql/index.js';
import { executed } from '../analysis/executed.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** An UPDATE without WHERE rewrites every row in one transaction: row locks on all of them, a full copy of the table in new row versions, and replication lag. */
export const updateWithoutWhere: Rule = {
  id: 'update-without-where',
  defaultSeverity: 'warning',
  description: 'UPDATE without WHERE on an existing table',
  docs: 'docs/rules/update-without-where.md',
  lockHazard: true,
  check: onKinds(['UpdateStmt', 'ExplainStmt'], (s) => {
    // EXPLAIN ANALYZE runs the UPDATE it explains.
    const update = executed(s.stmt, 'UpdateStmt');
    if (!update || update.whereClause || update.fromClause?.length) return undefined;
    const table = relationName(update.relation) ?? '?';
    return {
      statement: s,
      relation: table,
      during: 'the update of every row',
      message: `UPDATE ${q(table)} without WHERE rewrites every row in one transaction, locking all of them until it commits`,
      help: 'Backfill in batches outside the schema migration (UPDATE ... WHERE id BETWEEN ... AND ... AND <not yet done>), committing each batch.',
    };
  }),
};
