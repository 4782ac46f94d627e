import { bodyOf, dottedName, stringConst, walk, wholeNode } from '../../sql/index.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext } from '../types.js';

/**
 * A value added with ALTER TYPE ... ADD VALUE cannot be used until the transaction that added it commits
 * ("unsafe use of new value"; https://www.postgresql.org/docs/current/sql-altertype.html#SQL-ALTERTYPE-NOTES). From
 * PostgreSQL 12 to 16 that holds for an enum type created in the same transaction too; before 12 (ADD VALUE ran in a
 * transaction block only on such a type) and from 17 on, a value added to a type created in the same transaction can
 * be used at once. Checked on 15, 16 and 17 in test/lint/rules/server-facts.test.ts.
 */
function newTypeValuesUsable(pgMajor: number): boolean {
  return pgMajor < 12 || pgMajor >= 17;
}

function usesLiteral(stmt: unknown, value: string): boolean {
  let found = false;
  walk(stmt, (key, body) => {
    if (key === 'A_Const' && stringConst({ A_Const: body } as never) === value) found = true;
  });
  return found;
}

export const enumValueUsedInSameTransaction: Rule = {
  id: 'enum-value-used-in-same-transaction',
  defaultSeverity: 'error',
  description: 'a value added to an enum is used before the transaction that added it commits',
  docs: 'docs/rules/enum-value-used-in-same-transaction.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    // Only statements after an ADD VALUE can use the value.
    if (ctx.facts.ofKind('AlterEnumStmt').length === 0) return [];
    const added: Array<{ type: string; value: string; transaction: number }> = [];
    const out: Report[] = [];
    for (const s of ctx.facts.statements) {
      const alter = bodyOf(s.stmt, 'AlterEnumStmt');
      if (alter?.newVal && alter.oldVal === undefined && s.inTransaction) {
        const type = dottedName(alter.typeName);
        if (!ctx.facts.isNew(type, s) || !newTypeValuesUsable(ctx.facts.pgMajor)) added.push({ type, value: alter.newVal, transaction: s.transaction });
        continue;
      }
      // The whole tree: of a long VALUES list of constants the linter holds only the first row (sql/constant-rows.ts).
      const hit = added.find((a) => a.transaction === s.transaction && s.inTransaction && usesLiteral(wholeNode(s.stmt), a.value));
      if (!hit) continue;
      out.push({
        statement: s,
        message: `${q(hit.value)} was added to enum ${q(hit.type)} in this transaction: PostgreSQL refuses to use it before COMMIT ("unsafe use of new value")`,
        help: 'Add the enum value in a migration of its own (it may run in a transaction on PostgreSQL 12+), and use it in a later migration.',
      });
    }
    return out;
  },
};
