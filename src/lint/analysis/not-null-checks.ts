/**
 * Which `ALTER COLUMN ... SET NOT NULL` commands of a migration skip their scan. SET NOT NULL checks every row
 * under ACCESS EXCLUSIVE, but since PostgreSQL 12 it skips the scan when a valid CHECK (col IS NOT NULL)
 * constraint already proves the column has no NULLs
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-SET-DROP-NOT-NULL).
 * setting-column-not-null and require-statement-timeout both ask.
 */
import { objectMemo } from '../../core/object-memo.js';
import type { AlterTableCmd, Constraint } from '../../sql/index.js';
import { alterCommands, bodyOf, constraintsOf, nodeAs, relationName, stringOf } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import type { MigrationFacts, StatementFacts } from '../types.js';

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
  /** The columns were guessed from the constraint's name: a name is often lower case when the column is not. */
  readonly fromName?: boolean;
  valid: boolean;
}

export interface SetNotNull {
  readonly at: StatementFacts;
  readonly cmd: AlterTableCmd;
  readonly table: string;
  readonly column: string;
  /**
   * No scan: a validated CHECK (col IS NOT NULL) added or validated earlier in the migration proves it (PG 12+), or
   * the column is NOT NULL already, added so or set so earlier in the migration (SET NOT NULL then changes nothing,
   * on every version; checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts).
   */
  readonly proven: boolean;
}

const cache = objectMemo<MigrationFacts, ReadonlyMap<AlterTableCmd, SetNotNull>>();

/** Every SET NOT NULL of the migration, in order, keyed by its command; computed once per migration. */
export function setNotNullCommands(facts: MigrationFacts): ReadonlyMap<AlterTableCmd, SetNotNull> {
  let found = cache.get(facts);
  if (!found) {
    found = compute(facts);
    cache.set(facts, found);
  }
  return found;
}

/** A column ADD COLUMN declares NOT NULL (or PRIMARY KEY, which implies it). */
function addsNotNull(cmd: AlterTableCmd): string | undefined {
  const col = nodeAs(cmd.def, 'ColumnDef');
  if (cmd.subtype !== 'AT_AddColumn' || !col?.colname) return undefined;
  return constraintsOf(col).some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY') ? col.colname : undefined;
}

function compute(facts: MigrationFacts): Map<AlterTableCmd, SetNotNull> {
  const checks: Check[] = [];
  /** Columns the migration made NOT NULL so far (and has not made nullable again), as [table, column]. */
  const notNull: Array<[string, string]> = [];
  const isNotNull = (table: string, column: string): boolean => notNull.some(([t, c]) => c === column && sameName(t, table));
  const out = new Map<AlterTableCmd, SetNotNull>();
  for (const s of facts.ofKind('AlterTableStmt')) {
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
        if (known.length === 0 && cmd.name) checks.push({ table, name: cmd.name, columns: columnsNamedIn(cmd.name), fromName: true, valid: true });
      } else if (cmd.subtype === 'AT_SetNotNull') {
        const column = cmd.name ?? '?';
        const covers = (c: Check): boolean => c.columns.includes(column) || (c.fromName === true && c.columns.some((x) => x.toLowerCase() === column.toLowerCase()));
        const proven = isNotNull(table, column) || (facts.pgMajor >= 12 && checks.some((c) => c.valid && sameName(c.table, table) && covers(c)));
        out.set(cmd, { at: s, cmd, table, column, proven });
        notNull.push([table, column]);
      } else if (cmd.subtype === 'AT_DropNotNull') {
        for (let i = notNull.length - 1; i >= 0; i--) if (notNull[i]?.[1] === cmd.name && sameName(notNull[i]?.[0] ?? '', table)) notNull.splice(i, 1);
      }
      const added = addsNotNull(cmd);
      if (added) notNull.push([table, added]);
    }
  }
  return out;
}
