import { resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import type { Database } from './port.js';
import { PgDatabase } from './pg/pg-database.js';
import { PgliteDatabase } from './pglite/pglite-database.js';

/** Where the embedded default keeps its data when no URL is configured. */
export const DEFAULT_PGLITE_DIR = '.lockstep/dev';

/**
 * postgres://… or postgresql://… → a server through `pg`;
 * pglite://memory → in-memory PGlite; pglite://<path> → PGlite with data in <path>;
 * undefined → PGlite in .lockstep/dev (relative to cwd).
 */
export function openDatabase(url: string | undefined, cwd = process.cwd(), options: { lockWaitMs?: number } = {}): Database {
  if (url === undefined || url === '') return new PgliteDatabase(resolve(cwd, DEFAULT_PGLITE_DIR), options);
  if (/^postgres(ql)?:\/\//i.test(url)) return new PgDatabase(url);
  if (/^pglite:\/\//i.test(url)) {
    const rest = url.slice('pglite://'.length);
    return new PgliteDatabase(rest === 'memory' || rest === '' ? undefined : resolve(cwd, rest), options);
  }
  throw new LockstepError('LOCKSTEP_E_CONFIG', `unsupported database URL scheme in "${url.replace(/:[^:@/]*@/, ':***@')}"`, {
    hint: 'Use postgres://user@host:port/db, pglite://memory or pglite://<directory>.',
  });
}
