import { alterCommands, bodyOf, nodeAs, relationName, walk } from '../../sql/index.js';
import { typeChangeAt } from '../analysis/old-column-type.js';
import { sameName } from '../../locks/index.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext } from '../types.js';

/**
 * Even a binary-coercible type change re-checks every CHECK constraint that uses the column, which reads the
 * whole table under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES).
 * Statically, only CHECK constraints added earlier in the same migration are known.
 */
function columnsIn(expr: unknown): Set<string> {
  const cols = new Set<string>();
  walk(expr, (key, body) => {
    if (key !== 'ColumnRef') return;
    const fields = (body as { fields?: unknown[] }).fields ?? [];
    const last = nodeAs(fields[fields.length - 1] as never, 'String')?.sval;
    if (last) cols.add(last);
  });
  return cols;
}

export const changingTypeOfCheckedColumn: Rule = {
  id: 'changing-type-of-checked-column',
  defaultSeverity: 'warning',
  description: 'ALTER COLUMN TYPE on a column used by a CHECK constraint re-checks it over the whole table, even without a rewrite',
  docs: 'docs/rules/changing-type-of-checked-column.md',
  lockHazard: true,
  check(ctx: RuleContext): Report[] {
    const checks: Array<{ table: string; name: string; columns: Set<string> }> = [];
    const out: Report[] = [];
    for (const s of ctx.facts.ofKind('AlterTableStmt')) {
      const alter = bodyOf(s.stmt, 'AlterTableStmt');
      const table = relationName(alter?.relation) ?? '?';
      for (const cmd of alterCommands(alter)) {
        const con = nodeAs(cmd.def, 'Constraint');
        if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_CHECK') checks.push({ table, name: con.conname ?? 'check', columns: columnsIn(con.raw_expr) });
        if (cmd.subtype !== 'AT_AlterColumnType') continue;
        if (typeChangeAt(cmd, table, s, ctx.facts).verdict === 'rewrite') continue;
        const hit = checks.find((c) => sameName(c.table, table) && c.columns.has(cmd.name ?? ''));
        if (!hit) continue;
        out.push({
          statement: s,
          relation: table,
          during: 'the constraint re-check',
          message: `Changing the type of ${q(cmd.name ?? '?')} re-checks CHECK constraint ${q(hit.name)} over every row of ${q(table)} under ACCESS EXCLUSIVE, even if the type change itself needs no rewrite`,
          help: 'Drop the CHECK constraint, change the type, then add the constraint back NOT VALID and VALIDATE it in a separate migration.',
        });
      }
    }
    return out;
  },
};
