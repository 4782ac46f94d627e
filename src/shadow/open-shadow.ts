import { LockstepError } from '../core/errors.js';
import { redactUrl } from '../core/redact.js';
import { openLocalShadow } from './local/open-local-shadow.js';
import { PGLITE_MAJOR, openPgliteShadow } from './pglite-shadow.js';
import { openServerShadow } from './server-shadow.js';
import type { Shadow, ShadowOptions } from './types.js';

/**
 * Opens a scratch database for rehearsing migrations:
 * - a new database on the server at `shadowUrl` (postgres://…), or PGlite for pglite://…;
 * - otherwise, when the target's major version (targetVersion) is not PGlite's, a throwaway local server of
 *   that major, falling back to PGlite with a note when no binaries can be had;
 * - otherwise an in-memory PGlite started from a cached template.
 * The caller must dispose() it.
 */
export async function openShadow(options: ShadowOptions = {}): Promise<Shadow> {
  const url = options.shadowUrl;
  if (url && /^postgres(ql)?:\/\//i.test(url)) return openServerShadow(url, { rolesNamed: options.rolesNamed });
  if (url && !/^pglite:\/\//i.test(url)) {
    throw new LockstepError('LOCKSTEP_E_CONFIG', `unsupported shadow URL "${redactUrl(url)}"`, {
      hint: 'Use --shadow-url postgres://user@host:port/db (a server where Lockstep may create databases), pglite://memory, or leave it out.',
    });
  }
  const major = options.targetVersion ? Math.floor(options.targetVersion / 10000) : PGLITE_MAJOR;
  if (url || major === PGLITE_MAJOR) return openPgliteShadow(options);
  try {
    return await openLocalShadow(major, { resolveFrom: options.resolveFrom, download: options.download ?? downloadAllowed(), onEvent: options.onEvent });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const note = `no PostgreSQL ${major} shadow server could be started (${why}); rehearsed in PGlite (PostgreSQL ${PGLITE_MAJOR}) instead: locks, rewrites and timings can differ between major versions. Pass --shadow-url with a PostgreSQL ${major} server for a faithful rehearsal.`;
    options.onEvent?.({ type: 'notice', message: `warning: ${note}` });
    return openPgliteShadow(options, [note]);
  }
}

function downloadAllowed(): boolean {
  return !/^(0|false|no|off)$/i.test(process.env.LOCKSTEP_SHADOW_DOWNLOAD ?? '');
}
