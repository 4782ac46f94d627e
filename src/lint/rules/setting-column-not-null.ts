import { setNotNullCommands } from '../analysis/not-null-checks.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext } from '../types.js';

/**
 * SET NOT NULL scans the whole table under ACCESS EXCLUSIVE. Since PostgreSQL 12 the scan is skipped when a
 * valid CHECK (col IS NOT NULL) constraint already proves it
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL); which
 * checks count is worked out in analysis/not-null-checks.ts.
 */
export const settingColumnNotNull: Rule = {
  id: 'setting-column-not-null',
  defaultSeverity: 'error',
  description: 'SET NOT NULL scans the whole table under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL) exists',
  docs: 'docs/rules/setting-column-not-null.md',
  lockHazard: true,
  check(ctx: RuleContext): Report[] {
    if (ctx.facts.ofKind('AlterTableStmt').length === 0) return [];
    const out: Report[] = [];
    for (const set of setNotNullCommands(ctx.facts).values()) {
      if (!set.proven) out.push(report(set.at, set.table, set.column, ctx.facts.pgMajor));
    }
    return out;
  },
};

function report(s: Report['statement'], table: string, column: string, pg: number): Report {
  const check = quoteIdent(`${column}_not_null`);
  const help =
    pg >= 12
      ? `First ALTER TABLE ${quoteQualified(table)} ADD CONSTRAINT ${check} CHECK (${quoteIdent(column)} IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT ${check} in a separate migration; then SET NOT NULL (no scan) and DROP the check (lockstep lint --fix does this).`
      : 'Before PostgreSQL 12 SET NOT NULL always scans: keep a validated CHECK (col IS NOT NULL) constraint instead, or run it in a quiet window.';
  return {
    statement: s,
    relation: table,
    during: 'the scan of every row',
    message: `SET NOT NULL on ${q(table)}.${q(column)} scans the whole table while holding ACCESS EXCLUSIVE`,
    help,
  };
}
