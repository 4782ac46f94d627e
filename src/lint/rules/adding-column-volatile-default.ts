import { nodeAs } from '../../sql/index.js';
import { analyzeAddColumn } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * Since PostgreSQL 11 ADD COLUMN with a non-volatile DEFAULT only writes the catalog; a volatile default
 * (or any default before 11) rewrites the table under ACCESS EXCLUSIVE
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES).
 */
export const addingColumnVolatileDefault: Rule = {
  id: 'adding-column-volatile-default',
  defaultSeverity: 'error',
  description: 'ADD COLUMN with a volatile DEFAULT (any DEFAULT before PostgreSQL 11) rewrites the table',
  docs: 'docs/rules/adding-column-volatile-default.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddColumn'], (cmd, table, s, ctx) => {
    const col = nodeAs(cmd.def, 'ColumnDef');
    const a = analyzeAddColumn(col, ctx.facts.pgMajor);
    if (a.serial || a.identity || a.storedGenerated || !a.hasDefault) return undefined;
    const name = q(col?.colname ?? '?');
    const help = 'Add the column without a default (or with a constant one), set the default with ALTER COLUMN ... SET DEFAULT, and backfill existing rows in batches.';
    if (a.rewriteReason) {
      return { statement: s, relation: table, during: 'the whole table rewrite', message: `Adding ${name} to ${q(table)} rewrites the table under ACCESS EXCLUSIVE: ${a.rewriteReason}`, help };
    }
    if (a.defaultVolatility === 'unknown') {
      return {
        statement: s,
        relation: table,
        severity: 'warning',
        during: 'the whole table rewrite, if the default is volatile',
        message: `The DEFAULT of ${name} on ${q(table)} calls a function Lockstep cannot classify: if it is VOLATILE the table is rewritten under ACCESS EXCLUSIVE`,
        help: `Check the function's volatility (pg_proc.provolatile). ${help}`,
      };
    }
    return undefined;
  }),
};
