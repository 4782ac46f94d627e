/** Request ids and access logs, body limits and bearer auth. */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routePath } from 'hono/route';
import { LockstepError } from '../core/errors.js';
import { ANONYMOUS, authenticate } from './auth.js';
import type { AppEnv, ServerContext } from './server-context.js';

/** An incoming X-Request-Id is kept when it is short and plain (it is echoed and logged). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * One JSON log line per request: id, method, route, status, duration, token name and environment.
 * The query string is not logged as is (only `env`), nor any header, so a secret sent by mistake never reaches the log.
 */
export function requestLog(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routePath(c, -1);
    ctx.metrics.observeRequest(c.req.method, route, c.res.status, seconds);
    ctx.log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      requestId, method: c.req.method, path: c.req.path, route, status: c.res.status,
      durationMs: Math.round(seconds * 1000), token: c.get('principal')?.name, env: c.get('env'),
    });
  };
}

export function limitBody(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: ctx.maxBodyBytes,
    onError: () => {
      throw new LockstepError('LOCKSTEP_E_PAYLOAD_TOO_LARGE', `the request body is larger than ${ctx.maxBodyBytes} bytes`, {
        hint: 'Send a smaller body, or raise serve.maxBodyBytes in the config.',
      });
    },
  });
}

/** Sets the principal from `Authorization: Bearer …` (or ANONYMOUS under --no-auth); 401 otherwise. */
export function requireToken(ctx: ServerContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', ctx.noAuth ? ANONYMOUS : authenticate(c.req.header('authorization'), ctx.tokens));
    await next();
  };
}
