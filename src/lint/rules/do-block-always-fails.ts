import { doBlockAlwaysRaises } from '../../sql/index.js';
import { onKinds } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * A DO block whose body reaches RAISE EXCEPTION on every run, with no handler around it, fails every time, and the
 * migration with it (https://www.postgresql.org/docs/current/plpgsql-errors-and-messages.html); checked on
 * PostgreSQL 15 in test/lint/rules/server-facts.test.ts. A RAISE under IF, in a loop or in a block with an EXCEPTION
 * clause is a guard that may pass, and is not reported.
 */
export const doBlockAlwaysFails: Rule = {
  id: 'do-block-always-fails',
  defaultSeverity: 'error',
  description: 'a DO block that reaches RAISE EXCEPTION unconditionally: the migration always fails',
  docs: 'docs/rules/do-block-always-fails.md',
  lockHazard: false,
  check: onKinds(['DoStmt'], (s) => {
    if (s.embedded) return undefined;
    const raise = doBlockAlwaysRaises(s.stmt);
    if (!raise) return undefined;
    return {
      statement: s,
      message: `This DO block raises an exception on every run${raise.message ? ` ("${raise.message}")` : ''}: the migration always fails here`,
      help: 'If a step must happen first, check for it (IF NOT EXISTS (...) THEN RAISE EXCEPTION ...; END IF), or do the step in the migration; otherwise remove the block.',
    };
  }),
};
