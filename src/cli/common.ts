import { Command, Option } from 'commander';
import type { Migrator } from '../api/index.js';
import { parseWholeNumber } from '../core/whole-number.js';
import type { ConfigOverrides } from '../api/index.js';
import { progressOutput } from './progress-output.js';
import type { RunEventSink } from '../api/index.js';

/** Options every command accepts; each also has an environment variable (see docs/configuration.md). */
export interface CommonFlags {
  /** Repeatable: several folders read as one sequence. */
  readonly dir?: string[];
  readonly url?: string;
  readonly env?: string;
  readonly config?: string;
  readonly historySchema?: string;
  /** A schema target: search_path and history in that schema (docs/fleets.md#schema-targets). */
  readonly schema?: string;
  readonly lockWait?: string;
  readonly lockTimeout?: string;
  readonly statementTimeout?: string;
  readonly lockRetries?: string;
  readonly retryDeadline?: string;
  readonly json?: boolean;
  readonly verbose?: boolean;
}

function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--dir <path>', 'migrations folder; repeat for several read as one sequence (LOCKSTEP_DIR; default ./migrations)', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--url <url>', 'database URL (DATABASE_URL / LOCKSTEP_URL); postgres://…, pglite://memory or pglite://<dir>')
    .option('--env <name>', 'named environment from the config file (LOCKSTEP_ENV)')
    .option('--config <file>', 'config file (LOCKSTEP_CONFIG; default lockstep.config.{json,mjs,js,ts} or package.json#lockstep)')
    .option('--history-schema <name>', 'schema holding Lockstep history (LOCKSTEP_HISTORY_SCHEMA; default lockstep)')
    .option('--schema <name>', 'a schema target: migrations run with search_path set to it, its history kept in it (LOCKSTEP_SCHEMA)')
    .option('--lock-wait <duration>', 'how long to wait for the run lock; 0 = fail at once (LOCKSTEP_LOCK_WAIT; default 60s)')
    .option('--lock-timeout <duration>', 'lock_timeout for each migration statement (LOCKSTEP_LOCK_TIMEOUT; default 100ms)')
    .option('--statement-timeout <duration>', 'statement_timeout for each migration statement; 0 = none (LOCKSTEP_STATEMENT_TIMEOUT)')
    .option('--lock-retries <n>', 'retries after a lock timeout (LOCKSTEP_LOCK_RETRIES; default 30)')
    .option('--retry-deadline <duration>', 'stop retrying after this long (LOCKSTEP_RETRY_DEADLINE; default 5m)')
    .option('--env-file <path>', 'read variables from this file (repeatable; default ./.env when it exists; variables already set win)', collect)
    .option('--no-env-file', 'do not read ./.env')
    .option('-v, --verbose', 'print every statement as it runs');
}

export function withJson(cmd: Command): Command {
  return cmd.addOption(new Option('--json', 'machine-readable JSON on stdout'));
}

export function overridesFrom(flags: CommonFlags): ConfigOverrides {
  return {
    dir: flags.dir,
    url: flags.url,
    env: flags.env,
    config: flags.config,
    historySchema: flags.historySchema,
    lockWait: flags.lockWait,
    lockTimeout: flags.lockTimeout,
    statementTimeout: flags.statementTimeout,
    lockRetries: flags.lockRetries === undefined ? undefined : parseWholeNumber(flags.lockRetries, '--lock-retries'),
    retryDeadline: flags.retryDeadline,
  };
}

/** Progress on stderr: bars on a terminal, periodic lines in CI (cli/progress-output.ts). */
export function stderrEvents(verbose: boolean): RunEventSink {
  return progressOutput(verbose);
}

/** Opens a migrator whose progress goes to stderr, runs `fn`, and always closes it. */
export async function withMigrator<T>(flags: CommonFlags, fn: (m: Migrator) => Promise<T>): Promise<T> {
  const { createMigrator } = await import('../api/create-migrator.js');
  const migrator = await createMigrator({
    ...overridesFrom(flags),
    schema: flags.schema ?? (process.env.LOCKSTEP_SCHEMA || undefined),
    onEvent: stderrEvents(flags.verbose === true),
  });
  try {
    return await fn(migrator);
  } finally {
    await migrator.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function print(text: string): void {
  process.stdout.write(`${text}\n`);
}
