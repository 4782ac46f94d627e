import { bodyOf, dottedName, nodeAs, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onKind, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/**
 * DROP TRIGGER then CREATE TRIGGER of the same trigger, to change it, in separate transactions (statement by statement:
 * psql -f, golang-migrate, `--execution autocommit`): every row written in between skips the trigger, silently — a
 * dual-write or audit trigger misses those rows for good (checked on PostgreSQL 15 in
 * test/lint/rules/server-facts.test.ts). In one transaction, writers wait for the new trigger instead. The moment
 * lasts as long as the statements between the two, like a view dropped and created again apart (dropping-table) or a
 * rename and the view that keeps its old name (renaming-table): info, like them.
 */
export const recreatingTrigger: Rule = {
  id: 'recreating-trigger',
  defaultSeverity: 'info',
  description: 'a trigger dropped and created again in separate transactions: rows written in between skip it',
  docs: 'docs/rules/recreating-trigger.md',
  lockHazard: false,
  check: onKind('DropStmt', (drop, s, ctx) => {
    if (drop.removeType !== 'OBJECT_TRIGGER') return undefined;
    const out: Report[] = [];
    for (const object of drop.objects ?? []) {
      const parts = dottedName(nodeAs(object, 'List')?.items).split('.');
      const trigger = parts.pop() ?? '';
      const table = parts.join('.');
      if (table === '' || ctx.facts.isNew(table, s)) continue;
      const again = ctx.facts.ofKind('CreateTrigStmt').find((x) => {
        const create = bodyOf(x.stmt, 'CreateTrigStmt');
        return x.index > s.index && !x.embedded && create?.trigname === trigger && sameName(relationName(create.relation) ?? '', table);
      });
      if (!again || (s.inTransaction && again.transaction === s.transaction)) continue;
      out.push({
        statement: s,
        relation: table,
        message: `Trigger ${q(trigger)} on ${q(table)} is dropped here and created again at line ${again.stmt.line} in a separate transaction: rows written to ${q(table)} in between do not fire it, and nothing tells`,
        help: 'Put the DROP and the CREATE in one transaction (BEGIN … COMMIT), or replace it in one statement: CREATE OR REPLACE TRIGGER (PostgreSQL 14+), or CREATE OR REPLACE FUNCTION for a change of its function only.',
      });
    }
    return out;
  }),
};
