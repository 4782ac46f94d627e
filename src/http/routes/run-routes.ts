/**
 * POST /v1/up and /v1/down. Each run has its own migrator with `lockWait: 0`: when another run (this
 * server, a CLI, a deploy pod) holds the run lock, the answer is 409 LOCKSTEP_E_RUN_LOCK_TIMEOUT at once,
 * with the holder's pid and application in `error.details.holders`.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkMigrationRef } from '../../core/version.js';
import { chooseEnvironment } from '../environment-param.js';
import { readJson } from '../http-error.js';
import type { AppEnv, ServerContext } from '../server-context.js';
import { executeRun } from './execute-run.js';

const upBody = z.strictObject({
  env: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  step: z.number().int().positive().optional(),
  dryRun: z.boolean().optional(),
  allowOutOfOrder: z.boolean().optional(),
  singleTransaction: z.boolean().optional(),
});

const downBody = z
  .strictObject({
    env: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    step: z.number().int().positive().optional(),
    dryRun: z.boolean().optional(),
  })
  .refine((b) => b.to === undefined || b.step === undefined, 'give "step" or "to", not both');

export function registerRunRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/up', async (c) => {
    const { env, dryRun, ...opts } = await readJson(c, upBody);
    if (opts.to !== undefined) checkMigrationRef(opts.to, '"to"');
    const name = chooseEnvironment(c, ctx, dryRun ? 'read' : 'apply', env ?? c.req.query('env'));
    return executeRun(c, ctx, { command: 'up', env: name, dryRun: dryRun === true, run: (m) => m.up({ ...opts, dryRun, signal: ctx.shutdown.signal }) });
  });
  app.post('/v1/down', async (c) => {
    const { env, dryRun, ...opts } = await readJson(c, downBody);
    if (opts.to !== undefined) checkMigrationRef(opts.to, '"to"');
    const name = chooseEnvironment(c, ctx, dryRun ? 'read' : 'apply', env ?? c.req.query('env'));
    return executeRun(c, ctx, { command: 'down', env: name, dryRun: dryRun === true, run: (m) => m.down({ ...opts, dryRun, signal: ctx.shutdown.signal }) });
  });
}
