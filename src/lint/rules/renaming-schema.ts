import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** Renaming a schema changes the qualified name of everything in it. */
export const renamingSchema: Rule = {
  id: 'renaming-schema',
  defaultSeverity: 'warning',
  description: 'ALTER SCHEMA ... RENAME breaks every query that names the schema',
  docs: 'docs/rules/renaming-schema.md',
  lockHazard: false,
  check: onKind('RenameStmt', (rename, s) => {
    if (rename.renameType !== 'OBJECT_SCHEMA') return undefined;
    return {
      statement: s,
      message: `Renaming schema ${q(rename.subname ?? '?')} to ${q(rename.newname ?? '?')} breaks every query, function and search_path that names it`,
      help: 'Create the new schema and move objects (ALTER ... SET SCHEMA) in steps, or keep the old name on the search_path during the switch.',
    };
  }),
};
