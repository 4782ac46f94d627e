/** The Hono app of `lockstep serve`: middleware, then thin routes over the library API. */
import { Hono } from 'hono';
import { LockstepError } from '../core/errors.js';
import { registerDashboard } from './dashboard/dashboard-route.js';
import { asLockstepError, errorResponse } from './http-error.js';
import { limitBody, requestLog, requireToken } from './middleware.js';
import { openApiDocument } from './openapi.js';
import { registerFleetRoutes } from './routes/fleet-routes.js';
import { registerLintRoute } from './routes/lint-route.js';
import { registerReadRoutes } from './routes/read-routes.js';
import { registerRehearsalRoutes } from './routes/rehearsal-routes.js';
import { registerRunRoutes } from './routes/run-routes.js';
import type { AppEnv, ServerContext } from './server-context.js';

export function createApp(ctx: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(ctx));
  app.use('/v1/*', limitBody(ctx));
  app.use('/v1/*', requireToken(ctx));
  app.use('/metrics', requireToken(ctx));

  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/metrics', async (c) => c.body(await ctx.metrics.render(), 200, { 'content-type': ctx.metrics.registry.contentType }));
  registerDashboard(app);
  registerReadRoutes(app, ctx);
  registerLintRoute(app, ctx);
  registerRunRoutes(app, ctx);
  registerRehearsalRoutes(app, ctx);
  registerFleetRoutes(app, ctx);

  app.notFound((c) => errorResponse(c, new LockstepError('LOCKSTEP_E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`, { hint: 'See /openapi.json for the routes.' })));
  app.onError((err, c) => {
    const e = asLockstepError(err);
    if (e.code === 'LOCKSTEP_E_INTERNAL') ctx.log('error', 'internal error', { requestId: c.get('requestId'), error: e.message, stack: err instanceof Error ? err.stack : undefined });
    if (e.code === 'LOCKSTEP_E_UNAUTHORIZED') c.header('WWW-Authenticate', 'Bearer realm="lockstep"');
    return errorResponse(c, e);
  });
  return app;
}
