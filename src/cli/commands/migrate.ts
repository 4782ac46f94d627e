import type { Command } from 'commander';
import type { RunResult } from '../../api/index.js';
import { parseDuration } from '../../core/duration.js';
import { parseWholeNumber } from '../../core/whole-number.js';
import { errorJson } from '../../report/index.js';
import { formatRun } from '../../report/index.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';
import { describeInterruptedRun, exitCodeFor, withInterrupts } from '../interrupt.js';

type UpFlags = CommonFlags & {
  to?: string; step?: string; dryRun?: boolean; singleTransaction?: boolean; allowOutOfOrder?: boolean;
  lint?: boolean; force?: boolean; waitForBlockers?: string; cancelBlockers?: boolean; yes?: boolean;
};

function positiveInt(value: string | undefined, flag: string): number | undefined {
  return value === undefined ? undefined : parseWholeNumber(value, flag, { min: 1 });
}

function report(result: RunResult, direction: 'up' | 'down', json: boolean | undefined): number {
  if (json) printJson({ ...result, failed: result.failed ? { ...result.failed, error: errorJson(result.failed.error) } : undefined });
  else print(formatRun(result, direction));
  return result.failed ? result.failed.error.exitCode : 0;
}

/**
 * Runs up/down so that SIGINT/SIGTERM cancel the statement in flight (see ../interrupt.ts) and sets the exit
 * code. A dry run executes nothing, so Node's default (exit at once) is right for it.
 */
async function runMigrating(direction: 'up' | 'down', flags: CommonFlags & { dryRun?: boolean }, fn: (signal: AbortSignal | undefined) => Promise<RunResult>): Promise<void> {
  const { value: result, interrupted } = flags.dryRun ? { value: await fn(undefined), interrupted: undefined } : await withInterrupts(fn);
  const code = report(result, direction, flags.json);
  if (interrupted) process.stderr.write(`${describeInterruptedRun(interrupted, result, direction)}\n`);
  process.exitCode = interrupted ? exitCodeFor(interrupted) : code;
}

export function registerUp(program: Command): void {
  withJson(withCommonOptions(program.command('up').description('apply pending migrations')))
    .option('--to <version>', 'apply up to and including this version')
    .option('--step <n>', 'apply at most n migrations')
    .option('--dry-run', 'print the SQL that would run (history writes included) and execute nothing')
    .option('--single-transaction', 'apply the whole batch in one transaction: all or nothing')
    .option('--allow-out-of-order', 'apply pending migrations older than the newest applied one')
    .option('--no-lint', 'skip the lint gate (the bypass is recorded in the event log)')
    .option('--force', 'run outside the maintenance window of a protected environment')
    .option('--wait-for-blockers <duration>', 'wait up to this long for sessions holding conflicting locks to finish before starting')
    .option('--cancel-blockers', 'cancel sessions holding conflicting locks (needs --yes on a protected environment)')
    .option('--yes', 'confirm --cancel-blockers on a protected environment')
    .action(async (flags: UpFlags) => {
      await runMigrating('up', flags, (signal) => withMigrator(flags, (m) => m.up({
        signal,
        to: flags.to,
        step: positiveInt(flags.step, '--step'),
        dryRun: flags.dryRun,
        singleTransaction: flags.singleTransaction,
        allowOutOfOrder: flags.allowOutOfOrder,
        noLint: flags.lint === false,
        preflight: {
          force: flags.force,
          waitForBlockersMs: flags.waitForBlockers === undefined ? undefined : parseDuration(flags.waitForBlockers, '--wait-for-blockers'),
          cancelBlockers: flags.cancelBlockers,
          confirmed: flags.yes,
        },
      })));
    });
}

export function registerDown(program: Command): void {
  withJson(withCommonOptions(program.command('down').description('roll back applied migrations (default: the newest one)')))
    .option('--step <n>', 'roll back n migrations')
    .option('--to <version>', 'roll back every migration applied after this version (0 = all)')
    .option('--dry-run', 'print the SQL that would run and execute nothing')
    .action(async (flags: CommonFlags & { to?: string; step?: string; dryRun?: boolean }) => {
      await runMigrating('down', flags, (signal) => withMigrator(flags, (m) => m.down({
        signal,
        to: flags.to,
        step: positiveInt(flags.step, '--step'),
        dryRun: flags.dryRun,
      })));
    });
}
