import type { Constraint } from '../ast.js';
import { alterCommands, bodyOf, nodeAs, relationName, stringOf } from '../ast.js';
import { sameName } from '../facts.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext } from '../types.js';

/**
 * SET NOT NULL scans the whole table under ACCESS EXCLUSIVE. Since PostgreSQL 12 the scan is skipped when a
 * valid CHECK (col IS NOT NULL) constraint already proves it
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL).
 */

/** Columns a CHECK expression proves NOT NULL: `col IS NOT NULL`, possibly AND-ed with other conditions. */
export function notNullColumns(con: Constraint | undefined): string[] {
  if (con?.contype !== 'CONSTR_CHECK') return [];
  const cols: string[] = [];
  const visit = (expr: unknown): void => {
    const test = nodeAs(expr as never, 'NullTest');
    if (test?.nulltesttype === 'IS_NOT_NULL') {
      const fields = nodeAs(test.arg, 'ColumnRef')?.fields ?? [];
      const col = stringOf(fields[fields.length - 1]);
      if (col) cols.push(col);
    }
    const bool = nodeAs(expr as never, 'BoolExpr');
    if (bool?.boolop === 'AND_EXPR') for (const arg of bool.args ?? []) visit(arg);
  };
  visit(con.raw_expr);
  return cols;
}

/** "payments_user_id_not_null" → ["payments_user_id", "user_id", "id"]: the column candidates of a not-null check's name. */
function columnsNamedIn(name: string): string[] {
  const m = /^(.*?)_?(not_?null|nn)$/i.exec(name);
  if (!m?.[1]) return [];
  const parts = m[1].split('_');
  return parts.map((_p, i) => parts.slice(i).join('_'));
}

interface Check {
  readonly table: string;
  readonly name: string | undefined;
  readonly columns: readonly string[];
  valid: boolean;
}

export const settingColumnNotNull: Rule = {
  id: 'setting-column-not-null',
  defaultSeverity: 'error',
  description: 'SET NOT NULL scans the whole table under ACCESS EXCLUSIVE unless a validated CHECK (col IS NOT NULL) exists',
  docs: 'docs/rules/setting-column-not-null.md',
  lockHazard: true,
  check(ctx: RuleContext): Report[] {
    const checks: Check[] = [];
    const out: Report[] = [];
    for (const s of ctx.facts.ofKind('AlterTableStmt')) {
      const alter = bodyOf(s.stmt, 'AlterTableStmt');
      const table = relationName(alter?.relation) ?? '?';
      for (const cmd of alterCommands(alter)) {
        const con = nodeAs(cmd.def, 'Constraint');
        if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_CHECK') {
          checks.push({ table, name: con.conname, columns: notNullColumns(con), valid: con.skip_validation !== true });
        } else if (cmd.subtype === 'AT_ValidateConstraint') {
          const known = checks.filter((c) => sameName(c.table, table) && c.name === cmd.name);
          for (const c of known) c.valid = true;
          // Added in an earlier migration: trust a name that says which column it proves (as --fix writes it).
          if (known.length === 0 && cmd.name) checks.push({ table, name: cmd.name, columns: columnsNamedIn(cmd.name), valid: true });
        } else if (cmd.subtype === 'AT_SetNotNull') {
          const proven = ctx.facts.pgMajor >= 12 && checks.some((c) => c.valid && sameName(c.table, table) && c.columns.includes(cmd.name ?? ''));
          if (!proven) out.push(report(s, table, cmd.name ?? '?', ctx.facts.pgMajor));
        }
      }
    }
    return out;
  },
};

function report(s: Report['statement'], table: string, column: string, pg: number): Report {
  const help =
    pg >= 12
      ? `First ALTER TABLE ${table} ADD CONSTRAINT ${column}_not_null CHECK (${column} IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT ${column}_not_null in a separate migration; then SET NOT NULL (no scan) and DROP the check (lockstep lint --fix does this).`
      : 'Before PostgreSQL 12 SET NOT NULL always scans: keep a validated CHECK (col IS NOT NULL) constraint instead, or run it in a quiet window.';
  return {
    statement: s,
    relation: table,
    during: 'the scan of every row',
    message: `SET NOT NULL on ${q(table)}.${q(column)} scans the whole table while holding ACCESS EXCLUSIVE`,
    help,
  };
}

