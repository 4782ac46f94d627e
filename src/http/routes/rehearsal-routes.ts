/**
 * POST /v1/plan and POST /v1/test: the Migrator's plan and test, as `lockstep plan --json` and
 * `lockstep test --json` print them. Both rehearse in a shadow database, never on the target (plan only
 * reads the target's history, sizes and live locks, and takes no lock on its tables), so a read token
 * is enough. See docs/plan.md for what they do.
 */
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { TestOptions } from '../../api/index.js';
import { LockstepError } from '../../core/errors.js';
import { checkMigrationRef } from '../../core/version.js';
import { redact } from '../../core/redact.js';
import { chooseEnvironment } from '../environment-param.js';
import { asLockstepError, errorBody, readJson } from '../http-error.js';
import type { AppEnv, ServerContext } from '../server-context.js';
import { ndjsonResponse, wantsNdjson } from './ndjson.js';
import { isAcceptableShadowUrl, SHADOW_URL_RULE } from './shadow-url.js';

const shadowUrl = z.string().refine(isAcceptableShadowUrl, SHADOW_URL_RULE).optional();

const planBody = z.strictObject({
  env: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  shadowUrl,
});

const testBody = z.strictObject({
  env: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  shadowUrl,
});

/** A report as JSON, passwords redacted (error messages of a shadow may quote its URL). */
function redacted(report: unknown): Record<string, unknown> {
  return JSON.parse(redact(JSON.stringify(report))) as Record<string, unknown>;
}

/**
 * A shadow URL in the request makes the server connect to a server of the caller's choosing and create
 * and drop a database there: that is more than reading, so it needs an apply token. Without one, the
 * config's `shadowUrl` (or the embedded PGlite) is used, as by the CLI.
 */
function requestedShadowUrl(c: Context<AppEnv>, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const who = c.get('principal');
  if (who.scope !== 'apply') {
    throw new LockstepError('LOCKSTEP_E_FORBIDDEN', `token "${who.name}" (read) may not choose the shadow server`, {
      hint: 'Leave out "shadowUrl" to rehearse on the server\'s configured shadow (config `shadowUrl`, else embedded PGlite), or use a token with scope "apply".',
    });
  }
  return given;
}

export function registerRehearsalRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/plan', async (c) => {
    const body = await readJson(c, planBody);
    if (body.to !== undefined) checkMigrationRef(body.to, '"to"');
    const env = chooseEnvironment(c, ctx, 'read', body.env ?? c.req.query('env'));
    const url = requestedShadowUrl(c, body.shadowUrl);
    // onTarget is not offered: it runs the migrations on the target inside BEGIN … ROLLBACK, taking its locks.
    return c.json(redacted(await ctx.pool.rehearse(env, (m) => m.plan({ to: body.to, shadowUrl: url }))));
  });

  app.post('/v1/test', async (c) => {
    const body = await readJson(c, testBody);
    if (body.from !== undefined) checkMigrationRef(body.from, '"from"');
    if (body.to !== undefined) checkMigrationRef(body.to, '"to"');
    const env = chooseEnvironment(c, ctx, 'read', body.env ?? c.req.query('env'));
    const url = requestedShadowUrl(c, body.shadowUrl);
    const run = (onStep?: TestOptions['onStep']) => ctx.pool.rehearse(env, (m) => m.test({ from: body.from, to: body.to, shadowUrl: url, onStep }));
    if (!wantsNdjson(c)) return c.json(redacted(await run()));
    return ndjsonResponse(c, async (line) => {
      try {
        return { type: 'result', status: 200, result: redacted(await run((step) => line({ type: 'round-trip-step', ...step }))) };
      } catch (err) {
        const e = asLockstepError(err);
        if (e.code === 'LOCKSTEP_E_INTERNAL') ctx.log('error', 'internal error', { requestId: c.get('requestId'), error: e.message });
        return { type: 'error', status: e.httpStatus, ...errorBody(e) };
      }
    });
  });
}
