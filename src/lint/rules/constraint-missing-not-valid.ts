import type { Constraint } from '../ast.js';
import { constraintsOf, nodeAs, relationName } from '../ast.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Report, Rule, StatementFacts } from '../types.js';

/**
 * Adding a FOREIGN KEY or CHECK validates every existing row while holding the lock: SHARE ROW EXCLUSIVE on
 * both tables for a foreign key, ACCESS EXCLUSIVE for a CHECK. NOT VALID skips the scan; VALIDATE CONSTRAINT
 * later takes only SHARE UPDATE EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT).
 */
function describe(con: Constraint, table: string): { what: string; blocked: string } {
  if (con.contype === 'CONSTR_FOREIGN') {
    const ref = relationName(con.pktable) ?? '?';
    return { what: `FOREIGN KEY from ${q(table)} to ${q(ref)}`, blocked: `writes to both tables are blocked` };
  }
  return { what: `CHECK constraint on ${q(table)}`, blocked: 'reads and writes are blocked' };
}

function report(s: StatementFacts, table: string, con: Constraint, inline: boolean): Report {
  const { what, blocked } = describe(con, table);
  const name = con.conname ?? '<name>';
  const help = inline
    ? 'Add the column without the constraint, then ADD CONSTRAINT ... NOT VALID, and VALIDATE CONSTRAINT in a later migration.'
    : `Add it with NOT VALID, then run ALTER TABLE ${table} VALIDATE CONSTRAINT ${name} in a separate migration (lockstep lint --fix does this).`;
  return {
    statement: s,
    relation: table,
    during: 'the validation scan of every row',
    message: `Adding a ${what} without NOT VALID checks every existing row while ${blocked}`,
    help,
  };
}

export const constraintMissingNotValid: Rule = {
  id: 'constraint-missing-not-valid',
  defaultSeverity: 'error',
  description: 'ADD CONSTRAINT FOREIGN KEY / CHECK without NOT VALID scans the whole table under a blocking lock',
  docs: 'docs/rules/constraint-missing-not-valid.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddConstraint', 'AT_AddColumn'], (cmd, table, s) => {
    if (cmd.subtype === 'AT_AddConstraint') {
      const con = nodeAs(cmd.def, 'Constraint');
      if (!con || (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK') || con.skip_validation) return undefined;
      return report(s, table, con, false);
    }
    const inline = constraintsOf(nodeAs(cmd.def, 'ColumnDef')).find((c) => c.contype === 'CONSTR_FOREIGN' || c.contype === 'CONSTR_CHECK');
    return inline ? report(s, table, inline, true) : undefined;
  }),
};
