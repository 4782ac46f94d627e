/**
 * ALTER TABLE subcommands that the static lock model marks as scanning (it looks at one command at a time) but
 * that PostgreSQL runs without a scan, as the rest of the migration shows: a SET NOT NULL proven by a validated
 * CHECK (analysis/not-null-checks.ts), an ADD COLUMN whose only check is an inline REFERENCES that is not
 * validated (src/locks/foreign-key-validation.ts), and a FOREIGN KEY added to a table this migration created and
 * has not filled: its validation joins no row, so it reads neither that table's rows nor the referenced table's.
 * Also, with the old type unknown, an ALTER COLUMN TYPE whose usual form scans nothing (varchar to text: see `usual`
 * in src/locks/type-change.ts; decided in old-column-type.ts), the judgement changing-column-type reports as info; a
 * known old type that rewrites shows in the statement's own lock, which callers check first.
 */
import type { AlterTableCmd } from '../../sql/index.js';
import { alterCommands, bodyOf, constraintsOf, nodeAs, relationName } from '../../sql/index.js';
import { sameName } from '../../locks/index.js';
import { alterTableCommandEffect } from '../../locks/index.js';
import type { MigrationFacts, StatementFacts } from '../types.js';
import { analyzeAddColumn } from '../../locks/index.js';
import { inlineForeignKeyValidates } from '../../locks/index.js';
import { setNotNullCommands } from './not-null-checks.js';
import { timeZoneAt } from '../facts.js';
import { typeChangeAt, usualTypeChange } from './old-column-type.js';

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

/** Statements that put rows into a table. */
const FILLING = ['InsertStmt', 'CopyStmt', 'MergeStmt'] as const;

/**
 * The table was created empty by CREATE TABLE earlier in this migration and nothing wrote rows into it since: the
 * validation of a FOREIGN KEY on it (a join from its rows to the referenced table) reads no row of either table.
 */
function createdEmpty(table: string, at: StatementFacts, facts: MigrationFacts): boolean {
  const before = (kind: string): readonly StatementFacts[] => facts.ofKind(kind).filter((x) => x.index < at.index);
  const created = before('CreateStmt').some((x) => sameName(relationName(bodyOf(x.stmt, 'CreateStmt')?.relation) ?? '', table));
  if (!created) return false;
  return !FILLING.some((kind) =>
    before(kind).some((x) => {
      const target = bodyOf(x.stmt, 'InsertStmt')?.relation ?? bodyOf(x.stmt, 'CopyStmt')?.relation ?? bodyOf(x.stmt, 'MergeStmt')?.relation;
      return sameName(relationName(target) ?? '', table);
    }),
  );
}

function foreignKeyOnEmptyTable(cmd: AlterTableCmd, table: string, s: StatementFacts, facts: MigrationFacts): boolean {
  if (cmd.subtype !== 'AT_AddConstraint' || nodeAs(cmd.def, 'Constraint')?.contype !== 'CONSTR_FOREIGN') return false;
  return createdEmpty(table, s, facts);
}

/** True when the statement is an ALTER TABLE none of whose subcommands rewrites or really scans the table. */
export function alterScanSkipped(s: StatementFacts, facts: MigrationFacts): boolean {
  const alter = bodyOf(s.stmt, 'AlterTableStmt');
  const cmds = alterCommands(alter);
  if (cmds.length === 0) return false;
  const table = relationName(alter?.relation) ?? '?';
  const setNotNull = setNotNullCommands(facts);
  for (const cmd of cmds) {
    const effect = alterTableCommandEffect(cmd, facts.pgMajor, cmds, undefined, timeZoneAt(s));
    if (effect.rewrite) return false;
    if (!effect.scan) continue;
    if (cmd.subtype === 'AT_SetNotNull' && setNotNull.get(cmd)?.proven) continue;
    if (cmd.subtype === 'AT_AddColumn' && addColumnSkipsScan(cmd, cmds, facts.pgMajor)) continue;
    if (foreignKeyOnEmptyTable(cmd, table, s, facts)) continue;
    // The old type as this migration's earlier statements left it (a table or column renamed first, as harbor does)
    // proves a catalog-only change; else the usual form with the old type unknown.
    if (cmd.subtype === 'AT_AlterColumnType') {
      const change = typeChangeAt(cmd, table, s, facts);
      if (change.verdict === 'no-rewrite' || usualTypeChange(cmd, table, s, facts, change) !== undefined) continue;
    }
    return false;
  }
  return true;
}
