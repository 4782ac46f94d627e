/**
 * Bearer tokens of `lockstep serve`. Each token has a scope (`read` ⊂ `apply`) and the environments it may
 * touch; "*" covers every environment except protected ones, which a token must name to apply there.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ResolvedConfig } from '../api/index.js';
import { serveTokenSchema, type ServeTokenConfig } from '../config/schema.js';
import { LockstepError } from '../core/errors.js';

export type Scope = 'read' | 'apply';

export interface ApiToken {
  readonly name: string;
  readonly scope: Scope;
  readonly environments: readonly string[];
  /** sha256 of the secret: the secret itself is not kept. */
  readonly digest: Buffer;
}

export interface Principal {
  readonly name: string;
  readonly scope: Scope;
  readonly environments: readonly string[];
}

/** The principal of a server started with --no-auth (loopback only). */
export const ANONYMOUS: Principal = { name: 'anonymous (--no-auth)', scope: 'apply', environments: ['*'] };

const digest = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

function fromSpec(spec: ServeTokenConfig, env: NodeJS.ProcessEnv, where: string): ApiToken {
  const secret = spec.token ?? env[(spec.tokenEnv ?? '').replace(/^\$/, '')];
  if (!secret || secret.length < 16) {
    throw new LockstepError('LOCKSTEP_E_CONFIG', `${where}: token "${spec.name}": ${spec.token === undefined ? `variable ${spec.tokenEnv} is unset or shorter than 16 characters` : 'shorter than 16 characters'}`, {
      hint: 'Give every token at least 16 random characters, e.g. `openssl rand -hex 32`.',
    });
  }
  return { name: spec.name, scope: spec.scope, environments: spec.environments, digest: digest(secret) };
}

/** Tokens from `serve.tokens` in the config file and from LOCKSTEP_TOKENS (a JSON array of the same objects). */
export function loadTokens(config: ResolvedConfig, env: NodeJS.ProcessEnv = process.env): ApiToken[] {
  const tokens = (config.file.serve?.tokens ?? []).map((t) => fromSpec(t, env, 'serve.tokens'));
  const raw = env.LOCKSTEP_TOKENS;
  if (raw !== undefined && raw.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new LockstepError('LOCKSTEP_E_CONFIG', 'LOCKSTEP_TOKENS is not valid JSON', { hint: 'Set it to a JSON array: [{"name":"ci","token":"…","scope":"apply","environments":["staging"]}].' });
    }
    const checked = z.array(serveTokenSchema).safeParse(parsed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new LockstepError('LOCKSTEP_E_CONFIG', `LOCKSTEP_TOKENS: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`, { hint: 'Each entry needs name, token (or tokenEnv), scope ("read" or "apply") and environments.' });
    }
    tokens.push(...checked.data.map((t) => fromSpec(t, env, 'LOCKSTEP_TOKENS')));
  }
  const names = tokens.map((t) => t.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new LockstepError('LOCKSTEP_E_CONFIG', `two tokens are named "${dup}"`, { hint: 'Token names appear in logs; give each token its own.' });
  return tokens;
}

/**
 * Finds the token matching `Authorization: Bearer <secret>`. Both sides are compared as sha256 digests
 * (equal length) with timingSafeEqual, and every token is compared, so timing reveals neither the secret
 * nor which token matched.
 */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): Principal {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m?.[1]) {
    throw new LockstepError('LOCKSTEP_E_UNAUTHORIZED', 'missing bearer token', { hint: 'Send `Authorization: Bearer <token>` with a token from serve.tokens or LOCKSTEP_TOKENS.' });
  }
  const presented = digest(m[1]);
  let found: ApiToken | undefined;
  for (const t of tokens) if (timingSafeEqual(presented, t.digest) && !found) found = t;
  if (!found) throw new LockstepError('LOCKSTEP_E_UNAUTHORIZED', 'unknown bearer token', { hint: 'Check the token; it is compared with serve.tokens and LOCKSTEP_TOKENS.' });
  return { name: found.name, scope: found.scope, environments: found.environments };
}

/** May `who` read (or apply to) `environment`? A protected environment must be named for apply. */
export function allows(who: Principal, scope: Scope, environment: string, isProtected: boolean): boolean {
  if (scope === 'apply' && who.scope !== 'apply') return false;
  if (who.environments.includes(environment)) return true;
  return who.environments.includes('*') && !(scope === 'apply' && isProtected && who !== ANONYMOUS);
}

export function authorize(who: Principal, scope: Scope, environment: string, isProtected: boolean): void {
  if (allows(who, scope, environment, isProtected)) return;
  if (scope === 'apply' && who.scope === 'apply' && isProtected) {
    throw new LockstepError('LOCKSTEP_E_PROTECTED_ENV', `token "${who.name}" may not apply to protected environment "${environment}"`, {
      hint: `Use an apply token whose "environments" lists "${environment}" by name ("*" does not cover protected environments).`,
    });
  }
  throw new LockstepError('LOCKSTEP_E_FORBIDDEN', `token "${who.name}" (${who.scope}) may not ${scope === 'apply' ? 'apply to' : 'read'} environment "${environment}"`, {
    hint: scope === 'apply' && who.scope === 'read' ? 'This needs a token with scope "apply".' : `Use a token whose "environments" include "${environment}".`,
  });
}
