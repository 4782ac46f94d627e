/** Two environments on real PostgreSQL (dev, and prod protected), a migrations folder, tokens, and the app. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { resolveConfig, type FileConfig, type ResolvedConfig } from '../../src/config/index.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv, ServerContext } from '../../src/http/server-context.js';
import { createServerContext, type ServeOptions } from '../../src/http/start-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { tempProject, type TempProject } from '../support/fixtures.js';

export const TOKENS = {
  read: 'read-token-0123456789abcdef',
  applyDev: 'apply-dev-token-0123456789abcdef',
  applyAll: 'apply-all-token-0123456789abcdef',
  /** Reads dev only. */
  readDev: 'read-dev-token-0123456789abcdef',
} as const;

export interface TwoEnvironments {
  readonly dev: TestDatabase;
  readonly prod: TestDatabase;
  readonly project: TempProject;
  readonly config: ResolvedConfig;
  readonly ctx: ServerContext;
  readonly app: Hono<AppEnv>;
  /** Every log line the server wrote. */
  readonly logs: string[];
  close(): Promise<void>;
}

export async function twoEnvironments(label: string, migrations: Readonly<Record<string, string>>, extra: Partial<FileConfig> = {}, opts: ServeOptions = {}): Promise<TwoEnvironments> {
  const [dev, prod] = await Promise.all([createTestDatabase(`${label}_dev`), createTestDatabase(`${label}_prod`)]);
  const project = tempProject(migrations);
  const file: FileConfig = {
    environments: { dev: { url: dev.url }, prod: { url: prod.url, protected: true } },
    serve: {
      tokens: [
        { name: 'reader', token: TOKENS.read, scope: 'read', environments: ['*'] },
        { name: 'deployer-dev', token: TOKENS.applyDev, scope: 'apply', environments: ['*'] },
        { name: 'deployer-prod', token: TOKENS.applyAll, scope: 'apply', environments: ['dev', 'prod'] },
        { name: 'dev-reader', token: TOKENS.readDev, scope: 'read', environments: ['dev'] },
      ],
      maxBodyBytes: 4096,
    },
    ...extra,
  };
  writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify(file, null, 2));
  const config = await resolveConfig({ cwd: project.root }, {});
  const logs: string[] = [];
  const ctx = createServerContext(config, { log: (level, msg, fields) => void logs.push(JSON.stringify({ level, msg, ...fields })), env: {}, ...opts });
  return {
    dev, prod, project, config, ctx, app: createApp(ctx), logs,
    async close() {
      await ctx.pool.close();
      await ctx.alerts.idle();
      await Promise.all([dev.drop(), prod.drop()]);
      project.cleanup();
    },
  };
}

export function bearer(token: string, more: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${token}`, ...more };
}

export function post(body: unknown, token: string, more: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: bearer(token, { 'content-type': 'application/json', ...more }), body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** The value of one Prometheus sample, 0 when absent. */
export function sample(metrics: string, name: string, labels: string): number {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
