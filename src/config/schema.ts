import { z } from 'zod';
import { MAX_DURATION_MS, parseDuration } from '../core/duration.js';

const DURATION_TEXT = /^\s*\d+(\.\d+)?\s*(ms|s|m|min|h)?\s*$/i;

/** A duration's range; text that is not a duration at all is the pattern's problem, reported once. */
const withinRange = (text: string): boolean => {
  if (!DURATION_TEXT.test(text)) return true;
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
};

/** A duration: "100ms", "5s", "2m", or a number of milliseconds; at most MAX_DURATION_MS (about 24 days). */
export const durationSchema = z.union([
  z.number().nonnegative().max(MAX_DURATION_MS, `expected at most ${MAX_DURATION_MS} milliseconds (about 24 days)`),
  z.string()
    .regex(DURATION_TEXT, 'expected a duration such as 100ms, 5s or 2m')
    .refine(withinRange, `expected a duration of at most ${MAX_DURATION_MS}ms (about 24 days)`),
]);

const severity = z.enum(['off', 'error', 'warning', 'info']);

const environmentObjectSchema = z.strictObject({
  /** A postgres:// URL, or the name of an environment variable holding one. */
  url: z.string().min(1),
  protected: z.boolean().optional(),
  lockTimeout: durationSchema.optional(),
  statementTimeout: durationSchema.optional(),
  lockRetries: z.number().int().nonnegative().optional(),
});

/**
 * An environment: a URL (or env variable name) string, or an object. A string is shorthand for { url }.
 * A union (not a preprocess step) so that the input type and the generated JSON Schema show both forms.
 */
export const environmentSchema = z
  .union([z.string().min(1), environmentObjectSchema])
  .transform((v) => (typeof v === 'string' ? { url: v } : v));

/** A bearer token of `lockstep serve`: the secret itself (at least 16 characters) or the variable holding it. */
export const serveTokenSchema = z
  .strictObject({
    /** Shown in logs instead of the secret. */
    name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'token names are letters, digits, ., - and _'),
    token: z.string().min(16, 'a token needs at least 16 characters').optional(),
    tokenEnv: z.string().min(1).optional(),
    scope: z.enum(['read', 'apply']),
    /** Environment names, or "*" for every unprotected one (a protected environment must be named). */
    environments: z.array(z.string().min(1)).min(1),
  })
  .refine((t) => (t.token === undefined) !== (t.tokenEnv === undefined), 'give exactly one of "token" or "tokenEnv"');

export const alertEventSchema = z.enum(['failure', 'long-run', 'drift']);

/** A size: "64MB", "512kB", or a number of bytes. */
export const bytesSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*(b|kb|mb|gb)?\s*$/i, 'expected a size such as 64MB')]);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A weekly maintenance window; an end at or before the start ends on the next day. */
export const maintenanceWindowSchema = z.strictObject({
  days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected HH:MM'),
  timezone: z.string().refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin'),
  /** Protected environments it applies to (default: every protected one). */
  environments: z.array(z.string().min(1)).optional(),
});

/** Checks before migrating (docs/zero-downtime.md#pre-flight). */
export const preflightSchema = z.strictObject({
  longTransaction: durationSchema.optional(),
  idleInTransaction: durationSchema.optional(),
  maxReplicaLag: bytesSchema.optional(),
  maintenanceWindows: z.array(maintenanceWindowSchema).optional(),
  backupCheck: z
    .strictObject({
      /** Program and arguments, run without a shell. */
      command: z.array(z.string().min(1)).min(1),
      timeout: durationSchema.optional(),
      environments: z.array(z.string().min(1)).optional(),
    })
    .optional(),
});

/** A fleet: many targets migrated as one rollout (docs/fleets.md). URLs are URLs or the names of variables holding one. */
export const fleetSchema = z.strictObject({
  /** Target lines: `<url>`, `<url> <schema>`, or `<schema>` (a schema in the config's database). */
  targets: z.array(z.string().min(1)).optional(),
  /** A file of target lines, relative to the config file's folder. */
  targetsFile: z.string().min(1).optional(),
  /** SQL run on `controlUrl` returning the targets: columns `url` and/or `schema`. */
  targetsQuery: z.string().min(1).optional(),
  controlUrl: z.string().min(1).optional(),
  /** The coordinator database shared by every runner of the fleet (claims and leases). */
  coordinator: z.string().min(1).optional(),
  concurrency: z.number().int().positive().optional(),
  canary: z.number().int().nonnegative().optional(),
  maxFailures: z.number().int().positive().optional(),
  lease: durationSchema.optional(),
});

