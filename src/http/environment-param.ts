/** Which environment a request is about, and whether its token may touch it. */
import type { Context } from 'hono';
import { LockstepError } from '../core/errors.js';
import { authorize, type Scope } from './auth.js';
import type { AppEnv, ServerContext } from './server-context.js';

/** `env` from the query or body; it may be left out when the server serves a single environment. */
export function chooseEnvironment(c: Context<AppEnv>, ctx: ServerContext, scope: Scope, given: string | undefined): string {
  const envs = ctx.pool.environments;
  const name = given ?? (envs.length === 1 ? envs[0]?.name : undefined);
  if (name === undefined) {
    throw new LockstepError('LOCKSTEP_E_USAGE', 'which environment? pass env', {
      hint: `Add ?env=<name> (or "env" in the JSON body). Served environments: ${envs.map((e) => e.name).join(', ')}.`,
    });
  }
  const info = ctx.pool.info(name);
  c.set('env', info.name);
  authorize(c.get('principal'), scope, info.name, info.protected);
  return info.name;
}
