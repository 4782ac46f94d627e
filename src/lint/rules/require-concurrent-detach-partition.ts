import { nodeAs, relationName } from '../../sql/index.js';
import { NO_TX_DIRECTIVE, onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * DETACH PARTITION takes ACCESS EXCLUSIVE on the parent; PG 14+ can DETACH ... CONCURRENTLY with SHARE UPDATE EXCLUSIVE
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DETACH-PARTITION). It scans and rewrites
 * nothing (the lock oracle, test/locks/oracle, checks it on the server), so once granted the lock is held for an instant,
 * as ADD COLUMN's is: info, like other brief ACCESS EXCLUSIVE locks; waiting for the lock is what lock_timeout bounds.
 * Unless a foreign key references the partitioned table: then PostgreSQL checks that no referencing row points into the
 * detached partition, scanning it and the referencing table under ACCESS EXCLUSIVE (checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts). With a database that says so (LintOptions.referencedBy), a warning.
 */
export const requireConcurrentDetachPartition: Rule = {
  id: 'require-concurrent-detach-partition',
  defaultSeverity: 'info',
  description: 'DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table (PostgreSQL 14+)',
  docs: 'docs/rules/require-concurrent-detach-partition.md',
  lockHazard: true,
  check: onAlterCommand(['AT_DetachPartition'], (cmd, table, s, ctx) => {
    const part = nodeAs(cmd.def, 'PartitionCmd');
    if (part?.concurrent || ctx.facts.pgMajor < 14) return undefined;
    const referencing = ctx.options.referencedBy?.get(table);
    if (referencing?.length) {
      return {
        statement: s,
        relation: table,
        severity: 'warning',
        message: `Detaching ${q(relationName(part?.name) ?? '?')} from ${q(table)}, which a foreign key of ${referencing.map(q).join(', ')} references, scans the partition and the referencing table to check no row points into it, under ACCESS EXCLUSIVE: every query on ${q(table)} waits meanwhile`,
        help: `Use ALTER TABLE ${quoteQualified(table)} DETACH PARTITION ... CONCURRENTLY in a migration of its own marked "${NO_TX_DIRECTIVE}".`,
      };
    }
    return {
      statement: s,
      relation: table,
      message: `Detaching ${q(relationName(part?.name) ?? '?')} takes ACCESS EXCLUSIVE on ${q(table)}: every query on the partitioned table waits for the instant it is held, and behind it while it waits for the lock (longer if a foreign key references the table: then the referencing rows are checked)`,
      help: `Use ALTER TABLE ${quoteQualified(table)} DETACH PARTITION ... CONCURRENTLY in a migration of its own marked "${NO_TX_DIRECTIVE}".`,
    };
  }),
};
