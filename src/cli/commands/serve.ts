import type { Command } from 'commander';
import { LockstepError } from '../../core/errors.js';
import { parseWholeNumber } from '../../core/whole-number.js';
import { overridesFrom, withCommonOptions, type CommonFlags } from '../common.js';

interface ServeFlags extends CommonFlags {
  readonly port?: string;
  readonly host?: string;
  /** commander's --no-auth sets auth: false. */
  readonly auth?: boolean;
}

/** --port, else LOCKSTEP_SERVE_PORT: 0 to 65535 in decimal digits (0 picks a free port). */
function portOf(flag: string | undefined, variable: string | undefined): number | undefined {
  if (flag !== undefined) return parseWholeNumber(flag, '--port', { max: 65535 });
  if (variable === undefined || variable === '') return undefined;
  try {
    return parseWholeNumber(variable, 'LOCKSTEP_SERVE_PORT', { max: 65535 });
  } catch (err) {
    throw new LockstepError('LOCKSTEP_E_CONFIG', (err as LockstepError).message, { hint: 'Set LOCKSTEP_SERVE_PORT to a port from 0 to 65535 (0 picks a free port), or unset it.' });
  }
}

/** Serves until SIGINT/SIGTERM, then stops taking requests, closes database sessions and flushes alerts. */
export function registerServe(program: Command): void {
  withCommonOptions(program.command('serve').description('HTTP API, dashboard, metrics and alerts for every environment'))
    .option('--port <n>', 'port (LOCKSTEP_SERVE_PORT; serve.port; default 8080)')
    .option('--host <address>', 'address to bind (LOCKSTEP_SERVE_HOST; serve.host; default 127.0.0.1)')
    .option('--no-auth', 'serve without tokens (only on a loopback address)')
    .action(async (flags: ServeFlags) => {
      const { resolveConfig } = await import('../../config/index.js');
      const config = await resolveConfig(overridesFrom(flags));
      // Loaded on demand: the other commands never pay for the HTTP stack.
      const { startServer } = await import('../../http/start-server.js');
      const server = await startServer(config, {
        host: flags.host ?? (process.env.LOCKSTEP_SERVE_HOST || undefined),
        port: portOf(flags.port, process.env.LOCKSTEP_SERVE_PORT),
        noAuth: flags.auth === false,
      });
      process.stderr.write(`lockstep serve: listening on ${server.url} (dashboard at ${server.url}/)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => void server.close().then(resolve, resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
