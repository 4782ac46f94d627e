import { declaredColumns } from '../analysis/declared-columns.js';
import { bodyOf, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * `column` on `table` got its name earlier in this migration, by ADD COLUMN or by a RENAME COLUMN to it (a swap's
 * temporary name: a rename to a name the table already has fails), so no running code can use that name yet.
 */
function addedHere(table: string, column: string, at: StatementFacts, ctx: RuleContext): boolean {
  const added = ctx.facts
    .ofKind('AlterTableStmt')
    .some((s) => s.index < at.index && declaredColumns(s.stmt).some((c) => c.how === 'add' && c.table === table && c.name === column));
  return added || ctx.facts.ofKind('RenameStmt').some((s) => {
    const rename = bodyOf(s.stmt, 'RenameStmt');
    return s.index < at.index && !s.embedded && rename?.renameType === 'OBJECT_COLUMN' && rename.newname === column && sameName(relationName(rename.relation) ?? '', table);
  });
}

/** A later RENAME COLUMN in this migration that gives another column of `table` the name `column` (a swap). */
function nameTakenBack(table: string, column: string, at: StatementFacts, ctx: RuleContext): StatementFacts | undefined {
  return ctx.facts.ofKind('RenameStmt').find((s) => {
    const rename = bodyOf(s.stmt, 'RenameStmt');
    return s.index > at.index && rename?.renameType === 'OBJECT_COLUMN' && rename.newname === column && sameName(relationName(rename.relation) ?? '', table);
  });
}

/**
 * Renaming is instant (ACCESS EXCLUSIVE, catalog only) but breaks every running query that uses the old name; a
 * column this same migration added has no such query yet. Renaming an attribute of a composite type breaks the
 * queries that read it from a column of that type the same way.
 */
export const renamingColumn: Rule = {
  id: 'renaming-column',
  defaultSeverity: 'warning',
  description: 'RENAME COLUMN breaks application code that still uses the old name',
  docs: 'docs/rules/renaming-column.md',
  lockHazard: false,
  check: onKind('RenameStmt', (rename, s, ctx) => {
    if (rename.renameType !== 'OBJECT_COLUMN' && rename.renameType !== 'OBJECT_ATTRIBUTE') return undefined;
    const table = relationName(rename.relation) ?? '?';
    if (ctx.facts.isNew(table, s) || addedHere(table, rename.subname ?? '', s, ctx)) return undefined;
    // ALTER TYPE ... RENAME ATTRIBUTE: queries that read the field of a column of that type ((addr).city) break alike.
    if (rename.renameType === 'OBJECT_ATTRIBUTE') {
      return {
        statement: s,
        relation: table,
        message: `Renaming attribute ${q(rename.subname ?? '?')} of type ${q(table)} to ${q(rename.newname ?? '?')} breaks the running application's queries that read it from columns of that type`,
        help: 'Add the new attribute (ALTER TYPE ... ADD ATTRIBUTE), write both, backfill, move reads, then drop the old one in a later release.',
      };
    }
    // A swap (old → old_json, new → old): code that names the old name finds a column under it again; in one
    // transaction nobody sees the moment between (checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts).
    const back = nameTakenBack(table, rename.subname ?? '', s, ctx);
    if (back && s.inTransaction && back.transaction === s.transaction) return undefined;
    if (back) {
      return {
        statement: s,
        relation: table,
        severity: 'info',
        message: `Renaming ${q(rename.subname ?? '?')} on ${q(table)} and giving its name to another column at line ${back.stmt.line} run in separate transactions: queries that use the name in between fail`,
        help: 'Run both renames in one transaction (BEGIN … COMMIT), so queries wait for the swap instead of failing between the two.',
      };
    }
    return {
      statement: s,
      relation: table,
      message: `Renaming ${q(rename.subname ?? '?')} to ${q(rename.newname ?? '?')} on ${q(table)} breaks the application version that is running now`,
      help: 'Add the new column, write to both, backfill, move reads to the new column, then drop the old one in a later release (or rename and keep a view with the old name during the switch).',
    };
  }),
};
