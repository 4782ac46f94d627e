import type { Command } from 'commander';
import { checkMigrationRef } from '../../core/version.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';
import { withShadowOption, type ShadowFlags } from './plan.js';

type TestFlags = CommonFlags & ShadowFlags & { from?: string; to?: string };

export function registerTest(program: Command): void {
  withShadowOption(withJson(withCommonOptions(program.command('test').description('round-trip every migration in a shadow (up, down, up) and check the schema after each step'))))
    .option('--from <version>', 'first migration to round-trip (earlier ones are only applied)')
    .option('--to <version>', 'last migration to round-trip')
    .action(async (flags: TestFlags) => {
      if (flags.from !== undefined) checkMigrationRef(flags.from, '--from');
      if (flags.to !== undefined) checkMigrationRef(flags.to, '--to');
      const { formatMs } = await import('../../verdict/index.js');
      const report = await withMigrator(flags, (m) => m.test({
        from: flags.from, to: flags.to, shadowUrl: flags.shadowUrl,
        onStep: flags.verbose ? (s) => process.stderr.write(`${s.version} ${s.status} (up ${formatMs(s.upMs ?? 0)}, down ${formatMs(s.downMs ?? 0)})\n`) : undefined,
      }));
      if (flags.json) printJson(report);
      else print((await import('../../report/roundtrip-report.js')).formatRoundTrip(report));
      if (!report.ok) process.exitCode = 1;
    });
}
