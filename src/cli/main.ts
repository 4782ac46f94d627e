#!/usr/bin/env node
import { CommanderError } from 'commander';
import { LockstepError } from '../core/errors.js';
import { redact } from '../db/redact.js';
import { errorJson, formatError } from '../report/error-report.js';
import { buildProgram } from './program.js';

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
    const error = err instanceof LockstepError
      ? err
      : new LockstepError('LOCKSTEP_E_INTERNAL', redact(err instanceof Error ? err.message : String(err)), {
          hint: 'This is a bug in Lockstep. Run again with LOCKSTEP_DEBUG=1 for the stack trace and report it.',
        });
    if (process.env.LOCKSTEP_DEBUG && err instanceof Error) process.stderr.write(`${redact(err.stack ?? '')}\n`);
    if (argv.includes('--json')) process.stdout.write(`${JSON.stringify({ error: errorJson(error) }, null, 2)}\n`);
    process.stderr.write(`${formatError(error)}\n`);
    return error.exitCode;
  }
}

process.exitCode = await main(process.argv);
