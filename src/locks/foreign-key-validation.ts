/**
 * Does `ALTER TABLE ... ADD COLUMN col type REFERENCES other (id)` check the existing rows? PostgreSQL skips the
 * validation of a foreign key declared inline on a column added without a DEFAULT clause: every existing row
 * holds NULL in the new column, which satisfies any foreign key, so the constraint is marked valid without a scan.
 * Any DEFAULT clause — even DEFAULT NULL — makes it validate, as does a separate ADD CONSTRAINT ... FOREIGN KEY on
 * the new column (parse_utilcmd.c, transformAlterTableStmt: `skipValidation`).
 *
 * Measured on PostgreSQL 15 with 1M rows (bench/lint/eval/skipped-scans.mjs replays it): `ADD COLUMN x bigint
 * REFERENCES p (id)` ran no scan (1 ms); with `DEFAULT NULL` it scanned (61 ms), with `DEFAULT 5` (123 ms), and
 * `ADD COLUMN x bigint, ADD CONSTRAINT fk FOREIGN KEY (x) ...` scanned (58 ms). On 15 another column's DEFAULT in
 * the same statement does not matter (measured: no scan), as each ADD COLUMN is transformed on its own since
 * PostgreSQL 13. Before 13 the whole statement was transformed at once, so any DEFAULT or ADD CONSTRAINT ...
 * FOREIGN KEY in it turned validation on (read in the PostgreSQL 10 source, not measured): for those versions
 * every subcommand is asked.
 */
import type { AlterTableCmd, ColumnDef } from '../sql/index.js';
import { constraintsOf, nodeAs, typeInfo } from '../sql/index.js';
import { SERIAL_TYPES } from './column-default.js';

/** A DEFAULT clause (DEFAULT NULL included), or one PostgreSQL writes itself (serial), or a generated value. */
function hasDefaultClause(col: ColumnDef | undefined): boolean {
  const type = typeInfo(col?.typeName);
  if (type && type.schema === undefined && SERIAL_TYPES.has(type.name)) return true;
  return constraintsOf(col).some((c) => c.contype === 'CONSTR_DEFAULT' || c.contype === 'CONSTR_GENERATED' || c.contype === 'CONSTR_IDENTITY');
}

function addsForeignKeyConstraint(cmd: AlterTableCmd): boolean {
  return cmd.subtype === 'AT_AddConstraint' && nodeAs(cmd.def, 'Constraint')?.contype === 'CONSTR_FOREIGN';
}

/**
 * True when the inline REFERENCES of this ADD COLUMN checks the existing rows (a scan under the statement's
 * lock); false when PostgreSQL skips it. `all` are the subcommands of the same ALTER TABLE.
 */
export function inlineForeignKeyValidates(cmd: AlterTableCmd, all: readonly AlterTableCmd[], pgMajor: number): boolean {
  const col = nodeAs(cmd.def, 'ColumnDef');
  if (hasDefaultClause(col)) return true;
  if (pgMajor >= 13) return false;
  return all.some((other) => addsForeignKeyConstraint(other) || (other.subtype === 'AT_AddColumn' && hasDefaultClause(nodeAs(other.def, 'ColumnDef'))));
}
