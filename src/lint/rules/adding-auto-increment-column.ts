import { nodeAs } from '../../sql/index.js';
import { analyzeAddColumn } from '../../locks/index.js';
import { onAlterCommand, q } from '../rule-kit.js';
import type { Rule } from '../types.js';

/** A serial or identity column takes a sequence value for every existing row: a rewrite under ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES). */
export const addingAutoIncrementColumn: Rule = {
  id: 'adding-auto-increment-column',
  defaultSeverity: 'error',
  description: 'ADD COLUMN of a serial or identity column rewrites the table',
  docs: 'docs/rules/adding-auto-increment-column.md',
  lockHazard: true,
  check: onAlterCommand(['AT_AddColumn'], (cmd, table, s, ctx) => {
    const col = nodeAs(cmd.def, 'ColumnDef');
    const a = analyzeAddColumn(col, ctx.facts.pgMajor);
    if (!a.serial && !a.identity) return undefined;
    return {
      statement: s,
      relation: table,
      during: 'the whole table rewrite',
      message: `Adding the ${a.serial ? a.type?.name ?? 'serial' : 'identity'} column ${q(col?.colname ?? '?')} fills every existing row of ${q(table)} from a sequence: the table is rewritten under ACCESS EXCLUSIVE`,
      help: 'Add a plain bigint column, create a sequence and SET DEFAULT nextval(...) for new rows, backfill old rows in batches, then (optionally) ADD GENERATED ... AS IDENTITY once every row has a value.',
    };
  }),
};
