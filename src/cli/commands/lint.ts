import type { Command } from 'commander';
import { withCommonOptions } from '../common.js';
import type { LintFlags } from '../lint-command.js';

// Kept here (not imported from the formatters) so that building the command line loads no linter code.
const FORMATS = 'human, json, sarif, github, markdown';

export function registerLint(program: Command): void {
  withCommonOptions(program.command('lint').description('lock-aware lint of migrations (static; with --url/--env also table sizes and server version)'))
    .argument('[paths...]', 'files or directories (default: the migrations directory)')
    .option('--format <format>', `output: ${FORMATS} (default human)`)
    .option('--json', 'same as --format json')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above: error, warning, info, none (default error, or lint.failOn)')
    .option('--changed-since <git-ref>', 'only migrations changed since this git ref')
    .option('--execution <mode>', 'judge the SQL as it runs: lockstep (as lockstep up runs it), autocommit (psql -f, golang-migrate), transaction (one per file); default lint.execution, else lockstep')
    .option('--pg-version <n>', 'target PostgreSQL major version (default: the server\'s, else 15)')
    .option('--include-applied', 'with --url/--env: also lint migrations the database has already applied (without its table sizes)')
    .option('--fix', 'compute mechanical safe rewrites and show the diff')
    .option('--write', 'with --fix: write the rewritten and new files')
    .action(async (paths: string[], flags: LintFlags) => {
      const { runLintCommand } = await import('../lint-command.js');
      process.exitCode = await runLintCommand(paths, flags);
    });
}
