import { assignsNew, dottedName, relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { triggerFunctionCreatedHere } from '../analysis/trigger-functions.js';

/** TRIGGER_TYPE_BEFORE and TRIGGER_TYPE_INSTEAD in CreateTrigStmt.timing; neither set is AFTER. */
const BEFORE = 2;
const INSTEAD = 64;

/**
 * An AFTER … FOR EACH ROW trigger runs once the row is written, and its return value is ignored
 * (https://www.postgresql.org/docs/current/plpgsql-trigger.html): a function that sets NEW.column there changes
 * nothing, silently — the classic broken dual-write trigger of an expand/contract migration (checked on PostgreSQL 15
 * in test/lint/rules/server-facts.test.ts). Judged for functions this migration creates in PL/pgSQL.
 */
export const afterTriggerSetsNew: Rule = {
  id: 'after-trigger-sets-new',
  defaultSeverity: 'warning',
  description: 'an AFTER row trigger whose function assigns NEW: the row is already written, the assignment changes nothing',
  docs: 'docs/rules/after-trigger-sets-new.md',
  lockHazard: false,
  check: onKind('CreateTrigStmt', (trigger, s, ctx) => {
    const timing = trigger.timing ?? 0;
    if (trigger.row !== true || (timing & (BEFORE | INSTEAD)) !== 0) return undefined;
    const name = dottedName(trigger.funcname);
    const made = triggerFunctionCreatedHere(name, s, ctx);
    if (!made || made.fn.language !== 'plpgsql') return undefined;
    const line = assignsNew(made.at.stmt);
    if (line === undefined) return undefined;
    const table = relationName(trigger.relation) ?? '?';
    return {
      statement: s,
      message: `Trigger ${q(trigger.trigname ?? '?')} runs AFTER each row of ${q(table)} is written, but ${q(name)} (line ${made.at.stmt.line}) assigns NEW: the assignment and the returned row are ignored, so the value is never stored`,
      help: 'Make it a BEFORE trigger (BEFORE INSERT OR UPDATE … FOR EACH ROW), whose returned NEW is what gets written.',
    };
  }),
};
