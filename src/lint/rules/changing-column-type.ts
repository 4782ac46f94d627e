import { typeChangeAt, usualTypeChange } from '../analysis/old-column-type.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ALTER COLUMN TYPE takes ACCESS EXCLUSIVE and rewrites the table and its indexes unless the change is
 * binary-coercible (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES).
 */
export const changingColumnType: Rule = {
  id: 'changing-column-type',
  defaultSeverity: 'error',
  description: 'ALTER COLUMN ... TYPE rewrites the table and its indexes under ACCESS EXCLUSIVE unless binary-coercible',
  docs: 'docs/rules/changing-column-type.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AlterColumnType'], (cmd, table, s, ctx) => {
    // The old type, when the database, an earlier migration of the run or this one declared it; the session's
    // TimeZone decides timestamp ↔ timestamptz.
    const change = typeChangeAt(cmd, table, s, ctx.facts);
    if (change.verdict === 'no-rewrite') return undefined;
    const col = q(change.column);
    const expand =
      'Add a new column of the new type, write to both from the application, backfill in batches, then switch reads and drop the old column.';
    const help = change.hint ? `${change.hint} Otherwise: ${expand}` : expand;
    if (change.verdict === 'depends-on-old-type') {
      // The usual form of this change (varchar to text) is a catalog change: info, saying what it assumed.
      const taken = usualTypeChange(cmd, table, s, ctx.facts);
      const usual = taken !== undefined;
      return {
        statement: s,
        relation: table,
        severity: usual ? 'info' : 'warning',
        during: 'the rewrite, if there is one',
        message: usual
          ? `Changing the type of ${col} on ${q(table)} is taken to be ${taken}, which needs no rewrite (a brief ACCESS EXCLUSIVE); ${change.why}, otherwise the table and its indexes are rewritten`
          : `Changing the type of ${col} on ${q(table)} takes ACCESS EXCLUSIVE; ${change.why}, otherwise the table and its indexes are rewritten`,
        help: `Check the current type: widening varchar/numeric limits and varchar→text do not rewrite. ${help}`,
      };
    }
    return {
      statement: s,
      relation: table,
      during: 'the whole table rewrite',
      message: `Changing the type of ${col} on ${q(table)} rewrites the table and its indexes under ACCESS EXCLUSIVE (${change.why})`,
      help,
    };
  }),
};
