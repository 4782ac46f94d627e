/** How a failed command is shown: the error with its code and hint on stderr, and as JSON on stdout with --json. */
import { LockstepError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { errorJson, formatError } from '../report/index.js';

/** Prints `err` for the user and returns the exit code. Anything not a LockstepError is reported as a bug. */
export function reportFailure(err: unknown, argv: readonly string[]): number {
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
