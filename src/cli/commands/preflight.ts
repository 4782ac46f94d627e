import type { Command } from 'commander';
import { parseDuration } from '../../core/duration.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';

interface PreflightFlags extends CommonFlags {
  readonly to?: string;
  readonly waitForBlockers?: string;
  readonly cancelBlockers?: boolean;
  readonly yes?: boolean;
  readonly force?: boolean;
}

export function registerPreflight(program: Command): void {
  withJson(withCommonOptions(program.command('preflight').description('check the database before migrating: lock conflicts, long transactions, replica lag, maintenance window, backup')))
    .option('--to <version>', 'check for the pending migrations up to this version')
    .option('--wait-for-blockers <duration>', 'wait up to this long for blocking sessions and replica lag to clear')
    .option('--cancel-blockers', 'cancel the queries of sessions whose locks conflict (needs --yes on a protected environment)')
    .option('--yes', 'confirm --cancel-blockers on a protected environment')
    .option('--force', 'accept running outside the maintenance window')
    .action(async (flags: PreflightFlags) => {
      const { formatPreflight } = await import('../../report/preflight-report.js');
      const report = await withMigrator(flags, (m) => m.preflight({
        to: flags.to,
        force: flags.force,
        waitForBlockersMs: flags.waitForBlockers === undefined ? undefined : parseDuration(flags.waitForBlockers, '--wait-for-blockers'),
        cancelBlockers: flags.cancelBlockers,
        confirmed: flags.yes,
      }));
      if (flags.json) printJson(report);
      else print(formatPreflight(report));
      if (!report.ok) process.exitCode = 1;
    });
}
