import type { Command } from 'commander';
import { withInterrupts } from '../interrupt.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';
import { withShadowOption, type ShadowFlags } from './plan.js';

export function registerDrift(program: Command): void {
  withShadowOption(withJson(withCommonOptions(program.command('drift').description('compare the live schema with what its applied history produces (or with another environment); exit 1 on drift'))))
    .option('--against <env>', 'compare with this environment\'s live schema instead')
    .action(async (flags: CommonFlags & ShadowFlags & { against?: string }) => {
      const { value: report } = await withInterrupts(() => withMigrator(flags, (m) => m.drift({ against: flags.against, shadowUrl: flags.shadowUrl })));
      if (flags.json) printJson(report);
      else print((await import('../../report/drift-report.js')).formatDrift(report));
      if (report.drifted) process.exitCode = 1;
    });
}
