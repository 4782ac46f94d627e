import type { Command } from 'commander';
import { ERROR_CODES, LockstepError, type ErrorCode } from '../../core/errors.js';
import { formatHistory } from '../../report/index.js';
import { formatMatrix } from '../../report/index.js';
import { formatStatus } from '../../report/index.js';
import { overridesFrom, print, printJson, withCommonOptions, withJson, withMigrator, type CommonFlags } from '../common.js';

/** `status --all-envs`: exit 1 with --exit-code when anything is pending anywhere; an unreadable environment exits with its error's code. */
async function statusAllEnvs(flags: CommonFlags & { exitCode?: boolean }): Promise<void> {
  const [{ statusAllEnvironments }, { resolveConfig }] = await Promise.all([import('../../api/environments.js'), import('../../config/index.js')]);
  const matrix = await statusAllEnvironments(await resolveConfig(overridesFrom(flags)), { eventLimit: 1000 });
  if (flags.json) printJson(matrix);
  else print(formatMatrix(matrix));
  const broken = matrix.environments.find((e) => e.error);
  const pending = matrix.environments.some((e) => (e.summary?.pending ?? 0) + (e.summary?.partial ?? 0) > 0);
  if (broken) process.exitCode = ERROR_CODES[broken.error?.code as ErrorCode]?.exit ?? 1;
  else if (flags.exitCode && pending) process.exitCode = 1;
}

export function registerStatus(program: Command): void {
  withJson(withCommonOptions(program.command('status').description('applied, pending, changed, missing, out-of-order and partial migrations')))
    .option('--exit-code', 'exit 1 when anything is pending (or partial), 3 when a file could not be read as a migration')
    .option('--all-envs', 'every configured environment side by side (the dashboard matrix)')
    .action(async (flags: CommonFlags & { exitCode?: boolean; allEnvs?: boolean }) => {
      if (flags.allEnvs) return statusAllEnvs(flags);
      const report = await withMigrator(flags, (m) => m.status());
      if (flags.json) printJson(report);
      else print(formatStatus(report));
      const s = report.summary;
      if (flags.exitCode && report.problems.length > 0) process.exitCode = 3;
      else if (flags.exitCode && (s.pending > 0 || s.partial > 0)) process.exitCode = 1;
    });
}

export function registerHistory(program: Command): void {
  withJson(withCommonOptions(program.command('history').description('what ran, in which order, where and by whom; and the event log')))
    .option('--version <version>', 'only this migration')
    .option('--limit <n>', 'at most n events (default 1000)')
    .action(async (flags: CommonFlags & { version?: string; limit?: string }) => {
      const limit = flags.limit === undefined ? undefined : historyLimit(flags.limit);
      const report = await withMigrator(flags, (m) => m.history({ ...(flags.version ? { version: flags.version } : {}), ...(limit !== undefined ? { limit } : {}) }));
      if (flags.json) printJson(report);
      else print(formatHistory(report));
    });
}

export function registerVerify(program: Command): void {
  withJson(withCommonOptions(program.command('verify').description('check that applied migrations were not edited (checksums only)')))
    .action(async (flags: CommonFlags) => {
      const report = await withMigrator(flags, (m) => m.verify());
      if (flags.json) printJson(report);
      else if (report.ok && report.missingFiles.length === 0) print('All applied migrations match their files.');
      else {
        for (const c of report.changed) print(`CHANGED ${c.version} ${c.files.join(' + ')}: applied ${c.applied.slice(0, 12)}…, file now ${c.current.slice(0, 12)}… (accept with: lockstep repair --accept ${c.version})`);
        for (const v of report.missingFiles) print(`MISSING FILE ${v}: applied, but no file has this version`);
      }
      if (!report.ok) process.exitCode = 1;
    });
}

/** As api/status.ts HISTORY_LIMIT_MAX and the HTTP API's `limit` (not imported: the api loads lazily). */
const HISTORY_LIMIT_MAX = 10_000;

/** --limit: a whole number from 1 to 10000, as the HTTP API accepts. */
function historyLimit(text: string): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > HISTORY_LIMIT_MAX) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `--limit expects a whole number from 1 to ${HISTORY_LIMIT_MAX}, got "${text}"`, { hint: 'For example: lockstep history --limit 50' });
  }
  return n;
}
