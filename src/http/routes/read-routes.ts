/** Read-only routes: health, environments, status, history and the all-environments matrix. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { statusAllEnvironments, type StatusReport } from '../../api/index.js';
import { LOCKSTEP_VERSION } from '../../core/version-info.js';
import { LockstepError } from '../../core/errors.js';
import { allows } from '../auth.js';
import { chooseEnvironment } from '../environment-param.js';
import type { AppEnv, ServerContext } from '../server-context.js';

const historyQuery = z.object({
  version: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** Status doubles as the drift check: an applied migration whose file changed raises the drift alert. */
export function noteStatus(ctx: ServerContext, env: string, report: StatusReport): void {
  ctx.metrics.setPending(env, report.summary.pending);
  ctx.metrics.setReachable(env, true);
  ctx.alerts.drift(env, report.migrations.filter((m) => m.changed).map((m) => m.version));
}

export function registerReadRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/health', (c) => c.json({ ok: true, version: LOCKSTEP_VERSION }));

  app.get('/v1/environments', (c) => {
    const who = c.get('principal');
    const environments = ctx.pool.environments
      .filter((e) => allows(who, 'read', e.name, e.protected))
      .map((e) => ({ name: e.name, protected: e.protected, canApply: allows(who, 'apply', e.name, e.protected) }));
    return c.json({ environments });
  });

  app.get('/v1/status', async (c) => {
    const env = chooseEnvironment(c, ctx, 'read', c.req.query('env'));
    try {
      const report = await ctx.pool.read(env, (m) => m.status());
      noteStatus(ctx, env, report);
      return c.json(report);
    } catch (err) {
      ctx.metrics.setReachable(env, false);
      throw err;
    }
  });

  app.get('/v1/history', async (c) => {
    const env = chooseEnvironment(c, ctx, 'read', c.req.query('env'));
    const q = historyQuery.safeParse({ version: c.req.query('version'), limit: c.req.query('limit') });
    if (!q.success) throw new LockstepError('LOCKSTEP_E_USAGE', `invalid query: ${q.error.issues[0]?.path.join('.')}: ${q.error.issues[0]?.message}`, { hint: 'limit is a whole number from 1 to 10000.' });
    return c.json(await ctx.pool.read(env, (m) => m.history(q.data)));
  });

  registerMatrixRoute(app, ctx);
}

/** The dashboard's data: every environment this token may read, and the lint findings of what is pending. */
function registerMatrixRoute(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.get('/v1/matrix', async (c) => {
    const who = c.get('principal');
    const only = ctx.pool.environments.filter((e) => allows(who, 'read', e.name, e.protected)).map((e) => e.name);
    const matrix = await statusAllEnvironments(ctx.config, { only, eventLimit: 200, open: (name, fn) => ctx.pool.read(name, fn) });
    for (const e of matrix.environments) ctx.metrics.setReachable(e.name, e.error === null);
    const pending = new Set(matrix.migrations.filter((r) => Object.values(r.cells).some((x) => x.state !== 'applied' && x.state !== 'ignored')).map((r) => r.version));
    const reader = matrix.environments.find((e) => e.error === null)?.name;
    // Every environment reads the same directory, so one environment's migrator lints the files for all.
    const lint = reader && pending.size > 0 ? await ctx.pool.read(reader, (m) => m.lintMigrations(pending)).catch(() => ({})) : {};
    return c.json({ ...matrix, lint });
  });
}
