import { alterScanSkipped } from '../analysis/skipped-scans.js';
import { bodyOf } from '../../sql/index.js';
import type { LockEffect } from '../../locks/index.js';
import { modeLabel } from '../../locks/index.js';
import { q, snippet } from '../rule-kit.js';
import type { LintOptions, MigrationFacts, Rule, StatementFacts } from '../types.js';
import { onlyPartitionedParent } from '../fix/partitioned-index.js';
import { firstBlockingWithout } from './require-lock-timeout.js';

/**
 * A statement that scans or rewrites a table while holding a lock that blocks reads or writes keeps that lock
 * for as long as the scan takes; statement_timeout puts a bound on it
 * (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-STATEMENT-TIMEOUT).
 */

/**
 * Scans that block nobody for long: ALTER SEQUENCE (a sequence is one page), CREATE INDEX ... ON ONLY a partitioned
 * parent (it indexes no partition), an ALTER TABLE whose scan the migration shows PostgreSQL skips (a SET NOT NULL
 * proven by a validated CHECK, a REFERENCES on a new column without DEFAULT), and REFRESH MATERIALIZED VIEW
 * CONCURRENTLY, whose EXCLUSIVE lock lets reads go on and blocks only writes, which nothing but a refresh makes
 * to a materialized view (https://www.postgresql.org/docs/current/sql-refreshmaterializedview.html).
 */
function harmlessScan(facts: MigrationFacts, options: LintOptions): (s: StatementFacts, lock: LockEffect) => boolean {
  return (s, lock) => {
    // ALTER SEQUENCE writes the sequence anew: one page, however large the table that uses it.
    if (s.stmt.kind === 'AlterSeqStmt') return true;
    if (lock.rewrite) return false;
    // CREATE INDEX ... ON ONLY a partitioned parent indexes no partition (the decision lives in partitioned-index.ts).
    const index = bodyOf(s.stmt, 'IndexStmt');
    if (index && onlyPartitionedParent(index, options)) return true;
    if (bodyOf(s.stmt, 'RefreshMatViewStmt')?.concurrent) return !lock.blocks.includes('reads');
    return s.stmt.kind === 'AlterTableStmt' && alterScanSkipped(s, facts);
  };
}

export const requireStatementTimeout: Rule = {
  id: 'require-statement-timeout',
  defaultSeverity: 'warning',
  description: 'a statement scans or rewrites a table under a blocking lock with no statement_timeout in force',
  docs: 'docs/rules/require-statement-timeout.md',
  lockHazard: false,
  check(ctx) {
    if (ctx.options.runnerSetsStatementTimeout ?? ctx.options.runnerSetsTimeouts) return [];
    const hit = firstBlockingWithout(ctx, 'statementTimeout', true, harmlessScan(ctx.facts, ctx.options));
    if (!hit?.lock) return [];
    return [
      {
        ...hit,
        message: `"${snippet(hit.statement.stmt, 50)}" ${hit.lock.rewrite ? 'rewrites' : 'scans'} ${q(hit.lock.relation)} under ${modeLabel(hit.lock.mode)} with no statement_timeout: nothing stops it if it runs far longer than expected`,
        help: "Put SET statement_timeout = '15min' (sized to the table) before it, or the directive \"-- lockstep:statement-timeout 15m\".",
      },
    ];
  },
};
