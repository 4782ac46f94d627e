import { bodyOf, dottedName, droppedNames, nodeAs } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * The old half of a swap: a type this migration renamed to `name` before `at` (RENAME order_status TO
 * order_status_old, CREATE TYPE order_status …, columns moved to it): only the columns still on it use it, and nothing
 * the running application sends names it by its new name.
 */
function renamedHere(name: string, at: StatementFacts, ctx: RuleContext): boolean {
  const bare = name.slice(name.lastIndexOf('.') + 1);
  return ctx.facts.ofKind('RenameStmt').some((s) => {
    const rename = bodyOf(s.stmt, 'RenameStmt');
    return s.index < at.index && (rename?.renameType === 'OBJECT_TYPE' || rename?.renameType === 'OBJECT_DOMAIN') && rename.newname === bare && dottedName(nodeAs(rename.object, 'List')?.items) !== '';
  });
}

/**
 * DROP TYPE / DROP DOMAIN of a type the migration did not create
 * (https://www.postgresql.org/docs/current/sql-droptype.html). Without CASCADE PostgreSQL refuses while a column, a
 * function's signature or another type uses it: nothing is lost, but the migration fails. With CASCADE it drops each
 * column of that type, with its data, and whatever else uses it, none of which the statement names. Both checked on
 * PostgreSQL 15 in test/lint/rules/server-facts.test.ts. DROP ... IF EXISTS without CASCADE, the cleanup of a leftover
 * that may be gone already, and the old half of a swap this migration renamed, are info.
 */
export const droppingType: Rule = {
  id: 'dropping-type',
  defaultSeverity: 'warning',
  description: 'DROP TYPE or DROP DOMAIN: fails while a column uses it; with CASCADE drops those columns and their data',
  docs: 'docs/rules/dropping-type.md',
  lockHazard: false,
  check: onKind('DropStmt', (drop, s, ctx) => {
    if (drop.removeType !== 'OBJECT_TYPE' && drop.removeType !== 'OBJECT_DOMAIN') return undefined;
    const what = drop.removeType === 'OBJECT_DOMAIN' ? 'DROP DOMAIN' : 'DROP TYPE';
    const cascade = drop.behavior === 'DROP_CASCADE';
    return droppedNames(drop.objects)
      .filter((name) => name !== '' && !ctx.facts.isNew(name, s))
      .map((name): Report => {
        if (cascade) {
          return {
            statement: s,
            severity: 'error',
            message: `${what} ${q(name)} CASCADE also drops every column of that type, with its data, and the views, functions and defaults that use it — none of which this migration names`,
            help: `Change or drop the columns that use ${q(name)} by name first (after a backup), then drop it without CASCADE, which fails if anything still uses it.`,
          };
        }
        const why = `${what} ${q(name)} fails while a column, a function's signature or another type still uses it (nothing is lost, but the migration stops there)`;
        if (renamedHere(name, s, ctx)) {
          return { statement: s, severity: 'info', message: `${why}; this migration renamed it to ${q(name)}, so no running code names it`, help: `Make sure every column has moved off ${q(name)}.` };
        }
        return drop.missing_ok === true
          ? { statement: s, severity: 'info', message: `${why}; IF EXISTS reads as the cleanup of a leftover`, help: `Make sure nothing uses ${q(name)} any more.` }
          : {
              statement: s,
              message: `${why}, and SQL the running application sends that names it (casts, function calls) fails after it`,
              help: `Change the columns and functions that use ${q(name)} in an earlier migration, and release the code that names it, before dropping it.`,
            };
      });
  }),
};
