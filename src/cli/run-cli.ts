/** The CLI: argv → a command → an exit code. dist/cli/main.js (the executable) loads it, bundled when it can. */
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { reportFailure } from './report-failure.js';
import { usageErrorFrom } from './usage-error.js';

export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are successful exits; `lockstep` alone has printed its help (exit 2).
      if (err.exitCode === 0 || err.code === 'commander.help') return err.exitCode === 0 ? 0 : 2;
      return reportFailure(usageErrorFrom(err, program, argv), argv);
    }
    return reportFailure(err, argv);
  }
}
