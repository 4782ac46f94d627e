/**
 * Starting and stopping `lockstep serve`. Without tokens the server refuses to start, unless it is bound to
 * a loopback address and started with --no-auth (a developer's own machine).
 */
import { isIP } from 'node:net';
import { serve } from '@hono/node-server';
import { createAlerter } from '../alerts/index.js';
import type { DeliveryOptions } from '../alerts/index.js';
import type { ResolvedConfig } from '../api/index.js';
import { LockstepError } from '../core/errors.js';
import { createRunMetrics } from '../metrics/index.js';
import { createApp } from './app.js';
import { loadTokens } from './auth.js';
import { jsonLogger, type Logger } from './logger.js';
import { createMigratorPool } from './migrator-pool.js';
import { DEFAULT_MAX_BODY_BYTES, type ServerContext } from './server-context.js';

export interface ServeOptions {
  readonly host?: string | undefined;
  readonly port?: number | undefined;
  readonly noAuth?: boolean | undefined;
  readonly log?: Logger | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  /** Webhook retry timing (tests shorten it). */
  readonly delivery?: DeliveryOptions | undefined;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly context: ServerContext;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

/** Builds everything the app needs, checking the auth rules; no socket is opened. */
export function createServerContext(config: ResolvedConfig, opts: ServeOptions = {}): ServerContext {
  const host = opts.host ?? config.file.serve?.host ?? '127.0.0.1';
  const log = opts.log ?? jsonLogger();
  const tokens = loadTokens(config, opts.env);
  if (opts.noAuth && !isLoopback(host)) {
    throw new LockstepError('LOCKSTEP_E_CONFIG', `--no-auth is only allowed on a loopback address, not ${host}`, {
      hint: 'Bind to 127.0.0.1 (--host 127.0.0.1), or configure tokens (serve.tokens or LOCKSTEP_TOKENS) and drop --no-auth.',
    });
  }
  if (!opts.noAuth && tokens.length === 0) {
    throw new LockstepError('LOCKSTEP_E_CONFIG', 'lockstep serve needs at least one bearer token', {
      hint: 'Add serve.tokens to the config or set LOCKSTEP_TOKENS (see docs/http.md); on your own machine, `lockstep serve --no-auth` binds to 127.0.0.1 without tokens.',
    });
  }
  const ctx: ServerContext = {
    config,
    pool: createMigratorPool(config),
    tokens,
    noAuth: opts.noAuth === true,
    maxBodyBytes: config.file.serve?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    metrics: createRunMetrics(),
    alerts: createAlerter(config, log, { ...(opts.env ? { env: opts.env } : {}), ...(opts.delivery ? { delivery: opts.delivery } : {}) }),
    log,
    shutdown: new AbortController(),
  };
  refreshOnScrape(ctx);
  return ctx;
}

/** Refreshes the pending gauge of every environment on each scrape; an unreachable one reads as down. */
function refreshOnScrape(ctx: ServerContext): void {
  ctx.metrics.onScrape(async () => {
    await Promise.all(ctx.pool.environments.map(async (e) => {
      try {
        const s = await ctx.pool.read(e.name, (m) => m.status());
        ctx.metrics.setPending(e.name, s.summary.pending);
        ctx.metrics.setReachable(e.name, true);
      } catch {
        ctx.metrics.setReachable(e.name, false);
      }
    }));
  });
}

export async function startServer(config: ResolvedConfig, opts: ServeOptions = {}): Promise<RunningServer> {
  const ctx = createServerContext(config, opts);
  const host = opts.host ?? config.file.serve?.host ?? '127.0.0.1';
  const app = createApp(ctx);
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? config.file.serve?.port ?? 8080 }, (info) => resolve({ server: s, port: info.port }));
    s.once('error', reject);
  });
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  ctx.log('info', 'listening', { url, environments: ctx.pool.environments.map((e) => e.name), auth: ctx.noAuth ? 'none (--no-auth, loopback)' : `${ctx.tokens.length} token(s)` });
  return {
    url,
    port,
    context: ctx,
    async close() {
      // Runs in progress cancel their statement and roll back; the server answers them, then stops.
      ctx.shutdown.abort(new Error('the server is shutting down'));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.pool.close();
      await ctx.alerts.idle();
    },
  };
}
