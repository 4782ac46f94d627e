import { bodyOf, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

/**
 * A view created under the old name later in the same transaction, as this rule's help advises: from the moment the
 * rename commits, code that names the old name reads (and, through a simple view, writes) the renamed table. A new
 * table or sequence under the old name would not do: it starts empty, or from its first value.
 */
function oldNameKept(old: string, s: StatementFacts, ctx: RuleContext): boolean {
  if (!s.inTransaction) return false;
  return ctx.facts.ofKind('ViewStmt').some((x) => x.index > s.index && x.transaction === s.transaction && !x.embedded && sameName(relationName(bodyOf(x.stmt, 'ViewStmt')?.view) ?? '', old));
}

/**
 * Renaming a table is instant (ACCESS EXCLUSIVE, catalog only) but every running query using the old name fails; so does
 * code calling nextval('old_name') after a sequence is renamed (column defaults follow the rename, they hold its oid).
 */
export const renamingTable: Rule = {
  id: 'renaming-table',
  defaultSeverity: 'warning',
  description: 'renaming a table, view, materialized view or sequence breaks code that still uses the old name',
  docs: 'docs/rules/renaming-table.md',
  lockHazard: false,
  check: onKind('RenameStmt', (rename, s, ctx) => {
    if (!['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE', 'OBJECT_SEQUENCE'].includes(rename.renameType ?? '')) return undefined;
    const table = relationName(rename.relation) ?? '?';
    if (ctx.facts.isNew(table, s) || oldNameKept(table, s, ctx)) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Renaming ${q(table)} to ${q(rename.newname ?? '?')} breaks the application version that is running now`,
      help:
        rename.renameType === 'OBJECT_SEQUENCE'
          ? `Release code that no longer names ${q(table)} (nextval, currval, setval) first; column defaults follow the rename by themselves.`
          : `Rename, then CREATE VIEW ${quoteQualified(table)} AS SELECT * FROM ${rename.newname ? quoteIdent(rename.newname) : 'new_name'} so old code keeps working (simple views are updatable), and drop the view in a later release.`,
    };
  }),
};
