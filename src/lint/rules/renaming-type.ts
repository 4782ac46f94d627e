import { dottedName, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ALTER TYPE / ALTER DOMAIN ... RENAME TO changes only the catalog: columns of the type keep working, but SQL that
 * names the type (casts such as 'paid'::order_status, function signatures, application queries) fails once the
 * rename commits (https://www.postgresql.org/docs/current/sql-altertype.html).
 */
export const renamingType: Rule = {
  id: 'renaming-type',
  defaultSeverity: 'warning',
  description: 'renaming a type or domain breaks SQL that still names it (casts, function signatures)',
  docs: 'docs/rules/renaming-type.md',
  lockHazard: false,
  check: onKind('RenameStmt', (rename, s, ctx) => {
    if (rename.renameType !== 'OBJECT_TYPE' && rename.renameType !== 'OBJECT_DOMAIN') return undefined;
    const name = dottedName(nodeAs(rename.object, 'List')?.items);
    if (!name || ctx.facts.isNew(name, s)) return undefined;
    const what = rename.renameType === 'OBJECT_DOMAIN' ? 'domain' : 'type';
    return {
      statement: s,
      message: `Renaming the ${what} ${q(name)} to ${q(rename.newname ?? '?')} breaks SQL the running application sends that names ${q(name)} (casts, function signatures)`,
      help: `Find the code that names ${q(name)} and release it first, or keep the old name until every client has moved; a type cannot be aliased.`,
    };
  }),
};
