import { nodeAs } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';

/** ADD COLUMN of this column earlier in the migration: no running code uses a column that did not exist before it. */
function addedHere(table: string, column: string | undefined, at: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('AlterTableStmt').some(
    (x) => x.index < at.index && sameName(x.relation ?? '', table) && x.commands.some((c) => c.subtype === 'AT_AddColumn' && nodeAs(c.def, 'ColumnDef')?.colname === column),
  );
}

/**
 * DROP COLUMN is catalog-only, but the running application may still select or insert the column. Not for a column
 * the same migration added (a scratch column, or one added and dropped again): no running code knows it.
 */
export const droppingColumn: Rule = {
  id: 'dropping-column',
  defaultSeverity: 'warning',
  description: 'DROP COLUMN breaks application code that still reads or writes the column',
  docs: 'docs/rules/dropping-column.md',
  lockHazard: false,
  check: onAlterCommand(['AT_DropColumn'], (cmd, table, s, ctx) => {
    if (ctx.facts.isNew(table, s) || addedHere(table, cmd.name, s, ctx)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Dropping ${q(cmd.name ?? '?')} from ${q(table)} breaks any running code that still uses it, and the data cannot be rolled back`,
      help: 'Deploy code that no longer reads or writes the column first (ORMs: mark it ignored), then drop it in a later migration.',
    };
  }),
};
