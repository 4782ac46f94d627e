import type { Constraint } from '../../sql/index.js';
import { alterCommands, bodyOf, constraintsOf, nodeAs, relationName } from '../../sql/index.js';
import { inlineForeignKeyValidates } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Report, Rule, StatementFacts } from '../types.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

/**
 * Adding a FOREIGN KEY or CHECK validates every existing row while holding the lock: SHARE ROW EXCLUSIVE on
 * both tables for a foreign key, ACCESS EXCLUSIVE for a CHECK. NOT VALID skips the scan; VALIDATE CONSTRAINT
 * later takes only SHARE UPDATE EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-DESC-ADD-TABLE-CONSTRAINT).
 * A REFERENCES on a column added without a DEFAULT is not validated at all (src/locks/foreign-key-validation.ts);
 * an inline CHECK always is, even when every row is NULL.
 */
function describe(con: Constraint, table: string): { what: string; blocked: string } {
  if (con.contype === 'CONSTR_FOREIGN') {
    const ref = relationName(con.pktable) ?? '?';
    return { what: `FOREIGN KEY from ${q(table)} to ${q(ref)}`, blocked: `writes to both tables are blocked` };
  }
  return { what: `CHECK constraint on ${q(table)}`, blocked: 'reads and writes are blocked' };
}

type Form = 'constraint' | 'inline' | 'inline-fk-with-default';

const HELP: Readonly<Record<Exclude<Form, 'constraint'>, string>> = {
  inline: 'Add the column without the constraint, then ADD CONSTRAINT ... NOT VALID, and VALIDATE CONSTRAINT in a later migration.',
  'inline-fk-with-default':
    'Because of the DEFAULT (before PostgreSQL 13: any DEFAULT or FOREIGN KEY in the same ALTER TABLE), PostgreSQL checks every row. Add the column without the constraint, then ADD CONSTRAINT ... NOT VALID and VALIDATE CONSTRAINT in a later migration; a column added with no DEFAULT at all needs no check (every row is NULL).',
};

function report(s: StatementFacts, table: string, con: Constraint, form: Form): Report {
  const { what, blocked } = describe(con, table);
  const name = con.conname ? quoteIdent(con.conname) : '<name>';
  const help =
    form === 'constraint'
      ? `Add it with NOT VALID, then run ALTER TABLE ${quoteQualified(table)} VALIDATE CONSTRAINT ${name} in a separate migration (lockstep lint --fix does this).`
      : HELP[form];
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
  check: onAlterCommand(['AT_AddConstraint', 'AT_AddColumn'], (cmd, table, s, ctx) => {
    if (cmd.subtype === 'AT_AddConstraint') {
      const con = nodeAs(cmd.def, 'Constraint');
      if (!con || (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK') || con.skip_validation) return undefined;
      return report(s, table, con, 'constraint');
    }
    const inline = constraintsOf(nodeAs(cmd.def, 'ColumnDef'));
    const check = inline.find((c) => c.contype === 'CONSTR_CHECK');
    if (check) return report(s, table, check, 'inline');
    const fk = inline.find((c) => c.contype === 'CONSTR_FOREIGN');
    if (!fk || !inlineForeignKeyValidates(cmd, alterCommands(bodyOf(s.stmt, 'AlterTableStmt')), ctx.facts.pgMajor)) return undefined;
    return report(s, table, fk, 'inline-fk-with-default');
  }),
};
