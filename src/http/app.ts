/** The Hono app of `lockstep serve`: middleware, then thin routes over the library API. */
import { Hono } from 'hono';
import { LockstepError } from '../core/errors.js';
import { registerDashboard } from './dashboard/dashboard-route.js';
import { asLockstepError, errorResponse } from './http-error.js';
import { limitBody, requestLog, requireToken } from './middleware.js';
import { metricsFor } from './metrics-scope.js';
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
  app.get('/metrics', async (c) => c.body(metricsFor(await ctx.metrics.render(), c.get('principal')), 200, { 'content-type': ctx.metrics.registry.contentType }));
  registerDashboard(app);
  registerReadRoutes(app, ctx);
  registerLintRoute(app, ctx);
  registerRunRoutes(app, ctx);
  registerRehearsalRoutes(app, ctx);
  registerFleetRoutes(app, ctx);

  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const notFound = (): Response => errorResponse(c, new LockstepError('LOCKSTEP_E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`, { hint: 'See /openapi.json for the routes.' }));
    const allow = allowed(c.req.path);
    if (allow.length === 0) return notFound();
    // A route that exists under other methods answers 405 with Allow (RFC 9110 §15.5.6), or OPTIONS with its methods.
    if (c.req.method === 'OPTIONS') {
      c.header('Allow', allow.join(', '));
      return c.body(null, 204);
    }
    // A route that answers this method and found nothing (`/assets/missing.js`) is a plain 404.
    if (allow.includes(c.req.method === 'HEAD' ? 'GET' : c.req.method)) return notFound();
    c.header('Allow', allow.join(', '));
    return errorResponse(c, new LockstepError('LOCKSTEP_E_METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${c.req.path}: it answers ${allow.join(', ')}`, {
      hint: 'Use one of the methods in the Allow header; see /openapi.json for the routes.',
    }));
  });
  app.onError((err, c) => {
    const e = asLockstepError(err);
    if (e.code === 'LOCKSTEP_E_INTERNAL') ctx.log('error', 'internal error', { requestId: c.get('requestId'), error: e.message, stack: err instanceof Error ? err.stack : undefined });
    if (e.code === 'LOCKSTEP_E_UNAUTHORIZED') c.header('WWW-Authenticate', 'Bearer realm="lockstep"');
    return errorResponse(c, e);
  });
  return app;
}

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * The methods each path answers, from the routes registered (middleware, registered for ALL, is not a route).
 * Hono answers HEAD for every GET route; OPTIONS is answered here. Routes are plain paths and `:param` segments.
 */
function allowedMethods(app: Hono<AppEnv>): (path: string) => string[] {
  let routes: Array<{ method: string; pattern: RegExp }> | undefined;
  return (path) => {
    routes ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({
      method: r.method,
      pattern: new RegExp(`^${r.path.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`),
    }));
    const methods = new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.size === 0) return [];
    if (methods.has('GET')) methods.add('HEAD');
    methods.add('OPTIONS');
    return METHOD_ORDER.filter((m) => methods.has(m));
  };
}
