import { bodyOf, createdFunction, dottedName, type CreatedFunction } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * The zero-parameter function `name` (what CREATE TRIGGER calls) as the last CREATE FUNCTION of this migration before
 * `at` declares it; undefined when the migration does not create it (the database decides, unseen).
 */
export function triggerFunctionCreatedHere(name: string, at: StatementFacts, ctx: RuleContext): { fn: CreatedFunction; at: StatementFacts } | undefined {
  let found: { fn: CreatedFunction; at: StatementFacts } | undefined;
  for (const s of ctx.facts.ofKind('CreateFunctionStmt')) {
    if (s.index >= at.index || s.embedded) continue;
    const fn = createdFunction(s.stmt);
    if (fn && fn.parameters === 0 && sameName(fn.name, name)) found = { fn, at: s };
  }
  return found;
}

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
