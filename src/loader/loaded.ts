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

/** The migration an entry would be, known from its name alone (for duplicates, and to place a broken one in `status`). */
export interface Claim {
  readonly id: string;
  readonly version: string;
  readonly path: string;
  /** The migration's place in a journal that orders the folder (drizzle's meta/_journal.json). */
  readonly ordinal?: number | undefined;
  /** The rest of the name after the version, for tools that break version ties by name. */
  readonly name?: string | undefined;
}

/** What one entry produced: a migration, or the problems that stopped it (or both are absent: ignored). */
export interface Loaded {
  readonly migration?: MigrationFile | undefined;
  readonly claim?: Claim | undefined;
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
