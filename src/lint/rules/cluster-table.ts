import { relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** CLUSTER rewrites the table in index order under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-cluster.html). */
export const clusterTable: Rule = {
  id: 'cluster-table',
  defaultSeverity: 'error',
  description: 'CLUSTER rewrites the table under ACCESS EXCLUSIVE',
  docs: 'docs/rules/cluster-table.md',
  lockHazard: true,
  check: onKind('ClusterStmt', (cluster, s) => {
    const table = relationName(cluster.relation);
    return {
      statement: s,
      relation: table,
      during: 'the whole rewrite',
      message: `CLUSTER ${table ? q(table) : 'of every clustered table'} rewrites it under ACCESS EXCLUSIVE: reads and writes are blocked until it finishes`,
      help: 'Use pg_repack (which can also order by an index) to do this online, or run it in a maintenance window outside migrations.',
    };
  }),
};
