import { relationName } from '../../sql/index.js';
import { knownPartitioned, onlyPartitionedParent, partitionedIndexPattern } from '../fix/partitioned-index.js';
import { NO_TX_DIRECTIVE, onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** CREATE INDEX takes SHARE on the table for the whole build (https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY). */
export const requireConcurrentIndex: Rule = {
  id: 'require-concurrent-index',
  defaultSeverity: 'error',
  description: 'CREATE INDEX without CONCURRENTLY blocks writes to an existing table for the whole build',
  docs: 'docs/rules/require-concurrent-index.md',
  lockHazard: true,
  check: onKind('IndexStmt', (index, s, ctx) => {
    if (index.concurrent) return undefined;
    const table = relationName(index.relation) ?? '?';
    const partitioned = knownPartitioned(ctx.options, table);
    // ON ONLY a partitioned parent indexes no partition: instant, and the first step of the pattern below.
    if (onlyPartitionedParent(index, ctx.options)) return undefined;
    return {
      statement: s,
      relation: table,
      during: 'the whole index build',
      message: `CREATE INDEX on ${q(table)} without CONCURRENTLY takes a SHARE lock: writes are blocked until the index is built`,
      help: partitioned
        ? partitionedIndexPattern(index)
        : `Use CREATE INDEX CONCURRENTLY in a migration of its own marked "${NO_TX_DIRECTIVE}" (lockstep lint --fix does this).`,
    };
  }),
};
