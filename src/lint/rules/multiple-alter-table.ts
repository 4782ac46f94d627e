import { alterCommands, bodyOf, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { q } from '../rule-kit.js';
import type { Report, Rule, RuleContext } from '../types.js';
import { quoteQualified } from '../quote-ident.js';

/**
 * Each ALTER TABLE waits for its own ACCESS EXCLUSIVE lock (and may rewrite on its own); one statement with
 * several subcommands takes the lock once and rewrites at most once
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES).
 */
export const multipleAlterTable: Rule = {
  id: 'multiple-alter-table',
  defaultSeverity: 'info',
  description: 'several ALTER TABLE statements on one table in one transaction where one statement would do',
  docs: 'docs/rules/multiple-alter-table.md',
  lockHazard: false,
  check(ctx: RuleContext): Report[] {
    const seen: Array<{ table: string; transaction: number; line: number; setNotNull: boolean }> = [];
    const out: Report[] = [];
    for (const s of ctx.facts.ofKind('AlterTableStmt')) {
      const alter = bodyOf(s.stmt, 'AlterTableStmt');
      if (!alter || !s.inTransaction || alter.objtype !== 'OBJECT_TABLE') continue;
      // VALIDATE belongs in its own statement (ideally its own migration); do not suggest merging it.
      if (alterCommands(alter).some((c) => c.subtype === 'AT_ValidateConstraint')) continue;
      const table = relationName(alter.relation) ?? '?';
      if (ctx.facts.isNew(table, s)) continue;
      const prev = seen.find((p) => p.transaction === s.transaction && sameName(p.table, table));
      const cmds = alterCommands(alter);
      // Dropping the CHECK that proved a SET NOT NULL must stay a separate statement: merged, the check is gone before NOT NULL is verified.
      const dropsProof = prev?.setNotNull === true && cmds.every((c) => c.subtype === 'AT_DropConstraint');
      if (prev && !dropsProof) {
        out.push({
          statement: s,
          relation: table,
          message: `Another ALTER TABLE on ${q(table)} (line ${prev.line}) in the same transaction: each one queues for the lock separately`,
          help: `Combine them into one ALTER TABLE ${quoteQualified(table)} with comma-separated subcommands.`,
        });
      } else if (!prev) seen.push({ table, transaction: s.transaction, line: s.stmt.line, setNotNull: cmds.some((c) => c.subtype === 'AT_SetNotNull') });
    }
    return out;
  },
};
