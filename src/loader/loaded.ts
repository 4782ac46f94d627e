import { isLockstepError, type LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';

/** A file or directory in the migrations directory whose name carries a version. */
export interface VersionedEntry {
  readonly version: string;
  readonly name: string;
  readonly absolute: string;
  /** As shown to users: relative to cwd when inside it. */
  readonly display: string;
}

/** What one entry produced: a migration, or the problems that stopped it (or both are absent: ignored). */
export interface Loaded {
  readonly migration?: MigrationFile | undefined;
  /** The version this entry occupies, for duplicate detection even when the entry itself has problems. */
  readonly claim?: { readonly version: string; readonly path: string } | undefined;
  readonly errors: readonly LockstepError[];
}

/** Runs `fn`, moving a thrown LockstepError into `errors` (anything else is a bug and propagates). */
export async function collecting<T>(errors: LockstepError[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (!isLockstepError(err)) throw err;
    errors.push(err);
    return undefined;
  }
}
