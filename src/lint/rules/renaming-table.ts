import { relationName } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

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
    if (ctx.facts.isNew(table, s)) return undefined;
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
