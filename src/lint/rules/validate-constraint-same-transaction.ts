import { alterCommands, bodyOf, nodeAs, relationName, type AlterTableStmt } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { lockOn, q } from '../rule-kit.js';
import type { Report, Rule, RuleContext, StatementFacts } from '../types.js';

/**
 * NOT VALID exists so that the validation scan runs under SHARE UPDATE EXCLUSIVE. Validating in the same
 * transaction as the ADD CONSTRAINT scans while the ADD's stronger lock is still held until COMMIT
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES). The same happens when VALIDATE
 * shares one ALTER TABLE with a command that takes a stronger lock (`VALIDATE CONSTRAINT c, ALTER COLUMN x SET NOT
 * NULL`: one scan, under ACCESS EXCLUSIVE, checked on PostgreSQL 15).
 */
/** One ALTER TABLE whose lock on the table is stronger than VALIDATE's own SHARE UPDATE EXCLUSIVE (checked on PostgreSQL 15). */
function sharesStrongLock(alter: AlterTableStmt | undefined, s: StatementFacts, table: string): boolean {
  if (alterCommands(alter).length < 2) return false;
  const mode = lockOn(s, table)?.mode;
  return mode !== undefined && !['AccessShare', 'RowShare', 'RowExclusive', 'ShareUpdateExclusive'].includes(mode);
}

export const validateConstraintSameTransaction: Rule = {
  id: 'validate-constraint-same-transaction',
  defaultSeverity: 'error',
  description: 'VALIDATE CONSTRAINT in the same transaction as the NOT VALID add keeps the strong lock during the scan',
  docs: 'docs/rules/validate-constraint-same-transaction.md',
  lockHazard: true,
  check(ctx: RuleContext): Report[] {
    const added: Array<{ table: string; name: string; transaction: number }> = [];
    const out: Report[] = [];
    for (const s of ctx.facts.ofKind('AlterTableStmt')) {
      const alter = bodyOf(s.stmt, 'AlterTableStmt');
      const table = relationName(alter?.relation) ?? '?';
      for (const cmd of alterCommands(alter)) {
        const con = nodeAs(cmd.def, 'Constraint');
        if (cmd.subtype === 'AT_AddConstraint' && con?.skip_validation && con.conname) added.push({ table, name: con.conname, transaction: s.transaction });
        if (cmd.subtype === 'AT_ValidateConstraint' && sharesStrongLock(alter, s, table)) {
          out.push({
            statement: s,
            relation: table,
            during: 'the validation scan',
            message: `VALIDATE CONSTRAINT ${q(cmd.name ?? '?')} shares its ALTER TABLE with a command that takes ${lockOn(s, table)?.mode ?? 'a stronger lock'} on ${q(table)}: the scan runs under that lock instead of SHARE UPDATE EXCLUSIVE`,
            help: 'Validate in an ALTER TABLE of its own, in an earlier migration; then SET NOT NULL (or the other change) skips or shortens its own work.',
          });
          continue;
        }
        if (cmd.subtype !== 'AT_ValidateConstraint' || !s.inTransaction) continue;
        if (!added.some((a) => a.name === cmd.name && sameName(a.table, table) && a.transaction === s.transaction)) continue;
        out.push({
          statement: s,
          relation: table,
          during: 'the validation scan',
          message: `VALIDATE CONSTRAINT ${q(cmd.name ?? '?')} runs in the same transaction that added it NOT VALID: the scan happens while the ADD's lock on ${q(table)} is still held`,
          help: 'Move VALIDATE CONSTRAINT to a separate, later migration (lockstep lint --fix does this).',
        });
      }
    }
    return out;
  },
};
