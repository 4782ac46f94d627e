/** Everything the routes of `lockstep serve` share. Built once per server; tests build it directly. */
import type { Alerter } from '../alerts/index.js';
import type { ResolvedConfig } from '../api/index.js';
import type { RunMetrics } from '../metrics/index.js';
import type { ApiToken, Principal } from './auth.js';
import type { Logger } from './logger.js';
import type { MigratorPool } from './migrator-pool.js';

export interface ServerContext {
  readonly config: ResolvedConfig;
  readonly pool: MigratorPool;
  readonly tokens: readonly ApiToken[];
  /** Loopback-only servers started with --no-auth: every request is ANONYMOUS. */
  readonly noAuth: boolean;
  readonly maxBodyBytes: number;
  readonly metrics: RunMetrics;
  readonly alerts: Alerter;
  readonly log: Logger;
  /**
   * Aborted when the server shuts down: runs in progress cancel their statement in flight and roll back (as the
   * CLI does on SIGTERM), instead of being cut off by the SIGKILL that follows a shutdown grace period.
   */
  readonly shutdown: AbortController;
}

/** Hono's per-request variables. */
export interface AppEnv {
  Variables: {
    requestId: string;
    principal: Principal;
    /** The environment the request is about, once chosen (for the access log). */
    env: string | undefined;
  };
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
