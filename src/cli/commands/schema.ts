import { Option, type Command } from 'commander';
import type { SchemaDumpFormat } from '../../api/index.js';
import { withCommonOptions, withMigrator, type CommonFlags } from '../common.js';

export function registerSchema(program: Command): void {
  const schema = program.command('schema').description('the live schema of the target, read from its catalogs');
  withCommonOptions(schema.command('dump').description('print the live schema (Lockstep\'s history schema left out)'))
    .addOption(new Option('--format <format>', 'sql or json').choices(['sql', 'json']).default('sql'))
    .action(async (flags: CommonFlags & { format: SchemaDumpFormat }) => {
      const text = await withMigrator(flags, (m) => m.schemaDump(flags.format));
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });
}
