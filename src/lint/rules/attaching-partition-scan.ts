import { alterCommands, bodyOf, nodeAs, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule, RuleContext, StatementFacts } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * ATTACH PARTITION checks every row of the table it attaches against the partition bound, holding ACCESS EXCLUSIVE on
 * that table (and, before PostgreSQL 12, on the partitioned table too). A valid CHECK constraint that implies the
 * bound lets PostgreSQL skip the scan
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-ATTACH-PARTITION); checked on
 * PostgreSQL 15 in test/lint/rules/server-facts.test.ts.
 */

/** A CHECK added without NOT VALID, or a VALIDATE CONSTRAINT, on `table` earlier in the migration. */
function validatedCheckBefore(table: string, at: StatementFacts, ctx: RuleContext): boolean {
  return ctx.facts.ofKind('AlterTableStmt').some((s) => {
    if (s.index >= at.index) return false;
    const alter = bodyOf(s.stmt, 'AlterTableStmt');
    if (!sameName(relationName(alter?.relation) ?? '', table)) return false;
    return alterCommands(alter).some((cmd) => {
      if (cmd.subtype === 'AT_ValidateConstraint') return true;
      const con = nodeAs(cmd.def, 'Constraint');
      return cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_CHECK' && con.skip_validation !== true;
    });
  });
}

export const attachingPartitionScan: Rule = {
  id: 'attaching-partition-scan',
  defaultSeverity: 'warning',
  description: 'ATTACH PARTITION scans the attached table under ACCESS EXCLUSIVE unless a valid CHECK proves the bound',
  docs: 'docs/rules/attaching-partition-scan.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AttachPartition'], (cmd, parent, s, ctx) => {
    const part = relationName(nodeAs(cmd.def, 'PartitionCmd')?.name);
    if (!part || validatedCheckBefore(part, s, ctx)) return undefined;
    const parentLock = ctx.facts.pgMajor >= 12 ? '' : ` and ${q(parent)}`;
    return {
      statement: s,
      relation: part,
      during: 'the scan of every row',
      message: `ATTACH PARTITION checks every row of ${q(part)} against the partition bound while it holds ACCESS EXCLUSIVE on ${q(part)}${parentLock}`,
      help: `First ALTER TABLE ${quoteQualified(part)} ADD CONSTRAINT ... CHECK (<the bound>) NOT VALID and VALIDATE CONSTRAINT it (SHARE UPDATE EXCLUSIVE): a valid CHECK that implies the bound lets ATTACH skip the scan. Drop the CHECK afterwards.`,
    };
  }),
};
