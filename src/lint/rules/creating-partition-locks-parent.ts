import { nodeAs, relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * CREATE TABLE ... PARTITION OF takes ACCESS EXCLUSIVE on the partitioned table; creating the table alone and
 * then ATTACH PARTITION takes only SHARE UPDATE EXCLUSIVE on it (PG 12+)
 * (https://www.postgresql.org/docs/current/ddl-partitioning.html#DDL-PARTITIONING-DECLARATIVE-MAINTENANCE).
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
    return {
      statement: s,
      relation: parent,
      message: `CREATE TABLE ${q(child)} PARTITION OF ${q(parent)} takes ACCESS EXCLUSIVE on ${q(parent)}: every query on it waits, and it waits for every running query`,
      help:
        ctx.facts.pgMajor >= 12
          ? `CREATE TABLE ${quoteQualified(child)} (LIKE ${quoteQualified(parent)} INCLUDING ALL), add a CHECK constraint matching the bound, then ALTER TABLE ${quoteQualified(parent)} ATTACH PARTITION ${quoteQualified(child)} FOR VALUES ... (SHARE UPDATE EXCLUSIVE only).`
          : 'Set lock_timeout and retry; before PostgreSQL 12 ATTACH PARTITION also takes ACCESS EXCLUSIVE.',
    };
  }),
};
