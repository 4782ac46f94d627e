/** What a migrations folder (or several read as one sequence) holds, as its tool would read it. */
import type { LockstepError } from '../core/errors.js';
import type { MigrationFile, Tool } from '../core/types.js';

/** A file or folder in a migrations folder that is not a migration, and why (listed once, never an error). */
export interface IgnoredFile {
  readonly path: string;
  readonly why: string;
}

/** A file that should have been a migration but could not be read as one. */
export interface LoadProblem {
  /** The migration it would have been, when its name says so (so `status` can place it). */
  readonly id?: string | undefined;
  readonly version?: string | undefined;
  readonly error: LockstepError;
}

export interface Project {
  /** Whose conventions the folder follows. */
  readonly tool: Tool;
  /** Why: the file that showed it, or "layout setting". */
  readonly detectedFrom: string;
  /** The folders read, as shown to users. */
  readonly dirs: readonly string[];
  /** Every migration, in the order its tool applies them. */
  readonly migrations: readonly MigrationFile[];
  readonly problems: readonly LoadProblem[];
  readonly ignored: readonly IgnoredFile[];
}
