import { nodeAs } from '../../sql/index.js';
import { analyzeAddColumn } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ADD COLUMN ... NOT NULL with no DEFAULT fails on any table that has rows ("column contains null values"),
 * after waiting for and taking ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html).
 * One row is enough, however small the table (checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts): with
 * the database's sizes it is info only on a table that is empty or does not exist yet (`failsOnAnyRow`).
 */
export const addingNotNullColumn: Rule = {
  id: 'adding-not-null-column',
  defaultSeverity: 'error',
  description: 'ADD COLUMN ... NOT NULL without a DEFAULT fails on a table with rows',
  docs: 'docs/rules/adding-not-null-column.md',
  lockHazard: true,
  failsOnAnyRow: true,
  check: onAlterCommand(['AT_AddColumn'], (cmd, table, s, ctx) => {
    const col = nodeAs(cmd.def, 'ColumnDef');
    const a = analyzeAddColumn(col, ctx.facts.pgMajor);
    if (!a.notNull || a.hasDefault || a.serial || a.identity || a.storedGenerated) return undefined;
    return {
      statement: s,
      relation: table,
      message: `Adding NOT NULL column ${q(col?.colname ?? '?')} to ${q(table)} without a DEFAULT fails as soon as the table has a row`,
      help:
        ctx.facts.pgMajor >= 11
          ? 'Give it a constant DEFAULT (no rewrite since PostgreSQL 11), or add it nullable, backfill in batches, then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL.'
          : 'Add it nullable, backfill in batches, then SET NOT NULL in a later migration (before PostgreSQL 11 a DEFAULT rewrites the table).',
    };
  }),
};
