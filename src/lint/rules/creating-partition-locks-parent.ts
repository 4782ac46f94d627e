import { nodeAs, relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * CREATE TABLE ... PARTITION OF takes ACCESS EXCLUSIVE on the partitioned table; creating the table alone and
 * then ATTACH PARTITION takes only SHARE UPDATE EXCLUSIVE on it (PG 12+)
 * (https://www.postgresql.org/docs/current/ddl-partitioning.html#DDL-PARTITIONING-DECLARATIVE-MAINTENANCE).
 * The lock is brief unless the parent has a DEFAULT partition (PG 11+): then every row of that partition is scanned,
 * under ACCESS EXCLUSIVE on it and on the parent, to prove none belongs to the new partition. Creating the DEFAULT
 * partition itself, or any partition before PG 11, scans nothing: info, as a brief ACCESS EXCLUSIVE (ADD COLUMN) is
 * not a warning either. Checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts.
 */
export const creatingPartitionLocksParent: Rule = {
  id: 'creating-partition-locks-parent',
  defaultSeverity: 'warning',
  description: 'CREATE TABLE ... PARTITION OF takes ACCESS EXCLUSIVE on the partitioned table',
  docs: 'docs/rules/creating-partition-locks-parent.md',
  lockHazard: false,
  check: onKind('CreateStmt', (create, s, ctx) => {
    if (!create.partbound) return undefined;
    const parent = relationName(nodeAs(create.inhRelations?.[0], 'RangeVar')) ?? '?';
    if (ctx.facts.isNew(parent, s)) return undefined;
    const child = relationName(create.relation) ?? '?';
    const lock = `CREATE TABLE ${q(child)} PARTITION OF ${q(parent)} takes ACCESS EXCLUSIVE on ${q(parent)}`;
    if (create.partbound.is_default === true || ctx.facts.pgMajor < 11) {
      const why = create.partbound.is_default === true ? 'a new DEFAULT partition is empty' : 'PostgreSQL 10 has no DEFAULT partition';
      return {
        statement: s,
        relation: parent,
        severity: 'info',
        message: `${lock}, briefly: nothing is scanned (${why})`,
        help: 'Nothing to change; a lock_timeout bounds the wait for the lock.',
      };
    }
    return {
      statement: s,
      relation: parent,
      message: `${lock}; if ${q(parent)} has a DEFAULT partition, every row of it is scanned under ACCESS EXCLUSIVE meanwhile, and every query on ${q(parent)} waits`,
      help:
        ctx.facts.pgMajor >= 12
          ? `CREATE TABLE ${quoteQualified(child)} (LIKE ${quoteQualified(parent)} INCLUDING ALL), add a CHECK constraint matching the bound, then ALTER TABLE ${quoteQualified(parent)} ATTACH PARTITION ${quoteQualified(child)} FOR VALUES ... (SHARE UPDATE EXCLUSIVE on the parent; a valid CHECK on the DEFAULT partition excluding the bound spares its scan).`
          : 'Set lock_timeout and retry; before PostgreSQL 12 ATTACH PARTITION also takes ACCESS EXCLUSIVE. A valid CHECK on the DEFAULT partition excluding the new bound spares its scan.',
    };
  }),
};
