import { Command } from 'commander';
import { LOCKSTEP_VERSION } from '../core/version-info.js';
import { registerDown, registerUp } from './commands/migrate.js';
import { registerHistory, registerStatus, registerVerify } from './commands/inspect.js';
import { registerBaseline, registerCreate, registerInit, registerRepair } from './commands/maintain.js';
import { registerServe } from './commands/serve.js';
import { registerLint } from './commands/lint.js';
import { registerPreflight } from './commands/preflight.js';
import { registerPlan } from './commands/plan.js';
import { registerTest } from './commands/test.js';
import { registerDrift } from './commands/drift.js';
import { registerSchema } from './commands/schema.js';
import { registerAdopt } from './commands/adopt.js';
import { registerCompletion } from './commands/completion.js';
import { registerFleet } from './commands/fleet.js';
import { loadEnvFiles, type EnvFileFlags } from './env-file.js';
import { tuneForShortRun } from './short-run.js';

/** Every command, in the order `lockstep --help` lists them. Each register function is one file's job. */
const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerInit,
  registerCreate,
  registerStatus,
  registerUp,
  registerDown,
  registerHistory,
  registerVerify,
  registerRepair,
  registerBaseline,
  registerAdopt,
  registerLint,
  registerPreflight,
  registerPlan,
  registerTest,
  registerDrift,
  registerSchema,
  registerFleet,
  registerServe,
  registerCompletion,
];

export function buildProgram(): Command {
  const program = new Command('lockstep')
    .description('Lock-aware PostgreSQL schema migrations')
    .version(LOCKSTEP_VERSION)
    // Root options (--version, -V) are read only before the command name, so `history --version V` reaches history.
    .enablePositionalOptions()
    // Parse errors are thrown (exitOverride) and printed by main.ts as LOCKSTEP_E_USAGE with their hint, not here.
    .configureOutput({ outputError: () => undefined })
    .showSuggestionAfterError(false)
    .exitOverride();
  for (const register of COMMANDS) register(program);
  // Before any command reads its configuration: .env supplies DATABASE_URL and friends (names only are printed).
  program.hook('preAction', (_program, command) => {
    for (const { file, names } of loadEnvFiles(command.opts<EnvFileFlags>())) {
      if (names.length > 0) process.stderr.write(`lockstep: loaded ${names.join(', ')} from ${file}\n`);
    }
  });
  // The V8 settings of a short run, decided here and nowhere else (bench/lint/RESULTS-lint.md measures both). `lint`
  // raises the tier-up budget before the linter's modules load, so that their functions get it; every command but
  // `serve` (a long-running server, for which V8's defaults pay) has the parser's WASM compiled by the baseline
  // compiler only.
  program.hook('preAction', async (_program, command) => {
    if (command.name() === 'lint') tuneForShortRun();
    if (command.name() !== 'serve') (await import('../api/index.js')).preferBaselineWasm();
  });
  return program;
}
