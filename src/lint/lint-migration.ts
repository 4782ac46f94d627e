/** Linting one migration (or one SQL text): parse, compute facts, run the rules. */
import { readFileSync } from 'node:fs';
import type { Directives, MigrationFile, SqlSection } from '../core/types.js';
import { DEFAULT_POLICY, describeExecution, sectionStatements, type Execution, type RunPolicy } from '../execution/index.js';
import type { ParsedStatement } from '../sql/index.js';
import { lintStatements } from './engine.js';
import type { EngineResult } from './engine.js';
import type { LintOptions } from './types.js';

export type LintResult = EngineResult;

/** A migration's up section, parsed once, with how it runs and what the engine needs besides the options. */
export interface PreparedMigration {
  readonly section: SqlSection;
  /** Every statement of the section, parsed (execution.statements.parsed). */
  readonly statements: readonly ParsedStatement[];
  readonly directives: Pick<Directives, 'noTransaction' | 'lockTimeoutMs' | 'statementTimeoutMs'>;
  /** How the migration runs: the same answer `lockstep up` uses (src/execution). */
  readonly execution: Execution;
  /** The whole file, for lockstep-ignore-file; undefined when it cannot be read. */
  readonly fileText: string | undefined;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The run's timeouts as the linter knows them: Lockstep's runner sets lock_timeout / statement_timeout on every
 * statement unless the configuration turned them off (runnerSetsTimeouts); another tool sets none.
 */
function policyOf(options: LintOptions): RunPolicy {
  const lock = options.runnerSetsTimeouts === true;
  const statement = options.runnerSetsStatementTimeout ?? lock;
  return { ...DEFAULT_POLICY, lockTimeoutMs: lock ? DEFAULT_POLICY.lockTimeoutMs : 0, statementTimeoutMs: statement ? 1 : 0 };
}

/**
 * Parses a migration's up section and decides how it runs; undefined for module migrations (no SQL to read). The
 * down section is parsed too, for its syntax only (the rules judge what goes forward): a rollback that would not even
 * parse is found now, not when it is needed. Throws LOCKSTEP_E_SQL_SYNTAX with the file and line of either.
 */
export function prepareMigration(file: MigrationFile, fileText?: string, options: LintOptions = {}): PreparedMigration | undefined {
  const section = file.up;
  if (section.kind !== 'sql') return undefined;
  const semantics = options.execution ?? 'lockstep';
  const policy = semantics === 'lockstep' ? policyOf(options) : { ...DEFAULT_POLICY, lockTimeoutMs: 0, statementTimeoutMs: 0 };
  const execution = describeExecution(file, section, policy, semantics, options.procedures?.before(file));
  if (file.down?.kind === 'sql') sectionStatements(file.down);
  return { section, statements: execution.statements.parsed, directives: file.directives, execution, fileText: fileText ?? readIfPresent(section.path) };
}

export function lintPrepared(p: PreparedMigration, options: LintOptions): LintResult {
  return lintStatements({
    file: p.section.path,
    sql: p.section.sql,
    startLine: p.section.startLine,
    statements: p.statements,
    execution: p.execution,
    lockTimeoutPreset: p.execution.lockTimeout.ms > 0,
    statementTimeoutPreset: p.execution.statementTimeout.ms > 0,
    fileText: p.fileText,
    options,
  });
}

/**
 * Lints a migration's up section. Module (TypeScript/JavaScript) migrations have no SQL to read and give no
 * findings. Synchronous: the caller must have awaited initParser(). Throws LOCKSTEP_E_SQL_SYNTAX on bad SQL.
 */
export function lintMigration(file: MigrationFile, options: LintOptions = {}): LintResult {
  const prepared = prepareMigration(file, undefined, options);
  return prepared ? lintPrepared(prepared, options) : { findings: [], unusedIgnores: [] };
}

/**
 * Lints free-standing SQL as one migration: as Lockstep would run it (`transactional: false` as a no-transaction
 * migration), or as options.execution says.
 */
export function lintSql(sql: string, path: string, options: LintOptions & { transactional?: boolean } = {}): LintResult {
  const prepared = prepareSql(sql, path, options);
  return prepared ? lintPrepared(prepared, options) : { findings: [], unusedIgnores: [] };
}

/** Free-standing SQL prepared as lintSql lints it: for a caller that reads a database's facts for its statements first. */
export function prepareSql(sql: string, path: string, options: LintOptions & { transactional?: boolean } = {}): PreparedMigration | undefined {
  const section: SqlSection = { kind: 'sql', path, sql, startLine: 1 };
  const directives = { noTransaction: options.transactional === false, irreversible: false, lockFlag: false };
  const file: MigrationFile = { id: path, tool: 'lockstep', version: '', name: path, layout: 'single-file', paths: [path], up: section, directives, checksum: '' };
  return prepareMigration(file, sql, options);
}
