import type { Report, Rule, RuleContext } from '../types.js';

/**
 * A BEGIN with no COMMIT leaves the session in an open transaction when the migration ends: its locks are held until
 * the connection closes. Which BEGIN nothing commits is execution's answer (unclosedBegin), the one `up` refuses.
 */
export const beginWithoutCommit: Rule = {
  id: 'begin-without-commit',
  defaultSeverity: 'error',
  description: 'BEGIN without a matching COMMIT or ROLLBACK',
  docs: 'docs/rules/begin-without-commit.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    const open = ctx.facts.unclosedBegin;
    if (!open) return [];
    return [
      {
        statement: open,
        message: 'This BEGIN has no COMMIT: the transaction stays open after the migration, holding its locks until the connection closes',
        help: 'Add COMMIT after the last statement of the transaction.',
      },
    ];
  },
};
