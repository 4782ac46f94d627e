import { extendsHold, take, type Taken } from '../analysis/lock-hold.js';
import { bodyOf } from '../../sql/index.js';
import { q, snippet } from '../rule-kit.js';
import type { LockEffect } from '../../locks/index.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * ACCESS EXCLUSIVE is held until the transaction ends. Every later statement in the same transaction that
 * waits for a lock the transaction does not hold yet, scans, rewrites or changes data extends the time the table
 * is unreadable
 * (https://www.postgresql.org/docs/current/explicit-locking.html). Reported once per transaction. A wait for a lock
 * under a lock_timeout (set in the file, or by Lockstep's runner) ends at lock_timeout, so a statement that only waits
 * holds the first table no longer than the statement that locked it could queue for it: brief, and not reported
 * (https://www.postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT; checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts).
 */
export const statementsAfterAccessExclusive: Rule = {
  id: 'statements-after-access-exclusive',
  defaultSeverity: 'warning',
  description: 'more work in the same transaction after taking ACCESS EXCLUSIVE on an existing table',
  docs: 'docs/rules/statements-after-access-exclusive.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    const out: Report[] = [];
    let held: { lock: LockEffect; at: StatementFacts } | undefined;
    let reported = -1;
    let taken: Taken = new Map();
    let transaction = -1;
    for (const s of ctx.facts.statements) {
      if (!s.inTransaction) {
        held = undefined;
        transaction = -1;
        continue;
      }
      if (s.transaction !== transaction) {
        held = undefined;
        taken = new Map();
        transaction = s.transaction;
      }
      const extend = held !== undefined && reported !== s.transaction && extendsHold(s, taken, ctx.facts, s.lockTimeout);
      take(s, taken);
      if (held && extend) {
        reported = s.transaction;
        // DROP INDEX locks the index's table ACCESS EXCLUSIVE; the statement names only the index.
        const index = bodyOf(held.at.stmt, 'DropStmt')?.removeType === 'OBJECT_INDEX';
        const what = index ? `the table of index ${q(held.lock.relation)}` : q(held.lock.relation);
        out.push({
          statement: s,
          relation: held.lock.relation,
          lock: held.lock,
          message: `"${snippet(s.stmt, 50)}" runs while ${what} is still locked ACCESS EXCLUSIVE (taken at line ${held.at.stmt.line}${index ? ' by DROP INDEX' : ''}): reads and writes on it wait for this too`,
          help: 'Commit right after the statement that takes ACCESS EXCLUSIVE: move the rest into a separate migration, or do the other work first.',
        });
      }
      if (held) continue;
      const ae = s.locks.find((l) => l.mode === 'AccessExclusive' && !ctx.facts.isNew(l.relation, s));
      if (ae) held = { lock: ae, at: s };
    }
    return out;
  },
};
