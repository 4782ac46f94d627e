/**
 * Fleets in the service: the configured fleets with their last rollout, and one fleet's targets × migrations
 * (what `lockstep fleet status --json` prints). Read scope; a token reads a fleet when its environments list
 * "*" or `fleet:<name>`. Rollouts themselves are run by `lockstep fleet up` (a deploy job), not by the service.
 */
import type { Hono } from 'hono';
import { fleetStatus, lastRollouts, resolveFleet } from '../../fleet/index.js';
import { authorize } from '../auth.js';
import type { AppEnv, ServerContext } from '../server-context.js';

export function registerFleetRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/v1/fleets', async (c) => {
    const who = c.get('principal');
    const names = Object.keys(ctx.config.file.fleets ?? {}).filter((name) => {
      try {
        authorize(who, 'read', `fleet:${name}`, false);
        return true;
      } catch {
        return false;
      }
    });
    return c.json({ fleets: await lastRollouts(ctx.config, names) });
  });

  app.get('/v1/fleets/:name', async (c) => {
    const name = c.req.param('name');
    authorize(c.get('principal'), 'read', `fleet:${name}`, false);
    const spec = await resolveFleet(ctx.config, { fleet: name });
    const status = await fleetStatus(ctx.config, spec);
    ctx.metrics.observeFleet(status);
    return c.json(status);
  });
}
