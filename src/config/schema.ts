import { z } from 'zod';

/** A duration: "100ms", "5s", "2m", or a number of milliseconds. */
export const durationSchema = z.union([z.number().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|min|h)?\s*$/i, 'expected a duration such as 100ms, 5s or 2m')]);

const severity = z.enum(['off', 'error', 'warning', 'info']);

/** An environment: a URL (or env variable name) string, or an object. A string is shorthand for { url }. */
export const environmentSchema = z.preprocess(
  (v) => (typeof v === 'string' ? { url: v } : v),
  z.strictObject({
    /** A postgres:// URL, or the name of an environment variable holding one. */
    url: z.string().min(1),
    protected: z.boolean().optional(),
    lockTimeout: durationSchema.optional(),
    statementTimeout: durationSchema.optional(),
    lockRetries: z.number().int().nonnegative().optional(),
  }),
);

/** The configuration file (lockstep.config.* or package.json#lockstep). Unknown keys are errors (typos). */
export const fileConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  dir: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  env: z.string().min(1).optional(),
  historySchema: z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'expected a plain identifier').optional(),
  environments: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'environment names are letters, digits, - and _'), environmentSchema).optional(),
  lockWait: durationSchema.optional(),
  lockTimeout: durationSchema.optional(),
  statementTimeout: durationSchema.optional(),
  lockRetries: z.number().int().nonnegative().optional(),
  retryDeadline: durationSchema.optional(),
  allowOutOfOrder: z.boolean().optional(),
  layout: z.enum(['single-file', 'pair', 'directory', 'module']).optional(),
  lint: z
    .strictObject({
      rules: z.record(z.string(), severity).optional(),
      pgVersion: z.number().int().min(9).max(30).optional(),
      sizeThreshold: z.strictObject({ rows: z.number().nonnegative().optional(), bytes: z.number().nonnegative().optional() }).optional(),
      failOn: z.enum(['error', 'warning', 'info', 'none']).optional(),
      unqualifiedNames: z.boolean().optional(),
    })
    .optional(),
});

export type FileConfig = z.infer<typeof fileConfigSchema>;
export type EnvironmentConfig = z.infer<typeof environmentSchema>;
