import { sameName } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';

/** A later command of this migration that gives `column` of `table` a value again: SET DEFAULT or ADD GENERATED … AS IDENTITY. */
function valueGivenBack(table: string, column: string, at: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('AlterTableStmt').some((s) => s.index > at.index && sameName(s.relation ?? '', table)
    && s.commands.some((c) => c.name === column && (c.subtype === 'AT_ColumnDefault' && c.def !== undefined || c.subtype === 'AT_AddIdentity')));
}

/**
 * ALTER COLUMN … DROP IDENTITY leaves the column without a value of its own: an identity column is NOT NULL, so every
 * INSERT that leaves it out (as application code does for a generated key) fails from then on ("null value in column
 * … violates not-null constraint"; checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts). Not reported
 * when the migration gives the column a default or an identity again, nor on a table it created.
 */
export const droppingIdentity: Rule = {
  id: 'dropping-identity',
  defaultSeverity: 'warning',
  description: 'DROP IDENTITY: inserts that leave the column out fail, since it keeps NOT NULL and has no default',
  docs: 'docs/rules/dropping-identity.md',
  lockHazard: false,
  check: onAlterCommand(['AT_DropIdentity'], (cmd, table, s, ctx) => {
    const column = cmd.name ?? '?';
    if (ctx.facts.isNew(table, s) || valueGivenBack(table, column, s, ctx)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Dropping the identity of ${q(column)} on ${q(table)} leaves it NOT NULL with no default: every INSERT that leaves ${q(column)} out fails from then on`,
      help: `Give the column a value in the same migration (ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT nextval('<sequence>'), after creating and setting the sequence), or release code that supplies ${q(column)} itself first.`,
    };
  }),
};
