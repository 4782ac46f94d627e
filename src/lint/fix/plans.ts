/** What --fix does to one migration: edits to its files, directives to add, and new migrations to create. */
import { alterCommands, bodyOf, droppedNames, nameList, nodeAs, relationName, stringOf, walk } from '../../sql/index.js';
import type { AlterTableCmd } from '../../sql/index.js';
import type { ParsedStatement } from '../../sql/index.js';
import type { Edit } from './text-edits.js';
import { removeStatement, replaceStatement } from './text-edits.js';
import { casedName, concurrentIndexSql, generatedName, ident, indexNameAfterFix, notValidSql, qualified } from './sql-text.js';

export interface NewMigrationSpec {
  readonly name: string;
  readonly noTransaction: boolean;
  readonly up: readonly string[];
  readonly down: readonly string[];
  /** Its statements take locks that block reads or writes (so it needs timeout directives). */
  readonly blocking: boolean;
}

export interface PlanContext {
  readonly fileText: string;
  readonly base: number;
  readonly statements: readonly ParsedStatement[];
  readonly transactional: boolean;
  readonly pgMajor: number;
  /** The down section's statements and where they start in their file, when there is one. */
  readonly down: { readonly statements: readonly ParsedStatement[]; readonly base: number; readonly fileText: string } | undefined;
}

export interface StatementPlan {
  readonly upEdits: Edit[];
  readonly downEdits: Edit[];
  readonly header: string[];
  readonly created: NewMigrationSpec[];
}

const empty = (): StatementPlan => ({ upEdits: [], downEdits: [], header: [], created: [] });

function singleCommand(stmt: ParsedStatement): { table: string; relname: string; cmd: AlterTableCmd } | undefined {
  const alter = bodyOf(stmt, 'AlterTableStmt');
  const cmds = alterCommands(alter);
  const cmd = cmds[0];
  if (!alter || cmds.length !== 1 || !cmd) return undefined;
  return { table: relationName(alter.relation) ?? '?', relname: alter.relation?.relname ?? '?', cmd };
}

/** Edits the first down statement that matches, so rolling back both migrations still works. */
function editDown(ctx: PlanContext, matches: (s: ParsedStatement) => boolean, rewrite: (sql: string) => string): Edit[] {
  const hit = ctx.down?.statements.find(matches);
  if (!ctx.down || !hit) return [];
  const sql = rewrite(hit.sql);
  return sql === hit.sql ? [] : [replaceStatement(ctx.down.base, hit, sql)];
}

/** Appends a statement to the down section (after its last statement). */
function appendToDown(ctx: PlanContext, sql: string): Edit[] {
  const last = ctx.down?.statements[ctx.down.statements.length - 1];
  if (!ctx.down || !last) return [];
  const at = ctx.down.base + last.end + (ctx.down.fileText[ctx.down.base + last.end] === ';' ? 1 : 0);
  return [{ start: at, end: at, text: `\n${sql};` }];
}

/** require-concurrent-index: CONCURRENTLY IF NOT EXISTS, in place when the migration can run without a transaction, else moved to a new migration. */
export function planConcurrentIndex(ctx: PlanContext, stmt: ParsedStatement, inPlace: boolean): StatementPlan | undefined {
  const index = bodyOf(stmt, 'IndexStmt');
  const sql = index && concurrentIndexSql(stmt.sql, index);
  if (!index || !sql) return undefined;
  const plan = empty();
  if (inPlace) {
    plan.upEdits.push(replaceStatement(ctx.base, stmt, sql));
    if (ctx.transactional) plan.header.push('-- lockstep:no-transaction');
    return plan;
  }
  const name = indexNameAfterFix(index);
  const schema = index.relation?.schemaname;
  const full = schema ? `${schema}.${name}` : name;
  plan.upEdits.push(removeStatement(ctx.fileText, ctx.base, stmt));
  // The new migration's down drops the index first; the old down must then not fail on it.
  const dropsIt = (s: ParsedStatement): boolean => bodyOf(s, 'DropStmt')?.removeType === 'OBJECT_INDEX' && droppedNames(bodyOf(s, 'DropStmt')?.objects).includes(full);
  plan.downEdits.push(...editDown(ctx, dropsIt, (sql) => sql.replace(/^(\s*DROP\s+INDEX(?:\s+CONCURRENTLY)?)(?!\s+IF\s+EXISTS)/i, '$1 IF EXISTS')));
  plan.created.push({ name: `${name}_concurrently`, noTransaction: true, up: [sql], down: [`DROP INDEX CONCURRENTLY IF EXISTS ${qualified(full)}`], blocking: false });
  return plan;
}

