/** The linter's public surface. */
export type { Finding, LintRun, FixResult, FileFix, LintOptions, Rule, RuleContext, Report, Severity, RuleSetting, TableSize, StatementFacts, MigrationFacts } from './types.js';
export { DEFAULT_PG_VERSION, DEFAULT_SIZE_THRESHOLD } from './types.js';
export { lintFailOn, reachesFailOn, type FailOn } from './fail-on.js';
export { lintMigration, lintSql } from './lint-migration.js';
export type { LintResult } from './lint-migration.js';
export { RULES, ruleById } from './rules/index.js';
export { META_RULES, docUrl } from './engine.js';
export { runLint } from './run-lint.js';
export type { LintRequest } from './run-lint.js';
export { readTableSizes, readServerVersion, readServerTimeZone, readIndexes, readColumnTypes } from './table-sizes.js';
export { followRenames } from './renames.js';
export { readDatabaseFacts, withRunIndexes } from './target-facts.js';
export { prepareMigration, prepareSql, lintPrepared } from './lint-migration.js';
export type { PreparedMigration } from './lint-migration.js';
export { objectsLeftBy } from './analysis/objects-left.js';
