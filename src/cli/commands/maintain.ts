import type { Command } from 'commander';
import { LockstepError } from '../../core/errors.js';
import type { Layout, MarkerStyle } from '../../core/types.js';
import { checkMigrationRef } from '../../core/version.js';
import { print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';

export function registerRepair(program: Command): void {
  withJson(withCommonOptions(program.command('repair').description('accept the current file of an applied migration as what was applied')))
    .requiredOption('--accept <version>', 'the migration whose edited file is accepted')
    .action(async (flags: CommonFlags & { accept: string }) => {
      checkMigrationRef(flags.accept, '--accept');
      const r = await withMigrator(flags, (m) => m.repair(flags.accept));
      if (flags.json) printJson(r);
      else print(`Accepted ${r.version}: checksum ${r.previous.slice(0, 12)}… → ${r.accepted.slice(0, 12)}… (recorded as a repair event).`);
    });
}

export function registerBaseline(program: Command): void {
  withJson(withCommonOptions(program.command('baseline').description('mark every migration up to <version> as applied without running it')))
    .argument('<version>', 'last version that already exists in the database')
    .option('--force', 'baseline although the database lacks objects those migrations create (recorded with the baseline)')
    .action(async (version: string, flags: CommonFlags & { force?: boolean }) => {
      checkMigrationRef(version, 'baseline <version>');
      const r = await withMigrator(flags, (m) => m.baseline(version, { force: flags.force }));
      if (flags.json) printJson(r);
      else print(r.baselined.length ? `Baselined ${r.baselined.length} migration(s): ${r.baselined.join(', ')}` : 'Nothing to baseline.');
    });
}

const LAYOUTS: readonly Layout[] = ['single-file', 'pair', 'directory', 'module'];

export function registerCreate(program: Command): void {
  withJson(withCommonOptions(program.command('create').description('write a new migration from a template (UTC timestamp version)')))
    .argument('<name>', 'what the migration does, e.g. add_payments_index')
    .option('--layout <layout>', `file layout: ${LAYOUTS.join(', ')} (default from config, else single-file)`)
    .option('--style <style>', 'marker style for single files: lockstep, dbmate, goose, sql-migrate, node-pg-migrate')
    .action(async (name: string, flags: CommonFlags & { layout?: string; style?: string }) => {
      if (flags.layout !== undefined && !LAYOUTS.includes(flags.layout as Layout)) {
        throw new LockstepError('LOCKSTEP_E_USAGE', `unknown layout "${flags.layout}"`, { hint: `Use one of: ${LAYOUTS.join(', ')}.` });
      }
      const r = await withMigrator(flags, async (m) => m.create(name, { layout: flags.layout as Layout | undefined, style: flags.style as MarkerStyle | undefined }));
      if (flags.json) printJson(r);
      else print(`Created ${r.files.join(', ')}`);
    });
}

export function registerInit(program: Command): void {
  withJson(withCommonOptions(program.command('init').description('create the migrations directory and a starter lockstep.config.json')))
    .action(async (flags: CommonFlags) => {
      const r = await withMigrator(flags, async (m) => m.init());
      if (flags.json) printJson(r);
      else {
        print(r.created.length ? `Created ${r.created.join(', ')}` : 'Already initialised.');
        if (r.adoptedThrough !== undefined) {
          print(`Existing migrations read as ${r.tool}; the last one, ${r.adoptedThrough}, is recorded as adoptedThrough: migrations after it need a down part (requireDown).`);
        }
      }
    });
}
