import { bodyOf, dottedName, nodeAs } from '../../sql/index.js';
import { onKinds, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ALTER TYPE / ALTER DOMAIN ... RENAME TO changes only the catalog: columns of the type keep working, but SQL that
 * names the type (casts such as 'paid'::order_status, function signatures, application queries) fails once the
 * rename commits (https://www.postgresql.org/docs/current/sql-altertype.html). SET SCHEMA moves it out of reach of
 * the name the running code uses through search_path, the same break (checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts).
 */

const KINDS: Readonly<Record<string, string>> = { OBJECT_TYPE: 'type', OBJECT_DOMAIN: 'domain' };
export const renamingType: Rule = {
  id: 'renaming-type',
  defaultSeverity: 'warning',
  description: 'renaming a type or domain, or moving it to another schema, breaks SQL that still names it (casts, function signatures)',
  docs: 'docs/rules/renaming-type.md',
  lockHazard: false,
  check: onKinds(['RenameStmt', 'AlterObjectSchemaStmt'], (s, ctx) => {
    const rename = bodyOf(s.stmt, 'RenameStmt');
    const move = bodyOf(s.stmt, 'AlterObjectSchemaStmt');
    const what = KINDS[rename?.renameType ?? move?.objectType ?? ''];
    if (!what) return undefined;
    const name = dottedName(nodeAs(rename?.object ?? move?.object, 'List')?.items);
    if (!name || ctx.facts.isNew(name, s)) return undefined;
    if (move) {
      const bare = name.slice(name.lastIndexOf('.') + 1);
      // Moving an unqualified name to public, where the default search_path finds it already, changes nothing.
      if (!name.includes('.') && move.newschema === 'public') return undefined;
      const to = move.newschema ?? '?';
      // To public, which the default search_path holds, the bare name still resolves; the old qualified one does not.
      const breaks = to === 'public' ? `SQL that names it ${q(name)}` : `SQL that names it without the schema ${q(to)} (search_path no longer finds ${q(bare)}) or as ${q(name)}`;
      return {
        statement: s,
        message: `Moving the ${what} ${q(name)} to schema ${q(to)} breaks ${breaks} that the running application sends (casts, function signatures)`,
        help: `Release code that names ${q(`${to}.${bare}`)} first, or keep the ${what} where it is.`,
      };
    }
    return {
      statement: s,
      message: `Renaming the ${what} ${q(name)} to ${q(rename?.newname ?? '?')} breaks SQL the running application sends that names ${q(name)} (casts, function signatures)`,
      help: `Find the code that names ${q(name)} and release it first, or keep the old name until every client has moved; a type cannot be aliased.`,
    };
  }),
};
