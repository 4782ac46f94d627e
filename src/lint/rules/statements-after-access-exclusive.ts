import { pinsOneRow } from '../analysis/single-row.js';
import { bodyOf } from '../../sql/index.js';
import { q, snippet } from '../rule-kit.js';
import type { LockEffect } from '../../locks/index.js';
import type { MigrationFacts, Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * ACCESS EXCLUSIVE is held until the transaction ends. Every later statement in the same transaction that
 * waits for another lock, scans, rewrites or changes data extends the time the table is unreadable
 * (https://www.postgresql.org/docs/current/explicit-locking.html). Reported once per transaction.
 */
const WRITES_DATA = new Set(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt', 'CopyStmt']);

function extendsHold(s: StatementFacts, held: LockEffect, facts: MigrationFacts): boolean {
  if (bodyOf(s.stmt, 'TransactionStmt') || bodyOf(s.stmt, 'VariableSetStmt')) return false;
  // An UPDATE / DELETE of one row by its key is over in milliseconds; it extends the hold only by waiting for another table.
  if (pinsOneRow(s, facts)) return s.locks.some((l) => l.relation !== held.relation);
  if (WRITES_DATA.has(s.stmt.kind)) return true;
  return s.locks.some((l) => l.rewrite || l.scan || l.relation !== held.relation);
}

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
    for (const s of ctx.facts.statements) {
      if (!s.inTransaction) {
        held = undefined;
        continue;
      }
      if (held && held.at.transaction !== s.transaction) held = undefined;
      if (held && reported !== s.transaction && extendsHold(s, held.lock, ctx.facts)) {
        reported = s.transaction;
        out.push({
          statement: s,
          relation: held.lock.relation,
          lock: held.lock,
          message: `"${snippet(s.stmt, 50)}" runs while ${q(held.lock.relation)} is still locked ACCESS EXCLUSIVE (taken at line ${held.at.stmt.line}): reads and writes on it wait for this too`,
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
