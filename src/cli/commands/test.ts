import { Option, type Command } from 'commander';
import { LockstepError } from '../../core/errors.js';
import { checkMigrationRef } from '../../core/version.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';
import { withInterrupts } from '../interrupt.js';
import { withShadowOption, type ShadowFlags } from './plan.js';

type TestFlags = CommonFlags & ShadowFlags & { from?: string; to?: string; failFast?: boolean; ignoreColumnOrder?: boolean; fromTarget?: boolean; pgVersion?: string };

function pgVersion(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const major = Number(/^(\d+)(?:\.\d+)?$/.exec(text.trim())?.[1]);
  if (!Number.isInteger(major) || major < 10) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `--pg-version ${text}: expected a PostgreSQL major version such as 15`, { hint: 'Give the major version of the servers you deploy to, e.g. --pg-version 16.' });
  }
  return major;
}

export function registerTest(program: Command): void {
  withShadowOption(withJson(withCommonOptions(program.command('test').description('round-trip every migration in a shadow (up, down, up) and check the schema after each step'))))
    .option('--from <version>', 'first migration to round-trip (earlier ones are only applied)')
    .option('--to <version>', 'last migration to round-trip')
    .option('--fail-fast', 'stop at the first failure; the rest are reported as not run (default: restore the shadow and go on)')
    .option('--ignore-column-order', 'accept a down that leaves the same columns in another order (LOCKSTEP_IGNORE_COLUMN_ORDER)')
    .option('--from-target', 'start from the target\'s live schema and round-trip only the migrations pending there')
    .addOption(new Option('--pg-version <major>', 'PostgreSQL major version to test on when no target is configured (default: the target\'s)').env('LOCKSTEP_PG_VERSION'))
    .action(async (flags: TestFlags) => {
      if (flags.from !== undefined) checkMigrationRef(flags.from, '--from');
      if (flags.to !== undefined) checkMigrationRef(flags.to, '--to');
      const major = pgVersion(flags.pgVersion);
      const ignoreColumnOrder = flags.ignoreColumnOrder === true || /^(1|true|yes)$/i.test(process.env.LOCKSTEP_IGNORE_COLUMN_ORDER ?? '');
      const { formatMs } = await import('../../report/index.js');
      const { value: report } = await withInterrupts((signal) => withMigrator(flags, (m) => m.test({
        from: flags.from, to: flags.to, shadowUrl: flags.shadowUrl, failFast: flags.failFast, ignoreColumnOrder, fromTarget: flags.fromTarget, pgVersion: major, signal,
        onStep: flags.verbose ? (s) => process.stderr.write(`${s.version} ${s.status} (up ${formatMs(s.upMs ?? 0)}, down ${formatMs(s.downMs ?? 0)})\n`) : undefined,
      })));
      if (flags.json) printJson(report);
      else print((await import('../../report/roundtrip-report.js')).formatRoundTrip(report));
      if (!report.ok) process.exitCode = 1;
    });
}
