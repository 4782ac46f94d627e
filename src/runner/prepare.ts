import { readFileSync } from 'node:fs';
import { LockstepError } from '../core/errors.js';
import type { BackfillSpec, MigrationFile, MigrationModule, ModuleSection, Section, SqlSection } from '../core/types.js';
import { checkBackfillMigration } from '../backfill/prepare-backfill.js';
import { isTransactionControl, noTransactionReason, parseSection, type ParsedStatement } from '../sql/index.js';
import { importMigrationModule } from '../loader/index.js';
import { isBlankSql } from '../loader/sql-section.js';

export interface PreparedSql {
  readonly kind: 'sql';
  readonly section: SqlSection;
  readonly statements: readonly ParsedStatement[];
  readonly transactional: boolean;
  /** Why it runs outside a transaction block (directive or a statement that requires it). */
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

/** Statements of a section: split by the Postgres parser, or as the file delimited them (goose). */
export function sectionStatements(section: SqlSection): ParsedStatement[] {
  if (!section.explicitStatements) return parseSection(section);
  return section.explicitStatements.map((explicit) => {
    const parsed = parseSection({ sql: explicit.sql, path: section.path, startLine: explicit.line });
    const first = parsed[0];
    if (!first) {
      throw new LockstepError('LOCKSTEP_E_EMPTY_UP', `empty statement block at ${section.path}:${explicit.line}`, {
        hint: 'Remove the empty StatementBegin/StatementEnd block.',
        location: { file: section.path, line: explicit.line },
      });
    }
    return { ...explicit, node: first.node, kind: first.kind };
  });
}

export interface PrepareOptions {
  /**
   * A dry run: module migrations are not imported (that would run their code); a stand-in writes a comment
   * in their place, and whether they run in a transaction comes from their text (directive, `export const
   * transaction = false`).
   */
  readonly dryRun?: boolean | undefined;
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
    return { kind: 'module', section, module, transactional: !off, noTransactionWhy: off ? 'module exports transaction = false' : undefined };
  }
  // Blank only in a backfill migration (its down may be comments alone); the parser rejects empty input.
  const statements = isBlankSql(section.sql) ? [] : sectionStatements(section);
  const required = statements.map(noTransactionReason).find((r) => r !== undefined);
  const noTransactionWhy = file.directives.noTransaction ? 'lockstep:no-transaction directive' : required;
  const transactional = noTransactionWhy === undefined;
  if (transactional) {
    const control = statements.find(isTransactionControl);
    if (control) {
      throw new LockstepError('LOCKSTEP_E_TRANSACTION_CONTROL', `"${control.sql.slice(0, 40)}" inside a migration that Lockstep runs in a transaction`, {
        hint: 'Remove BEGIN/COMMIT: Lockstep wraps each migration in its own transaction. If the file must manage transactions itself, add -- lockstep:no-transaction.',
        location: { file: section.path, line: control.line, column: control.column },
      });
    }
  }
  return { kind: 'sql', section, statements, transactional, noTransactionWhy };
}
