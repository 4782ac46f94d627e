import { bodyOf, droppedNames } from '../../sql/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * DROP SCHEMA ... CASCADE drops every object in the schema — tables with their data, views, sequences, functions,
 * types — and every object elsewhere that depends on them, such as a view in another schema, each under ACCESS
 * EXCLUSIVE (https://www.postgresql.org/docs/current/sql-dropschema.html). Without CASCADE it fails unless the
 * schema is empty (checked on the server in test/lint/rules/server-facts.test.ts): no data and no object code uses can
 * go, so it is reported at info, for what still names the schema (search_path, default privileges).
 */

/** Created by a plain CREATE SCHEMA earlier in the migration (IF NOT EXISTS may have found an existing one). */
function createdHere(name: string, at: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('CreateSchemaStmt').some((s) => {
    const create = bodyOf(s.stmt, 'CreateSchemaStmt');
    return s.index < at.index && create?.schemaname === name && create.if_not_exists !== true;
  });
}

export const droppingSchema: Rule = {
  id: 'dropping-schema',
  defaultSeverity: 'error',
  description: 'DROP SCHEMA: with CASCADE it drops every object in the schema and what depends on them',
  docs: 'docs/rules/dropping-schema.md',
  lockHazard: false,
  check: onKind('DropStmt', (drop, s, ctx) => {
    if (drop.removeType !== 'OBJECT_SCHEMA') return undefined;
    const cascade = drop.behavior === 'DROP_CASCADE';
    const existing = ctx.options.existingSchemas;
    return droppedNames(drop.objects)
      .filter((name) => name !== '' && !createdHere(name, s, ctx))
      .map((name): Report =>
        existing !== undefined && !existing.has(name)
          ? {
              statement: s,
              severity: 'info',
              message: `DROP SCHEMA ${q(name)}: the schema does not exist on the target today, so an earlier migration of this run creates it and nothing that exists now is dropped`,
              help: 'Nothing to do for this run. On a database where the schema already exists, this statement drops what is in it.',
            }
          : cascade
          ? {
              statement: s,
              message: `DROP SCHEMA ${q(name)} CASCADE drops every table (with its data), view, sequence, function and type in it, and every view or foreign key elsewhere that depends on them — objects this migration never names`,
              help: 'Drop the objects one by one, without CASCADE, after a backup, so the migration says everything it deletes; then DROP SCHEMA without CASCADE, which fails if anything is left.',
            }
          : {
              statement: s,
              severity: 'info',
              message: `DROP SCHEMA ${q(name)} without CASCADE drops only an empty schema (it fails otherwise); search_path settings and default privileges that name it are left behind`,
              help: 'Make sure nothing names the schema any more (queries, functions, search_path, default privileges) before dropping it.',
            },
      );
  }),
};
