import { alterCommands, bodyOf, nodeAs, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext } from '../types.js';

/**
 * NOT VALID exists so that the validation scan runs under SHARE UPDATE EXCLUSIVE. Validating in the same
 * transaction as the ADD CONSTRAINT scans while the ADD's stronger lock is still held until COMMIT
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES).
 */
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
