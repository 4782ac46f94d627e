import { modeLabel } from '../../locks/index.js';
import { q, snippet } from '../rule-kit.js';
import type { LockEffect } from '../../locks/index.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * A statement waiting for a lock that conflicts with ordinary queries makes every later query on the table
 * queue behind it (https://www.postgresql.org/docs/current/explicit-locking.html). lock_timeout bounds that
 * wait (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT). Reported once,
 * on the first such statement, since one SET at the top fixes the whole migration. `harmless` lets a caller
 * pass over locks it knows do no harm.
 */
export function firstBlockingWithout(
  ctx: RuleContext,
  has: 'lockTimeout' | 'statementTimeout',
  needsLongRun: boolean,
  harmless?: (s: StatementFacts, lock: LockEffect) => boolean,
): Report | undefined {
  for (const s of ctx.facts.statements) {
    if (s[has]) continue;
    const lock = s.locks.find(
      (l) =>
        (l.blocks.includes('reads') || l.blocks.includes('writes')) &&
        (!needsLongRun || l.rewrite || l.scan) &&
        !ctx.facts.isNew(l.relation, s) &&
        !harmless?.(s, l),
    );
    if (lock) return { statement: s, relation: lock.relation, lock, message: '', help: '' };
  }
  return undefined;
}

export const requireLockTimeout: Rule = {
  id: 'require-lock-timeout',
  defaultSeverity: 'warning',
  description: 'a statement takes a lock that blocks reads or writes with no lock_timeout in force',
  docs: 'docs/rules/require-lock-timeout.md',
  lockHazard: false,
  check(ctx) {
    if (ctx.options.runnerSetsTimeouts) return [];
    const hit = firstBlockingWithout(ctx, 'lockTimeout', false);
    if (!hit?.lock) return [];
    return [
      {
        ...hit,
        message: `"${snippet(hit.statement.stmt, 50)}" waits for ${modeLabel(hit.lock.mode)} on ${q(hit.lock.relation)} with no lock_timeout: while it waits, every query on the table queues behind it`,
        help: "Put SET lock_timeout = '5s' before it (or the directive \"-- lockstep:lock-timeout 5s\"), and retry the migration if it times out.",
      },
    ];
  },
};
