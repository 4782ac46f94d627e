/** Linting one migration (or one SQL text): parse, compute facts, run the rules. */
import { readFileSync } from 'node:fs';
import type { MigrationFile, SqlSection, SqlStatement } from '../core/types.js';
import { parseSection } from '../sql/index.js';
import type { ParsedStatement } from '../sql/index.js';
import { lintStatements } from './engine.js';
import type { EngineResult } from './engine.js';
import type { LintOptions } from './types.js';

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

export type LintResult = EngineResult;

/**
 * Lints a migration's up section. Module (TypeScript/JavaScript) migrations have no SQL to read and give no
 * findings. Synchronous: the caller must have awaited initParser(). Throws LOCKSTEP_E_SQL_SYNTAX on bad SQL.
 */
export function lintMigration(file: MigrationFile, options: LintOptions = {}): LintResult {
  const section = file.up;
  if (section.kind !== 'sql') return { findings: [], unusedIgnores: [] };
  const runnerTimeouts = options.runnerSetsTimeouts === true;
  return lintStatements({
    file: section.path,
    sql: section.sql,
    startLine: section.startLine,
    statements: sectionStatements(section),
    transactional: !file.directives.noTransaction,
    lockTimeoutPreset: runnerTimeouts || file.directives.lockTimeoutMs !== undefined,
    statementTimeoutPreset: runnerTimeouts || file.directives.statementTimeoutMs !== undefined,
    fileText: readIfPresent(section.path),
    options,
  });
}

/** Lints free-standing SQL as one migration (transactional unless `transactional: false`). */
export function lintSql(sql: string, path: string, options: LintOptions & { transactional?: boolean } = {}): LintResult {
  const runnerTimeouts = options.runnerSetsTimeouts === true;
  return lintStatements({
    file: path,
    sql,
    startLine: 1,
    statements: parseSection({ sql, path, startLine: 1 }),
    transactional: options.transactional ?? true,
    lockTimeoutPreset: runnerTimeouts,
    statementTimeoutPreset: runnerTimeouts,
    fileText: sql,
    options,
  });
}
