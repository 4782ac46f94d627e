import { pinsOneRow } from '../analysis/single-row.js';
import { bodyOf } from '../../sql/index.js';
import { q, snippet } from '../rule-kit.js';
import type { LockEffect, LockMode } from '../../locks/index.js';
import { LOCK_MODES, sameName } from '../../locks/index.js';
import type { MigrationFacts, Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * ACCESS EXCLUSIVE is held until the transaction ends. Every later statement in the same transaction that
 * waits for a lock the transaction does not hold yet, scans, rewrites or changes data extends the time the table
 * is unreadable
 * (https://www.postgresql.org/docs/current/explicit-locking.html). Reported once per transaction.
 */
const WRITES_DATA = new Set(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt', 'CopyStmt']);

/** Locks the transaction already holds: relation → strongest mode taken so far. */
type Taken = Map<string, LockMode>;

/** A lock this transaction already holds at this mode or a stronger one: PostgreSQL grants it without waiting. */
function alreadyHeld(l: LockEffect, taken: Taken): boolean {
  for (const [relation, mode] of taken) {
    if (sameName(relation, l.relation) && LOCK_MODES.indexOf(mode) >= LOCK_MODES.indexOf(l.mode)) return true;
  }
  return false;
}

function take(s: StatementFacts, taken: Taken): void {
  for (const l of s.locks) {
    const before = taken.get(l.relation);
    if (!before || LOCK_MODES.indexOf(l.mode) > LOCK_MODES.indexOf(before)) taken.set(l.relation, l.mode);
  }
}

function extendsHold(s: StatementFacts, taken: Taken, facts: MigrationFacts): boolean {
  if (bodyOf(s.stmt, 'TransactionStmt') || bodyOf(s.stmt, 'VariableSetStmt')) return false;
  // Waiting for a lock the transaction does not hold yet (LOCK TABLE a, b takes both at once: no wait after it).
  const waits = s.locks.some((l) => !alreadyHeld(l, taken));
  // An UPDATE / DELETE of one row by its key is over in milliseconds; it extends the hold only by waiting for another table.
  if (pinsOneRow(s, facts)) return waits;
  if (WRITES_DATA.has(s.stmt.kind)) return true;
  return waits || s.locks.some((l) => l.rewrite || l.scan);
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
      const extend = held !== undefined && reported !== s.transaction && extendsHold(s, taken, ctx.facts);
      take(s, taken);
      if (held && extend) {
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