/** The configuration file (lockstep.config.* or package.json#lockstep). Unknown keys are errors (typos). */
export const fileConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  dir: z.string().min(1).optional(),
  /** Several folders read as one sequence (Flyway's locations); `dir` is the first. */
  dirs: z.array(z.string().min(1)).min(1).optional(),
  url: z.string().min(1).optional(),
  /**
   * The URL Lockstep migrates through when `url` goes through a transaction pool (PgBouncer, RDS Proxy, Supavisor):
   * a direct or session-pooled one, as Prisma's directUrl. The application keeps using `url`.
   */
  directUrl: z.string().min(1).optional(),
  env: z.string().min(1).optional(),
  historySchema: z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'expected a plain identifier').optional(),
  environments: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'environment names are letters, digits, - and _'), environmentSchema).optional(),
  lockWait: durationSchema.optional(),
  lockTimeout: durationSchema.optional(),
  /** The first attempt's lock_timeout (docs/zero-downtime.md); 0 starts every attempt at lockTimeout. */
  initialLockTimeout: durationSchema.optional(),
  statementTimeout: durationSchema.optional(),
  lockRetries: z.number().int().nonnegative().optional(),
  retryDeadline: durationSchema.optional(),
  /** How long a module migration's up()/down() may run before it is stopped and rolled back (0: no limit). */
  moduleTimeout: durationSchema.optional(),
  /** idle_in_transaction_session_timeout while a module migration runs (0: the server's own setting). */
  idleInTransactionTimeout: durationSchema.optional(),
  allowOutOfOrder: z.boolean().optional(),
  /**
   * Whose conventions the folder follows (default: detected from it), or, for Lockstep's own layout, the file shape
   * `lockstep create` writes.
   */
  layout: z.enum(['auto', 'lockstep', 'golang-migrate', 'goose', 'sql-migrate', 'dbmate', 'node-pg-migrate', 'diesel', 'prisma', 'drizzle', 'flyway', 'single-file', 'pair', 'directory', 'module']).optional(),
  /** Globs, relative to the migrations folder, of files and folders that are not migrations. */
  ignore: z.array(z.string().min(1)).optional(),
  /** Flyway `${name}` placeholders. */
  placeholders: z.record(z.string(), z.string()).optional(),
  /** Flyway's baselineMigrationPrefix: the file name prefix of baseline migrations (default `B`). */
  baselineMigrationPrefix: z.string().min(1).regex(/^[^/\\]+$/).optional(),
  /**
   * Which migrations must have a down part (the require-down lint rule): `new` (default) those after
   * `adoptedThrough`, or all when it is unset; `all`; `none`.
   */
  requireDown: z.enum(['new', 'all', 'none']).optional(),
  /** The last migration that existed when the project adopted Lockstep (written by `lockstep adopt` and `init`). */
  adoptedThrough: z.string().min(1).optional(),
  /** Server for plan/test/drift rehearsals (a scratch database is created there); default: embedded PGlite. */
  shadowUrl: z.string().min(1).optional(),
  fleets: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'fleet names are letters, digits, - and _'), fleetSchema).optional(),
  serve: z
    .strictObject({
      host: z.string().min(1).optional(),
      port: z.number().int().min(0).max(65535).optional(),
      tokens: z.array(serveTokenSchema).optional(),
      maxBodyBytes: z.number().int().positive().optional(),
    })
    .optional(),
  alerts: z
    .strictObject({
      /** Slack-compatible incoming webhooks; `url` is a URL or the name of a variable holding one. */
      webhooks: z.array(z.strictObject({ url: z.string().min(1), events: z.array(alertEventSchema).min(1).optional() })).optional(),
      longRunThreshold: durationSchema.optional(),
      retries: z.number().int().min(0).max(10).optional(),
    })
    .optional(),
  preflight: preflightSchema.optional(),
  lint: z
    .strictObject({
      rules: z.record(z.string(), severity).optional(),
      pgVersion: z.number().int().min(9).max(30).optional(),
      sizeThreshold: z.strictObject({ rows: z.number().nonnegative().optional(), bytes: z.number().nonnegative().optional() }).optional(),
      failOn: z.enum(['error', 'warning', 'info', 'none']).optional(),
      /** How the linted SQL runs: as `lockstep up` runs it (default), autocommit (psql -f), one transaction per file. */
      execution: z.enum(['lockstep', 'autocommit', 'transaction']).optional(),
      unqualifiedNames: z.boolean().optional(),
    })
    .optional(),
});

export type FileConfig = z.infer<typeof fileConfigSchema>;
/** What a config file may say, before defaults and shorthands are applied (the type `defineConfig` checks). */
export type LockstepConfig = z.input<typeof fileConfigSchema>;
export type EnvironmentConfig = z.infer<typeof environmentSchema>;
export type ServeTokenConfig = z.infer<typeof serveTokenSchema>;
export type AlertEvent = z.infer<typeof alertEventSchema>;
export type FleetConfig = z.infer<typeof fleetSchema>;
export type PreflightConfig = z.infer<typeof preflightSchema>;
export type MaintenanceWindowConfig = z.infer<typeof maintenanceWindowSchema>;
