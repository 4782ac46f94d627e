import { modeLabel } from '../lock-modes.js';
import { q, snippet } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { firstBlockingWithout } from './require-lock-timeout.js';

/**
 * A statement that scans or rewrites a table while holding a lock that blocks reads or writes keeps that lock
 * for as long as the scan takes; statement_timeout puts a bound on it
 * (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-STATEMENT-TIMEOUT).
 */
export const requireStatementTimeout: Rule = {
  id: 'require-statement-timeout',
  defaultSeverity: 'warning',
  description: 'a statement scans or rewrites a table under a blocking lock with no statement_timeout in force',
  docs: 'docs/rules/require-statement-timeout.md',
  lockHazard: false,
  check(ctx) {
    if (ctx.options.runnerSetsStatementTimeout ?? ctx.options.runnerSetsTimeouts) return [];
    const hit = firstBlockingWithout(ctx, 'statementTimeout', true);
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
