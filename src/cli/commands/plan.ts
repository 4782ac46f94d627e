import { Option, type Command } from 'commander';
import { checkMigrationRef } from '../../core/version.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';

export interface ShadowFlags {
  readonly shadowUrl?: string;
}

/** --shadow-url, also read from LOCKSTEP_SHADOW_URL; the config file's `shadowUrl` is the fallback. */
export function withShadowOption(cmd: Command): Command {
  return cmd.addOption(
    new Option('--shadow-url <url>', 'PostgreSQL server to rehearse on in a scratch database lockstep_shadow_<random> (default: embedded PGlite)').env('LOCKSTEP_SHADOW_URL'),
  );
}

type PlanFlags = CommonFlags & ShadowFlags & { to?: string; onTarget?: boolean; format?: string; failOn?: string };

export function registerPlan(program: Command): void {
  withShadowOption(withJson(withCommonOptions(program.command('plan').description('rehearse pending migrations in a shadow: locks, rewrites, impact on the target, a verdict for each'))))
    .option('--to <version>', 'plan up to and including this version')
    .option('--on-target', 'also run them on the target inside BEGIN … ROLLBACK, under short lock and statement timeouts (refused on protected environments)')
    .addOption(new Option('--format <format>', 'output format').choices(['human', 'json', 'markdown']).default('human'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a migration is at least this bad').choices(['blocked', 'attention', 'never']).default('blocked'))
    .action(async (flags: PlanFlags) => {
      if (flags.to !== undefined) checkMigrationRef(flags.to, '--to');
      const report = await withMigrator(flags, (m) => m.plan({ to: flags.to, onTarget: flags.onTarget, shadowUrl: flags.shadowUrl }));
      const format = flags.json ? 'json' : flags.format;
      if (format === 'json') printJson(report);
      else {
        const { formatPlan, formatPlanMarkdown } = await import('../../report/plan-report.js');
        if (format === 'markdown') process.stdout.write(formatPlanMarkdown(report));
        else print(formatPlan(report));
      }
      const s = report.summary;
      const fail = flags.failOn === 'never' ? false : flags.failOn === 'attention' ? s.blocked + s.attention > 0 : s.blocked > 0;
      if (fail) process.exitCode = 1;
    });
}
