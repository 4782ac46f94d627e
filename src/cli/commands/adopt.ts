import type { Command } from 'commander';
import type { ForeignTool } from '../../api/index.js';
import { LockstepError } from '../../core/errors.js';
import { ADOPTABLE_TOOLS } from '../../core/types.js';
import { formatAdopt } from '../../report/index.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';

type AdoptFlags = CommonFlags & { tool?: string; table?: string; dryRun?: boolean; failedAs?: string; acceptEdited?: boolean };

const FAILED_AS = ['applied', 'rolled-back'] as const;
// Core's list, not the adopt module's: the CLI loads no command's implementation before it runs.
const FOREIGN_TOOLS: readonly ForeignTool[] = ADOPTABLE_TOOLS;

function toolFlag(value: string | undefined): ForeignTool | undefined {
  if (value === undefined || (FOREIGN_TOOLS as readonly string[]).includes(value)) return value as ForeignTool | undefined;
  throw new LockstepError('LOCKSTEP_E_USAGE', `--tool ${JSON.stringify(value)} is not a tool whose history Lockstep can adopt`, { hint: `Use one of: ${FOREIGN_TOOLS.join(', ')}.` });
}

function failedAsFlag(value: string | undefined): (typeof FAILED_AS)[number] | undefined {
  if (value === undefined || (FAILED_AS as readonly string[]).includes(value)) return value as (typeof FAILED_AS)[number] | undefined;
  throw new LockstepError('LOCKSTEP_E_USAGE', `--failed-as expects applied or rolled-back, got ${JSON.stringify(value)}`, {
    hint: '--failed-as applied: its changes are all in the database; --failed-as rolled-back: none are, and `lockstep up` runs it again.',
  });
}

export function registerAdopt(program: Command): void {
  withJson(withCommonOptions(program.command('adopt').description('take over another tool\'s migration history: record what it applied as applied')))
    .option('--tool <tool>', `whose history: ${FOREIGN_TOOLS.join(', ')} (default: the one found)`)
    .option('--table <schema.table>', 'the history table, when it does not have its tool\'s default name')
    .option('--dry-run', 'show what would be recorded and write nothing')
    .option('--failed-as <state>', 'take a migration the tool left dirty or failed as applied, or as rolled-back (pending)')
    .option('--accept-edited', 'record migrations whose file changed since the tool applied them, as they are now')
    .action(async (flags: AdoptFlags) => {
      const options = { tool: toolFlag(flags.tool), table: flags.table, dryRun: flags.dryRun, failedAs: failedAsFlag(flags.failedAs), acceptEdited: flags.acceptEdited };
      const report = await withMigrator(flags, (m) => m.adopt(options));
      if (flags.json) printJson(report);
      else print(formatAdopt(report));
    });
}
