import type { Database } from '../db/port.js';

/** A scratch database where migrations are rehearsed; dispose() removes every trace of it. */
export interface Shadow {
  readonly db: Database;
  readonly kind: 'pglite' | 'server';
  /** Milliseconds from openShadow() until the shadow answered its first query. */
  readonly startMs: number;
  /** The scratch database's name on a server ("lockstep_shadow_<hex>"), or "pglite://memory". */
  readonly name: string;
  /** PGlite only: started from the cached initialised template rather than by running initdb. */
  readonly fromTemplate: boolean;
  /** Closes the shadow and drops it. Safe to call more than once. */
  dispose(): Promise<void>;
}

export interface ShadowOptions {
  /**
   * A server to create the scratch database on (postgres://...). The URL's user needs CREATEDB;
   * its database is only used to connect. Without it, an in-process PGlite is used.
   */
  readonly shadowUrl?: string;
  /** PGlite only: contrib extensions to make available to CREATE EXTENSION (e.g. "pgcrypto", "uuid-ossp"). */
  readonly extensions?: readonly string[];
  /** PGlite only: where the initialised template is cached. Default: the OS temp directory. */
  readonly cacheDir?: string;
}
