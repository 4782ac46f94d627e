import { createdFunction, type CreatedFunction } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import type { RuleContext, StatementFacts } from '../types.js';

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
