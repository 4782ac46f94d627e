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
    const given = body.env ?? c.req.query('env');
    const sql = body.sql;
    if (sql !== undefined) {
      const path = body.path ?? 'request.sql';
      // Without an environment (several served, none named) the SQL is linted statically, as `lockstep lint` without
      // a database; with one, as `lockstep lint --env <it>`: its settings and its database's facts.
      if (given === undefined && ctx.pool.environments.length !== 1) return c.json(await lintSqlText(ctx.config, sql, path));
      const env = chooseEnvironment(c, ctx, 'read', given);
      return c.json(await ctx.pool.read(env, (m) => m.lintSql(sql, path)));
    }
    const env = chooseEnvironment(c, ctx, 'read', given);
    return c.json(await ctx.pool.read(env, lintPending));
  });
}
