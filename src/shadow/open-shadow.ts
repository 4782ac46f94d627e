import { LockstepError } from '../core/errors.js';
import { redactUrl } from '../core/redact.js';
import { openPgliteShadow } from './pglite-shadow.js';
import { openServerShadow } from './server-shadow.js';
import type { Shadow, ShadowOptions } from './types.js';

/**
 * Opens a scratch database for rehearsing migrations: a new database on the server at `shadowUrl`,
 * or, without one (or with pglite://...), an in-memory PGlite started from a cached template.
 * The caller must dispose() it.
 */
export function openShadow(options: ShadowOptions = {}): Promise<Shadow> {
  const url = options.shadowUrl;
  if (url === undefined || url === '' || /^pglite:\/\//i.test(url)) return openPgliteShadow(options);
  if (/^postgres(ql)?:\/\//i.test(url)) return openServerShadow(url);
  return Promise.reject(
    new LockstepError('LOCKSTEP_E_CONFIG', `unsupported shadow URL "${redactUrl(url)}"`, {
      hint: 'Use --shadow-url postgres://user@host:port/db (a server where Lockstep may create databases), or leave it out for the embedded PGlite shadow.',
    }),
  );
}
