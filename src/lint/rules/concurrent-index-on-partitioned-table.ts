import { relationName } from '../../sql/index.js';
import { knownPartitioned, partitionedHere, partitionedIndexPattern } from '../fix/partitioned-index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * PostgreSQL refuses CREATE INDEX CONCURRENTLY on a partitioned table, with or without ON ONLY and even when it has no
 * partition ("cannot create index on partitioned table … concurrently", SQLSTATE 0A000; checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts). Known for a table this migration declares partitioned, or one the database
 * says is (lint --url).
 */
export const concurrentIndexOnPartitionedTable: Rule = {
  id: 'concurrent-index-on-partitioned-table',
  defaultSeverity: 'error',
  description: 'CREATE INDEX CONCURRENTLY on a partitioned table: PostgreSQL refuses it',
  docs: 'docs/rules/concurrent-index-on-partitioned-table.md',
  lockHazard: false,
  check: onKind('IndexStmt', (index, s, ctx) => {
    if (!index.concurrent) return undefined;
    const table = relationName(index.relation) ?? '?';
    if (!knownPartitioned(ctx.options, table) && !partitionedHere(table, s, ctx.facts)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `CREATE INDEX CONCURRENTLY on ${q(table)} fails: it is a partitioned table, and PostgreSQL builds an index concurrently only on a plain table (each partition)`,
      help: partitionedIndexPattern(index),
    };
  }),
};
