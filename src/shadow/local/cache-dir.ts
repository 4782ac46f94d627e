/**
 * Where Lockstep keeps what it downloads or builds once per machine for throwaway shadow servers: PostgreSQL
 * server binaries (per major version) and initialised data directories (per binary version).
 * LOCKSTEP_CACHE_DIR, else $XDG_CACHE_HOME/lockstep, else ~/.cache/lockstep. As root the default is under the
 * OS temp directory instead: the server runs as an unprivileged user, which cannot enter /root.
 */
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOCKSTEP_CACHE_DIR) return env.LOCKSTEP_CACHE_DIR;
  if (process.getuid?.() === 0) return join(tmpdir(), 'lockstep-cache');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'lockstep');
}
