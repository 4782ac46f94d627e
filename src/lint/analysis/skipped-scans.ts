/**
 * ALTER TABLE subcommands that the static lock model marks as scanning (it looks at one command at a time) but
 * that PostgreSQL runs without a scan, as the rest of the migration shows: a SET NOT NULL proven by a validated
 * CHECK (analysis/not-null-checks.ts), and an ADD COLUMN whose only check is an inline REFERENCES that is not
 * validated (src/locks/foreign-key-validation.ts).
 */
import type { AlterTableCmd } from '../../sql/index.js';
import { alterCommands, bodyOf, constraintsOf, nodeAs } from '../../sql/index.js';
import { alterTableCommandEffect } from '../../locks/index.js';
import type { MigrationFacts, StatementFacts } from '../types.js';
import { analyzeAddColumn } from '../../locks/index.js';
import { inlineForeignKeyValidates } from '../../locks/index.js';
import { setNotNullCommands } from './not-null-checks.js';

/** Inline constraints other than a foreign key that make ADD COLUMN scan: a CHECK is verified even when every row is NULL. */
const SCANNING = new Set<string>(['CONSTR_CHECK', 'CONSTR_UNIQUE', 'CONSTR_PRIMARY', 'CONSTR_EXCLUSION']);

function addColumnSkipsScan(cmd: AlterTableCmd, all: readonly AlterTableCmd[], pgMajor: number): boolean {
  const col = nodeAs(cmd.def, 'ColumnDef');
  const analysis = analyzeAddColumn(col, pgMajor);
  if (analysis.notNull && !analysis.hasDefault) return false;
  const constraints = constraintsOf(col);
  if (constraints.some((c) => SCANNING.has(c.contype ?? ''))) return false;
  return !inlineForeignKeyValidates(cmd, all, pgMajor);
}

/** True when the statement is an ALTER TABLE none of whose subcommands rewrites or really scans the table. */
export function alterScanSkipped(s: StatementFacts, facts: MigrationFacts): boolean {
  const cmds = alterCommands(bodyOf(s.stmt, 'AlterTableStmt'));
  if (cmds.length === 0) return false;
  const setNotNull = setNotNullCommands(facts);
  for (const cmd of cmds) {
    const effect = alterTableCommandEffect(cmd, facts.pgMajor, cmds);
    if (effect.rewrite) return false;
    if (!effect.scan) continue;
    if (cmd.subtype === 'AT_SetNotNull' && setNotNull.get(cmd)?.proven) continue;
    if (cmd.subtype === 'AT_AddColumn' && addColumnSkipsScan(cmd, cmds, facts.pgMajor)) continue;
    return false;
  }
  return true;
}
