#!/usr/bin/env node
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
import { reportFailure } from './report-failure.js';

async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are successful exits; anything else is a usage error (already printed).
      return err.exitCode === 0 ? 0 : 2;
    }
    return reportFailure(err, argv);
  }
}

process.exitCode = await main(process.argv);
