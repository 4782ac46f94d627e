/** Linting one migration (or one SQL text): parse, compute facts, run the rules. */
import { readFileSync } from 'node:fs';
import type { Directives, MigrationFile, SqlSection, SqlStatement } from '../core/types.js';
import { parseSection } from '../sql/index.js';
import type { ParsedStatement } from '../sql/index.js';
import { lintStatements } from './engine.js';
import type { EngineResult } from './engine.js';
import type { LintOptions } from './types.js';

export type LintResult = EngineResult;

/** A migration's up section, parsed once, with what the engine needs besides the options. */
export interface PreparedMigration {
  readonly section: SqlSection;
  readonly statements: readonly ParsedStatement[];
  readonly directives: Pick<Directives, 'noTransaction' | 'lockTimeoutMs' | 'statementTimeoutMs'>;
  /** The whole file, for lockstep-ignore-file; undefined when it cannot be read. */
  readonly fileText: string | undefined;
}

/** Statements of a section; goose-style pre-split statements are parsed one by one, keeping their offsets. */
export function sectionStatements(section: SqlSection): ParsedStatement[] {
  if (!section.explicitStatements) return parseSection(section);
  return section.explicitStatements.flatMap((explicit: SqlStatement) =>
    parseSection({ sql: explicit.sql, path: section.path, startLine: explicit.line }).map((p) => ({
      ...p,
      start: p.start + explicit.start,
      end: p.end + explicit.start,
      column: p.line === explicit.line ? p.column + explicit.column - 1 : p.column,
      endColumn: p.endLine === explicit.line ? p.endColumn + explicit.column - 1 : p.endColumn,
    })),
  );
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Parses a migration's up section; undefined for module migrations (no SQL to read). The down section is parsed
 * too, for its syntax only (the rules judge what goes forward): a rollback that would not even parse is found now,
 * not when it is needed. Throws LOCKSTEP_E_SQL_SYNTAX with the file and line of either.
 */
export function prepareMigration(file: MigrationFile, fileText?: string): PreparedMigration | undefined {
  const section = file.up;
  if (section.kind !== 'sql') return undefined;
  const statements = sectionStatements(section);
  if (file.down?.kind === 'sql') sectionStatements(file.down);
  return { section, statements, directives: file.directives, fileText: fileText ?? readIfPresent(section.path) };
}

export function lintPrepared(p: PreparedMigration, options: LintOptions): LintResult {
  const runnerTimeouts = options.runnerSetsTimeouts === true;
  return lintStatements({
    file: p.section.path,
    sql: p.section.sql,
    startLine: p.section.startLine,
    statements: p.statements,
    transactional: !p.directives.noTransaction,
    lockTimeoutPreset: runnerTimeouts || p.directives.lockTimeoutMs !== undefined,
    statementTimeoutPreset: (options.runnerSetsStatementTimeout ?? runnerTimeouts) || p.directives.statementTimeoutMs !== undefined,
    fileText: p.fileText,
    options,
  });
}

/**
 * Lints a migration's up section. Module (TypeScript/JavaScript) migrations have no SQL to read and give no
 * findings. Synchronous: the caller must have awaited initParser(). Throws LOCKSTEP_E_SQL_SYNTAX on bad SQL.
 */
export function lintMigration(file: MigrationFile, options: LintOptions = {}): LintResult {
  const prepared = prepareMigration(file);
  return prepared ? lintPrepared(prepared, options) : { findings: [], unusedIgnores: [] };
}

/** Lints free-standing SQL as one migration (transactional unless `transactional: false`). */
export function lintSql(sql: string, path: string, options: LintOptions & { transactional?: boolean } = {}): LintResult {
  const section: SqlSection = { kind: 'sql', path, sql, startLine: 1 };
  return lintPrepared(
    { section, statements: parseSection(section), directives: { noTransaction: options.transactional === false }, fileText: sql },
    options,
  );
}
