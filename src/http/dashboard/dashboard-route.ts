/**
 * The dashboard: three static files read once at start-up and served from memory. The page holds no data;
 * its script asks /v1/matrix (and /v1/plan on request) with the token the user types (kept in
 * sessionStorage). Nothing is loaded from another origin, and the Content-Security-Policy says so.
 */
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';
import type { AppEnv } from '../server-context.js';

/** Next to this module in src/ (tests) and in dist/ (copied there by copy-assets.ts during `npm run build`). */
export const PUBLIC_DIR = new URL('./public/', import.meta.url);

export const DASHBOARD_FILES = {
  'index.html': 'text/html; charset=utf-8',
  'dashboard.js': 'text/javascript; charset=utf-8',
  'dashboard.css': 'text/css; charset=utf-8',
} as const;

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function registerDashboard(app: Hono<AppEnv>): void {
  const files = new Map(Object.entries(DASHBOARD_FILES).map(([name, type]) => [name, { body: readFileSync(new URL(name, PUBLIC_DIR), 'utf8'), type }]));
  const send = (name: string) => {
    const f = files.get(name);
    return f
      ? new Response(f.body, { headers: { 'content-type': f.type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' } })
      : undefined;
  };
  app.get('/', () => send('index.html') as Response);
  app.get('/assets/:file', (c) => send(c.req.param('file')) ?? c.notFound());
}
