import { nodeAs } from '../../sql/index.js';
import { analyzeAddColumn } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** A STORED generated column is computed and written for every existing row: a rewrite under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/ddl-generated-columns.html). */
export const addingStoredGeneratedColumn: Rule = {
  id: 'adding-stored-generated-column',
  defaultSeverity: 'error',
  description: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED rewrites the table',
  docs: 'docs/rules/adding-stored-generated-column.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddColumn'], (cmd, table, s, ctx) => {
    const col = nodeAs(cmd.def, 'ColumnDef');
    if (!analyzeAddColumn(col, ctx.facts.pgMajor).storedGenerated) return undefined;
    return {
      statement: s,
      relation: table,
      during: 'the whole table rewrite',
      message: `Adding the stored generated column ${q(col?.colname ?? '?')} rewrites ${q(table)} under ACCESS EXCLUSIVE`,
      help:
        ctx.facts.pgMajor >= 18
          ? 'Use a virtual generated column (PostgreSQL 18: GENERATED ALWAYS AS (...) VIRTUAL), or a plain column filled by a trigger and a batched backfill.'
          : 'Add a plain column, keep it in sync with a trigger, and backfill existing rows in batches.',
    };
  }),
};
