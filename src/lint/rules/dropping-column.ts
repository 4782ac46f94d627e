import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** DROP COLUMN is catalog-only, but the running application may still select or insert the column. */
export const droppingColumn: Rule = {
  id: 'dropping-column',
  defaultSeverity: 'warning',
  description: 'DROP COLUMN breaks application code that still reads or writes the column',
  docs: 'docs/rules/dropping-column.md',
  lockHazard: false,
  check: onAlterCommand(['AT_DropColumn'], (cmd, table, s, ctx) => {
    if (ctx.facts.isNew(table, s)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Dropping ${q(cmd.name ?? '?')} from ${q(table)} breaks any running code that still uses it, and the data cannot be rolled back`,
      help: 'Deploy code that no longer reads or writes the column first (ORMs: mark it ignored), then drop it in a later migration.',
    };
  }),
};
