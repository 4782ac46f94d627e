import { readFileSync } from 'node:fs';
import { LockstepError } from '../core/errors.js';
import type { BackfillSpec, MigrationFile, MigrationModule, ModuleSection, Section, SqlSection } from '../core/types.js';
import { checkBackfillMigration } from './backfill/prepare-backfill.js';
import type { ParsedStatement } from '../sql/index.js';
import { importMigrationModule } from '../loader/index.js';
import { DEFAULT_POLICY, describeExecution, unclosedBegin, type Execution, type ProcedureScope, type RunPolicy } from '../execution/index.js';

export interface PreparedSql {
  readonly kind: 'sql';
  readonly section: SqlSection;
  /** What is sent, one query each (execution.statements.units). */
  readonly statements: readonly ParsedStatement[];
  /** How it runs, from src/execution: the one answer every command uses. */
  readonly execution: Execution;
  /** execution.mode === 'transaction'. */
  readonly transactional: boolean;
  /** Why it does not run in Lockstep's transaction (execution.why), when it does not. */
  readonly noTransactionWhy: string | undefined;
}

export interface PreparedModule {
  readonly kind: 'module';
  readonly section: ModuleSection;
  readonly module: MigrationModule;
  readonly transactional: boolean;
  readonly noTransactionWhy: string | undefined;
}

/** An up section that is a `-- lockstep:backfill` directive: run by the backfill engine, batch by batch. */
export interface PreparedBackfill {
  readonly kind: 'backfill';
  readonly section: SqlSection;
  /** Always empty (the section holds only comments); present so code walking statements needs no special case. */
  readonly statements: readonly ParsedStatement[];
  readonly spec: BackfillSpec;
  readonly transactional: false;
  readonly noTransactionWhy: string;
}

export type Prepared = PreparedSql | PreparedModule | PreparedBackfill;

export interface PrepareOptions {
  /** The run's policy: the execution model reports the timeouts it sets (default: Lockstep's defaults). */
  readonly policy?: RunPolicy | undefined;
  /**
   * A dry run: module migrations are not imported (that would run their code); a stand-in writes a comment
   * in their place, and whether they run in a transaction comes from their text (directive, `export const
   * transaction = false`).
   */
  readonly dryRun?: boolean | undefined;
  /**
   * The procedures that COMMIT, known before each migration of the project (execution `procedureScope`): a CALL of one
   * runs outside a transaction. Without it, only those the migration itself creates are known.
   */
  readonly procedures?: ProcedureScope | undefined;
}

/**
 * `transaction: false` as a property (of an `export default { ... }` or `module.exports = { ... }` object), read
 * from the text because a dry run does not import the module. Only the dry run's script uses this guess; a real
 * run takes the module's own export.
 */
function objectSaysNoTransaction(section: ModuleSection): boolean {
  try {
    return /\btransaction\s*:\s*false\b/.test(readFileSync(section.absolutePath ?? section.path, 'utf8'));
  } catch {
    return false;
  }
}

/** What a dry run's script shows where a module migration would run. */
function dryRunModule(section: ModuleSection): MigrationModule {
  const note = async (ctx: { exec(sql: string): Promise<void> }): Promise<void> => ctx.exec(`-- ${section.path}: module migration, code not run in a dry run`);
  return { up: note, down: note, ...(objectSaysNoTransaction(section) ? { transaction: false } : {}) };
}

/** Parses (or imports) one direction of a migration and decides how it runs. Nothing touches the database. */
export async function prepareSection(file: MigrationFile, section: Section, opts: PrepareOptions = {}): Promise<Prepared> {
  const backfill = file.directives.backfill;
  if (backfill && section === file.up) {
    const sql = await checkBackfillMigration(file, section, backfill);
    return { kind: 'backfill', section: sql, statements: [], spec: backfill, transactional: false, noTransactionWhy: 'backfill: one transaction per batch' };
  }
  if (section.kind === 'unsupported') {
    throw new LockstepError('LOCKSTEP_E_UNSUPPORTED_MIGRATION', `migration ${file.id} (${section.path}) cannot be run by Lockstep: ${section.reason}`, {
      hint: `Run it with the tool it was written for, then record it with \`lockstep adopt\` (or \`lockstep baseline ${file.id}\`), and run \`lockstep up\` again.`,
      location: { file: section.path },
    });
  }
  if (section.kind === 'module') {
    const module = opts.dryRun ? dryRunModule(section) : await importMigrationModule(section);
    const off = file.directives.noTransaction || module.transaction === false;
    return { kind: 'module', section, module, transactional: !off, noTransactionWhy: off ? file.directives.noTransactionFrom ?? 'the module exports transaction = false' : undefined };
  }
  // An up section runs after the migrations before it; a down section after its own up.
  const procedures = section === file.up ? opts.procedures?.before(file) : opts.procedures?.after(file);
  const execution = describeExecution(file, section, opts.policy ?? DEFAULT_POLICY, 'lockstep', procedures);
  const transactional = execution.mode === 'transaction';
  if (execution.mode === 'as-written') checkBlocksClose(execution, section);
  return { kind: 'sql', section, statements: execution.statements.units, execution, transactional, noTransactionWhy: transactional ? undefined : execution.why };
}

/**
 * A file that opens a transaction and never closes it would leave its work uncommitted (psql and golang-migrate roll it
 * back when the session ends): refused before anything runs. An `enclosed` file's last block is its tool's to commit.
 */
function checkBlocksClose(execution: Execution, section: SqlSection): void {
  const open = unclosedBegin(execution, execution.statements.parsed);
  if (!open) return;
  throw new LockstepError('LOCKSTEP_E_TRANSACTION_CONTROL', `${section.path} opens a transaction (line ${open.line}) that it never commits`, {
    hint: 'End the block with COMMIT (or remove the BEGIN and let Lockstep run the migration in a transaction of its own).',
    location: { file: section.path, line: open.line, column: open.column },
  });
}
