import { onKinds, q } from '../rule-kit.js';
import { bodyOf, calledName, functionCalls } from '../../sql/index.js';
import type { Report, Rule } from '../types.js';

/**
 * DISCARD ALL resets the session to its state at connection (https://www.postgresql.org/docs/current/sql-discard.html):
 * among others it releases every session-level advisory lock — the run lock by which Lockstep, and golang-migrate,
 * goose and Flyway alike, let one runner work at a time — and puts search_path back, which a schema target (`--schema`,
 * a fleet's tenant) had set, so the migrations after it create their objects in the default schema. Both checked on
 * PostgreSQL 15 in test/lint/rules/server-facts.test.ts. pg_advisory_unlock_all() releases the lock the same way.
 */
export const discardAll: Rule = {
  id: 'discard-all',
  defaultSeverity: 'error',
  description: "DISCARD ALL or pg_advisory_unlock_all() in a migration releases the runner's lock and resets the session it set up",
  docs: 'docs/rules/discard-all.md',
  lockHazard: false,
  check: onKinds(['DiscardStmt', 'SelectStmt'], (s): Report | undefined => {
    const discard = bodyOf(s.stmt, 'DiscardStmt');
    if (discard && discard.target === 'DISCARD_ALL') {
      return {
        statement: s,
        message: `${q('DISCARD ALL')} releases every session-level advisory lock, the run lock among them (another runner may then start migrating alongside this one), and resets search_path, so with a schema target the migrations after it create their objects in the default schema`,
        help: 'Remove it: a migration never needs it. DISCARD TEMP drops temporary tables, DISCARD PLANS cached plans, RESET <setting> one setting.',
      };
    }
    if (functionCalls(s.stmt.node).some((c) => calledName(c.node) === 'pg_advisory_unlock_all')) {
      return {
        statement: s,
        message: `pg_advisory_unlock_all() releases every session-level advisory lock, the run lock among them: another runner may then start migrating alongside this one`,
        help: 'Release only the advisory locks this migration took, with pg_advisory_unlock(key).',
      };
    }
    return undefined;
  }),
};
