import type { Command } from 'commander';
import type { RunResult } from '../../api/index.js';
import { errorJson } from '../../report/error-report.js';
import { formatRun } from '../../report/run-report.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';

function report(result: RunResult, direction: 'up' | 'down', json: boolean | undefined): number {
  if (json) printJson({ ...result, failed: result.failed ? { ...result.failed, error: errorJson(result.failed.error) } : undefined });
  else print(formatRun(result, direction));
  return result.failed ? result.failed.error.exitCode : 0;
}

export function registerUp(program: Command): void {
  withJson(withCommonOptions(program.command('up').description('apply pending migrations')))
    .option('--to <version>', 'apply up to and including this version')
    .option('--step <n>', 'apply at most n migrations')
    .option('--dry-run', 'print the SQL that would run (history writes included) and execute nothing')
    .option('--single-transaction', 'apply the whole batch in one transaction: all or nothing')
    .option('--allow-out-of-order', 'apply pending migrations older than the newest applied one')
    .action(async (flags: CommonFlags & { to?: string; step?: string; dryRun?: boolean; singleTransaction?: boolean; allowOutOfOrder?: boolean }) => {
      const result = await withMigrator(flags, (m) => m.up({
        to: flags.to,
        step: flags.step === undefined ? undefined : Number(flags.step),
        dryRun: flags.dryRun,
        singleTransaction: flags.singleTransaction,
        allowOutOfOrder: flags.allowOutOfOrder,
      }));
      process.exitCode = report(result, 'up', flags.json);
    });
}

export function registerDown(program: Command): void {
  withJson(withCommonOptions(program.command('down').description('roll back applied migrations (default: the newest one)')))
    .option('--step <n>', 'roll back n migrations')
    .option('--to <version>', 'roll back every migration applied after this version (0 = all)')
    .option('--dry-run', 'print the SQL that would run and execute nothing')
    .action(async (flags: CommonFlags & { to?: string; step?: string; dryRun?: boolean }) => {
      const result = await withMigrator(flags, (m) => m.down({
        to: flags.to,
        step: flags.step === undefined ? undefined : Number(flags.step),
        dryRun: flags.dryRun,
      }));
      process.exitCode = report(result, 'down', flags.json);
    });
}
