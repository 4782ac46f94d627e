import { bodyOf, createdFunction, dottedName } from '../../sql/index.js';
import { triggerFunctionCreatedHere } from '../analysis/trigger-functions.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * Two ways a trigger's function makes the migration fail, whatever the data (both checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts): a function in LANGUAGE sql cannot return type trigger ("SQL functions cannot
 * return type trigger", https://www.postgresql.org/docs/current/xfunc-sql.html), and CREATE TRIGGER refuses a function
 * that does not return trigger ("function … must return type trigger",
 * https://www.postgresql.org/docs/current/sql-createtrigger.html) — here, one this migration created.
 */
export const invalidTriggerFunction: Rule = {
  id: 'invalid-trigger-function',
  defaultSeverity: 'error',
  description: 'a trigger function PostgreSQL refuses: LANGUAGE sql returning trigger, or CREATE TRIGGER on a function that does not return trigger',
  docs: 'docs/rules/invalid-trigger-function.md',
  lockHazard: false,
  check: onKinds(['CreateFunctionStmt', 'CreateTrigStmt'], (s, ctx) => {
    const created = createdFunction(s.stmt);
    if (created) {
      if (created.returns !== 'trigger' || created.language !== 'sql') return undefined;
      return {
        statement: s,
        message: `${q(created.name)} is a LANGUAGE sql function returning trigger: PostgreSQL refuses it ("SQL functions cannot return type trigger"), and the migration fails here`,
        help: 'Write trigger functions in PL/pgSQL (LANGUAGE plpgsql), which can read and return NEW and OLD.',
      };
    }
    const trigger = bodyOf(s.stmt, 'CreateTrigStmt');
    if (!trigger) return undefined;
    const name = dottedName(trigger.funcname);
    const made = triggerFunctionCreatedHere(name, s, ctx);
    if (!made || made.fn.returns === 'trigger') return undefined;
    return {
      statement: s,
      message: `Trigger ${q(trigger.trigname ?? '?')} calls ${q(name)}(), which line ${made.at.stmt.line} creates returning ${made.fn.returnsLabel}: PostgreSQL refuses it ("function ${name} must return type trigger"), and the migration fails here`,
      help: `Declare the function RETURNS trigger (LANGUAGE plpgsql), returning NEW, OLD or NULL.`,
    };
  }),
};
