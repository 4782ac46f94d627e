import type { Command } from 'commander';
import { LockstepError } from '../../core/errors.js';
import type { LintFormat } from '../../report/lint/index.js';
import { overridesFrom, print, withCommonOptions, type CommonFlags } from '../common.js';
import { tuneForShortRun } from '../short-run.js';

type LintFlags = CommonFlags & { format?: string; failOn?: string; changedSince?: string; pgVersion?: string; fix?: boolean; write?: boolean };

const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
// Kept here (not imported from the formatters) so that building the command line loads no linter code.
const LINT_FORMATS: readonly LintFormat[] = ['human', 'json', 'sarif', 'github', 'markdown'];

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new LockstepError('LOCKSTEP_E_USAGE', `${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { hint: `For example: ${flag} ${allowed[0]}` });
  return value as T;
}

export function registerLint(program: Command): void {
  withCommonOptions(program.command('lint').description('lock-aware lint of migrations (static; with --url/--env also table sizes and server version)'))
    .argument('[paths...]', 'files or directories (default: the migrations directory)')
    .option('--format <format>', `output: ${LINT_FORMATS.join(', ')} (default human)`)
    .option('--json', 'same as --format json')
    .option('--fail-on <severity>', 'exit 1 when a finding is at or above: error, warning, info, none (default error, or lint.failOn)')
    .option('--changed-since <git-ref>', 'only migrations changed since this git ref')
    .option('--pg-version <n>', 'target PostgreSQL major version (default: the server\'s, else 15)')
    .option('--fix', 'compute mechanical safe rewrites and show the diff')
    .option('--write', 'with --fix: write the rewritten and new files')
    .action(async (paths: string[], flags: LintFlags) => {
      // Before the linter's modules load, so that their functions get the larger tier-up budget.
      tuneForShortRun();
      try {
        // The linter loads while the configuration is read and the workers start.
        const linter = Promise.all([import('../../api/lint.js'), import('../../report/lint/index.js')]);
        linter.catch(() => undefined); // awaited below; a config error must not leave it unhandled
        const { resolveConfig } = await import('../../config/index.js');
        const config = await resolveConfig(overridesFrom(flags));
        const format = flags.json ? 'json' : (choice<LintFormat>(flags.format, LINT_FORMATS, '--format') ?? 'human');
        const failOn = choice(flags.failOn, FAIL_ON, '--fail-on') ?? config.file.lint?.failOn ?? 'error';
        const pgVersion = flags.pgVersion === undefined ? undefined : Number(flags.pgVersion);
        if (pgVersion !== undefined && !Number.isInteger(pgVersion)) throw new LockstepError('LOCKSTEP_E_USAGE', `--pg-version expects a number, got "${flags.pgVersion}"`, { hint: 'For example: --pg-version 15' });
        // Worker threads only help a large static run: with a database, fixes or --changed-since it lints on one thread.
        const parallel = config.url === undefined && !flags.fix && flags.changedSince === undefined;
        const pool = parallel ? (await import('../../lint/pool.js')).startLintPool(paths.length > 0 ? paths : [config.dir], config.cwd) : undefined;
        const [{ lint }, { formatLint, lintExitCode }] = await linter.catch((err: unknown) => {
          pool?.close();
          throw err;
        });
        const run = await lint(config, { paths, changedSince: flags.changedSince, pgVersion, fix: flags.fix, write: flags.write, pool });
        print(formatLint(format, run, { color: format === 'human' && process.stdout.isTTY === true }));
        if (run.fixes) print(run.fixes.diff + (run.fixes.notes.length ? `\n${run.fixes.notes.map((n) => `note: ${n}`).join('\n')}` : '') + (run.fixes.written ? '\nFixes written.' : flags.fix ? '\nRun again with --write to apply these fixes.' : ''));
        process.exitCode = lintExitCode(run, failOn);
      } catch (err) {
        // The linter's contract: usage and parse errors exit 2, findings exit 1.
        if (err instanceof LockstepError && err.exitCode !== 2) throw new LockstepError(err.code, err.message, { hint: err.hint, location: err.location, details: err.details, cause: err, exit: 2 });
        throw err;
      }
    });
}
