import { bodyOf, nodeAs } from '../../sql/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/**
 * ALTER TABLE ONLY t ADD COLUMN (or ALTER COLUMN ... TYPE) changes t alone, and PostgreSQL refuses that when t has
 * partitions or inheritance children, whose columns must match ("column must be added to child tables too"); when t
 * has none, ONLY changes nothing (https://www.postgresql.org/docs/current/sql-altertable.html). So the statement
 * fails or its ONLY is idle: checked on PostgreSQL 15 in test/lint/rules/server-facts.test.ts. pg_dump's
 * ALTER TABLE ONLY ... ADD CONSTRAINT is another matter and is not reported.
 */
export const alterTableOnlyColumns: Rule = {
  id: 'alter-table-only-columns',
  defaultSeverity: 'warning',
  description: 'ALTER TABLE ONLY ... ADD COLUMN or ALTER COLUMN TYPE fails on a table with partitions or inheritance children',
  docs: 'docs/rules/alter-table-only-columns.md',
  lockHazard: false,
  check: onAlterCommand(['AT_AddColumn', 'AT_AlterColumnType'], (cmd, table, s, ctx) => {
    const alter = bodyOf(s.stmt, 'AlterTableStmt');
    // libpg_query omits inh (false) when ONLY is written; ALTER TYPE ... ADD ATTRIBUTE parses alike, with no ONLY.
    if (alter?.objtype !== 'OBJECT_TABLE' || alter.relation?.inh === true || ctx.facts.isNew(table, s)) return undefined;
    const what = cmd.subtype === 'AT_AddColumn' ? `ADD COLUMN ${q(nodeAs(cmd.def, 'ColumnDef')?.colname ?? '?')}` : `ALTER COLUMN ${q(cmd.name ?? '?')} TYPE`;
    return {
      statement: s,
      relation: table,
      message: `ALTER TABLE ONLY ${q(table)} ${what} fails if ${q(table)} has partitions or inheritance children (their columns must change too); if it has none, ONLY changes nothing`,
      help: 'Drop ONLY: the change then reaches the partitions and children too, as PostgreSQL requires.',
    };
  }),
};
