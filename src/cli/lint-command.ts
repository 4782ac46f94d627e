/**
 * The body of `lockstep lint`, after the command line is parsed; loaded only when the command runs. It reports its
 * own failures and returns the exit code (the linter's contract: 2 for usage and parse errors, 1 for findings).
 */
import { LockstepError, LockstepErrors } from '../core/errors.js';
import type { LintFormat } from '../report/index.js';
import { overridesFrom, type CommonFlags } from './common.js';
import { reportFailure } from './report-failure.js';
import { useColor } from './color.js';

export type LintFlags = CommonFlags & { format?: string; json?: boolean; failOn?: string; changedSince?: string; pgVersion?: string; execution?: string; fix?: boolean; write?: boolean; includeApplied?: boolean };

const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
const EXECUTION = ['lockstep', 'autocommit', 'transaction'] as const;
export const LINT_FORMATS: readonly LintFormat[] = ['human', 'json', 'sarif', 'github', 'markdown'];

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new LockstepError('LOCKSTEP_E_USAGE', `${flag} must be one of ${allowed.join(', ')}; got "${value}"`, { hint: `For example: ${flag} ${allowed[0]}` });
  return value as T;
}

/** "15" → 15, "150004" → 150004, and the dotted forms people write: "9.6" → 90600, "15.4" → 150004. */
function versionNumber(text: string): number {
  const dotted = /^(\d+)\.(\d+)$/.exec(text.trim());
  if (!dotted) return /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  const [major, minor] = [Number(dotted[1]), Number(dotted[2])];
  return major >= 10 ? major * 10000 + minor : major * 10000 + minor * 100;
}

async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  // The linter loads while the configuration is read (the parser's WASM loads while the migrations do: runLint).
  const linter = Promise.all([import('../api/lint.js'), import('../report/lint/index.js')]);
  linter.catch(() => undefined); // awaited below; a config error must not leave it unhandled
  const { resolveConfig } = await import('../config/index.js');
  const config = await resolveConfig(overridesFrom(flags));
  const format = flags.json ? 'json' : (choice<LintFormat>(flags.format, LINT_FORMATS, '--format') ?? 'human');
  const failOn = choice(flags.failOn, FAIL_ON, '--fail-on') ?? (await linter)[0].lintFailOn(config);
  const pgVersion = flags.pgVersion === undefined ? undefined : versionNumber(flags.pgVersion);
  const knownVersion = (v: number): boolean => Number.isInteger(v) && ((v >= 9 && v <= 30) || (v >= 90000 && v < 310000));
  if (pgVersion !== undefined && !knownVersion(pgVersion)) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `--pg-version expects a PostgreSQL major version (9 to 30), a version such as 9.6 or 15.4, or a server_version_num (e.g. 150004), got "${flags.pgVersion}"`, { hint: 'For example: --pg-version 15' });
  }
  const [{ lint }, { formatLintPieces, lintExitCode }] = await linter;
  const execution = choice(flags.execution, EXECUTION, '--execution');
  const run = await lint(config, { paths, changedSince: flags.changedSince, pgVersion, execution, fix: flags.fix, write: flags.write, includeApplied: flags.includeApplied });
  // Written piece by piece: the JSON of a large run is never one string in memory (stdout writes to a file or a pipe
  // are synchronous on Linux and macOS: https://nodejs.org/api/process.html#a-note-on-process-io).
  for (const piece of formatLintPieces(format, run, { color: format === 'human' && useColor(process.stdout) })) process.stdout.write(piece);
  process.stdout.write('\n');
  if (run.fixes) {
    // human and markdown show the diff and the notes themselves; next to a machine format (which must stay
    // parseable on stdout) they go to stderr.
    const machine = format === 'json' || format === 'sarif' || format === 'github';
    const unwritten = !run.fixes.written && run.fixes.files.length > 0;
    const text = (machine ? (await import('../report/lint/human.js')).formatFixes(run) : '') + (unwritten ? 'Run again with --write to apply these fixes.\n' : '');
    if (text) (machine ? process.stderr : process.stdout).write(text);
  }
  return lintExitCode(run, failOn);
}

/** Runs the command and returns its exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or parse errors. */
export async function runLintCommand(paths: string[], flags: LintFlags, argv: readonly string[] = process.argv): Promise<number> {
  try {
    return await lintCommand(paths, flags);
  } catch (err) {
    // The linter's contract: usage and parse errors exit 2, findings exit 1.
    const failure = err instanceof LockstepError && err.exitCode !== 2
      ? new LockstepError(err.code, err.message, { hint: err.hint, location: err.location, details: err.details, cause: err, exit: 2 })
      : err;
    // In a GitHub workflow the problems also become annotations on the files, as findings do.
    if (flags.format === 'github' && err instanceof LockstepError) {
      const { githubFailure } = await import('../report/lint/github.js');
      process.stdout.write(githubFailure(err instanceof LockstepErrors ? err.errors : [err]));
    }
    return reportFailure(failure, argv);
  }
}
