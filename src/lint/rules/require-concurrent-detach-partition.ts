import { nodeAs, relationName } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/** DETACH PARTITION takes ACCESS EXCLUSIVE on the parent; PG 14+ can DETACH ... CONCURRENTLY with SHARE UPDATE EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DETACH-PARTITION). */
export const requireConcurrentDetachPartition: Rule = {
  id: 'require-concurrent-detach-partition',
  defaultSeverity: 'warning',
  description: 'DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table (PostgreSQL 14+)',
  docs: 'docs/rules/require-concurrent-detach-partition.md',
  lockHazard: true,
  check: onAlterCommand(['AT_DetachPartition'], (cmd, table, s, ctx) => {
    const part = nodeAs(cmd.def, 'PartitionCmd');
    if (part?.concurrent || ctx.facts.pgMajor < 14) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Detaching ${q(relationName(part?.name) ?? '?')} takes ACCESS EXCLUSIVE on ${q(table)}: every query on the partitioned table waits`,
      help: `Use ALTER TABLE ${quoteQualified(table)} DETACH PARTITION ... CONCURRENTLY in a migration of its own marked "${NO_TX_DIRECTIVE}".`,
    };
  }),
};