/** constraint-missing-not-valid: add NOT VALID (naming the constraint if needed) and VALIDATE in a new migration. */
export function planNotValid(ctx: PlanContext, stmt: ParsedStatement): StatementPlan | undefined {
  const one = singleCommand(stmt);
  const con = one?.cmd.subtype === 'AT_AddConstraint' ? nodeAs(one.cmd.def, 'Constraint') : undefined;
  if (!one || !con || (con.contype !== 'CONSTR_FOREIGN' && con.contype !== 'CONSTR_CHECK')) return undefined;
  // PostgreSQL's own names: <table>_<columns>_fkey, <table>_<first column>_check.
  const cols = con.contype === 'CONSTR_FOREIGN' ? nameList(con.fk_attrs) : firstColumn(con.raw_expr);
  const name = con.conname ?? casedName(one.relname, ...cols, con.contype === 'CONSTR_FOREIGN' ? 'fkey' : 'check');
  const sql = notValidSql(stmt.sql, name, con.conname !== undefined);
  if (!sql) return undefined;
  const plan = empty();
  plan.upEdits.push(replaceStatement(ctx.base, stmt, sql));
  plan.created.push(validateMigration(one.table, name));
  return plan;
}

function firstColumn(expr: unknown): string[] {
  let found: string | undefined;
  walk(expr, (key, body) => {
    if (key !== 'ColumnRef' || found) return;
    const fields = (body as { fields?: unknown[] }).fields ?? [];
    found = stringOf(fields[fields.length - 1] as never);
  });
  return found ? [found] : [];
}

function validateMigration(table: string, name: string): NewMigrationSpec {
  return {
    name: `validate_${name}`,
    noTransaction: false,
    up: [`ALTER TABLE ${qualified(table)} VALIDATE CONSTRAINT ${ident(name)}`],
    down: ['-- VALIDATE CONSTRAINT only checked existing rows: nothing to undo\nSELECT 1'],
    blocking: false,
  };
}

/** validate-constraint-same-transaction: move the VALIDATE into a migration of its own. */
export function planMoveValidate(ctx: PlanContext, stmt: ParsedStatement): StatementPlan | undefined {
  const one = singleCommand(stmt);
  if (!one || one.cmd.subtype !== 'AT_ValidateConstraint' || !one.cmd.name) return undefined;
  const plan = empty();
  plan.upEdits.push(removeStatement(ctx.fileText, ctx.base, stmt));
  plan.created.push(validateMigration(one.table, one.cmd.name));
  return plan;
}

/** setting-column-not-null (PG 12+): CHECK NOT VALID here; VALIDATE, SET NOT NULL and DROP the check in a new migration. */
export function planSetNotNull(ctx: PlanContext, stmt: ParsedStatement): StatementPlan | undefined {
  const one = singleCommand(stmt);
  if (!one || one.cmd.subtype !== 'AT_SetNotNull' || !one.cmd.name || ctx.pgMajor < 12) return undefined;
  const { table } = one;
  const col = one.cmd.name;
  const name = casedName(one.relname, col, 'not_null');
  const t = qualified(table);
  const plan = empty();
  plan.upEdits.push(replaceStatement(ctx.base, stmt, `ALTER TABLE ${t} ADD CONSTRAINT ${ident(name)} CHECK (${ident(col)} IS NOT NULL) NOT VALID`));
  plan.downEdits.push(...appendToDown(ctx, `ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${ident(name)}`));
  plan.created.push({
    name: `set_${generatedName(col)}_not_null`,
    noTransaction: false,
    up: [`ALTER TABLE ${t} VALIDATE CONSTRAINT ${ident(name)}`, `ALTER TABLE ${t} ALTER COLUMN ${ident(col)} SET NOT NULL`, `ALTER TABLE ${t} DROP CONSTRAINT ${ident(name)}`],
    down: [`ALTER TABLE ${t} ALTER COLUMN ${ident(col)} DROP NOT NULL`],
    blocking: true,
  });
  return plan;
}
