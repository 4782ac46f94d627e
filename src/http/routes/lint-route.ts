/** POST /v1/lint: `{ "sql": "…", "path"?: "…" }` lints posted SQL; `{ "env": "…" }` lints that environment's pending migrations. */
import type { Hono } from 'hono';
import { z } from 'zod';
import { chooseEnvironment } from '../environment-param.js';
import { readJson } from '../http-error.js';
import { lintSqlText } from '../../api/index.js';
import { lintPending } from '../lint-pending.js';
import type { AppEnv, ServerContext } from '../server-context.js';

const lintBody = z.strictObject({
  sql: z.string().optional(),
  path: z.string().min(1).max(500).optional(),
  env: z.string().min(1).optional(),
});

export function registerLintRoute(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/lint', async (c) => {
    const body = await readJson(c, lintBody);
    if (body.sql !== undefined) return c.json(await lintSqlText(ctx.config, body.sql, body.path ?? 'request.sql'));
    const env = chooseEnvironment(c, ctx, 'read', body.env ?? c.req.query('env'));
    return c.json(await ctx.pool.read(env, lintPending));
  });
}
