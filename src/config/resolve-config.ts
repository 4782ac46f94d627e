import { delimiter, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { LockstepError, throwCollected } from '../core/errors.js';
import { TOOLS, type Tool } from '../core/types.js';
import { checkDurationMs, parseDuration } from '../core/duration.js';
import { parseWholeNumber } from '../core/whole-number.js';
import { DEFAULT_POLICY, type RunPolicy } from '../execution/index.js';
import { readConfigFile, type RawConfigFile } from './config-file.js';
import type { JsonLocator } from './json-locations.js';
import type { FileConfig } from './schema.js';
import { flywayRunPlaceholders } from './flyway-placeholders.js';

/** Options given on the command line (or by a library caller). They win over env and file. */
export interface ConfigOverrides {
  readonly cwd?: string | undefined;
  readonly config?: string | undefined;
  /** One folder, or several read as one sequence. */
  readonly dir?: string | readonly string[] | undefined;
  readonly url?: string | undefined;
  readonly env?: string | undefined;
  readonly historySchema?: string | undefined;
  readonly lockWait?: string | number | undefined;
  readonly lockTimeout?: string | number | undefined;
  readonly initialLockTimeout?: string | number | undefined;
  readonly statementTimeout?: string | number | undefined;
  readonly lockRetries?: number | undefined;
  readonly retryDeadline?: string | number | undefined;
  readonly moduleTimeout?: string | number | undefined;
  readonly idleInTransactionTimeout?: string | number | undefined;
  readonly allowOutOfOrder?: boolean | undefined;
}

export interface ResolvedConfig {
  readonly cwd: string;
  readonly configPath: string | undefined;
  /** The first migrations folder: where `create` writes. */
  readonly dir: string;
  /** Every migrations folder, read as one sequence. */
  readonly dirs: readonly string[];
  /** Whose conventions the folders follow; undefined: detected from them. */
  readonly tool: Tool | undefined;
  /** Globs of files in the folders that are not migrations. */
  readonly ignore: readonly string[];
  readonly placeholders: Readonly<Record<string, string>>;
  /** Flyway's baselineMigrationPrefix; undefined: Flyway's default, `B`. */
  readonly baselineMigrationPrefix?: string | undefined;
  readonly requireDown: 'new' | 'all' | 'none';
  readonly adoptedThrough: string | undefined;
  /** The URL Lockstep connects to (`directUrl` when set; see resolveConfig); undefined → the embedded PGlite default. */
  readonly url: string | undefined;
  /** `url` is the configured directUrl (so a refusal of a transaction pool blames that setting). */
  readonly viaDirectUrl?: boolean | undefined;
  /**
   * Why this run is unattended ("CI is set", "NODE_ENV=production"), or undefined on a developer's machine.
   * There, a missing URL is a missing secret: migrating commands refuse the embedded default (api/context.ts).
   */
  readonly unattended: string | undefined;
  readonly envName: string | null;
  readonly protected: boolean;
  readonly historySchema: string;
  readonly lockWaitMs: number;
  readonly policy: RunPolicy;
  readonly allowOutOfOrder: boolean;
  readonly file: FileConfig;
  /** Server for plan/test/drift rehearsals: LOCKSTEP_SHADOW_URL, else the file's `shadowUrl` (a request or flag may still name another). */
  readonly shadowUrl: string | undefined;
  /** Every configured environment, resolved to URLs (undefined when its variable is unset). */
  readonly environments: Readonly<Record<string, { readonly url: string | undefined; readonly protected: boolean }>>;
  /** What this was resolved from, so configForEnvironment() resolves another environment the same way. */
  readonly inputs: { readonly overrides: ConfigOverrides; readonly env: NodeJS.ProcessEnv };
}

const ENV_KEYS = {
  dir: 'LOCKSTEP_DIR', url: 'LOCKSTEP_URL', directUrl: 'LOCKSTEP_DIRECT_URL', env: 'LOCKSTEP_ENV', historySchema: 'LOCKSTEP_HISTORY_SCHEMA',
  lockWait: 'LOCKSTEP_LOCK_WAIT', lockTimeout: 'LOCKSTEP_LOCK_TIMEOUT', initialLockTimeout: 'LOCKSTEP_INITIAL_LOCK_TIMEOUT', statementTimeout: 'LOCKSTEP_STATEMENT_TIMEOUT',
  lockRetries: 'LOCKSTEP_LOCK_RETRIES', retryDeadline: 'LOCKSTEP_RETRY_DEADLINE', allowOutOfOrder: 'LOCKSTEP_ALLOW_OUT_OF_ORDER',
  moduleTimeout: 'LOCKSTEP_MODULE_TIMEOUT', idleInTransactionTimeout: 'LOCKSTEP_IDLE_IN_TRANSACTION_TIMEOUT',
} as const;

/**
 * The settings given as environment variables, read as strictly as the flags: a value that is not what the variable
 * takes is an error naming the variable (LOCKSTEP_LOCK_RETRIES=0x1 is not 1, LOCKSTEP_ALLOW_OUT_OF_ORDER=ture is not
 * false).
 */
function fromEnv(env: NodeJS.ProcessEnv, errors: LockstepError[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_KEYS)) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    try {
      out[key] = key === 'lockRetries' ? parseWholeNumber(v.trim(), name) : key === 'allowOutOfOrder' ? envBoolean(v, name) : v;
    } catch (err) {
      errors.push(asConfigError(err, { variable: name }));
    }
  }
  if (out.url === undefined && env.DATABASE_URL) out.url = env.DATABASE_URL;
  if (out.directUrl === undefined && env.DIRECT_URL) out.directUrl = env.DIRECT_URL;
  return out;
}

function envBoolean(value: string, name: string): boolean {
  if (/^(1|true|yes)$/i.test(value.trim())) return true;
  if (/^(0|false|no)$/i.test(value.trim())) return false;
  throw new LockstepError('LOCKSTEP_E_CONFIG', `${name} expects true or false, got "${value}"`, { hint: `Set ${name}=true (or 1, yes), or false (0, no), or unset it.` });
}

/** Where a setting's value came from: a flag (or a library caller's override), a variable, the config file. */
type Source = { readonly kind: 'flag'; readonly name: string } | { readonly kind: 'variable'; readonly name: string } | { readonly kind: 'file'; readonly name: string; readonly path: readonly string[] };

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A problem with one setting's value, told as its source: the flag (usage), the variable, or the file's key and line. */
function asConfigError(err: unknown, where: { variable?: string; flag?: string }, hint?: string): LockstepError {
  const e = err instanceof LockstepError ? err : new LockstepError('LOCKSTEP_E_CONFIG', String(err), { hint: hint ?? '' });
  const name = where.flag ?? where.variable ?? '';
  const message = e.message.includes(name) ? e.message : `${name}: ${e.message}`;
  return new LockstepError(where.flag ? 'LOCKSTEP_E_USAGE' : 'LOCKSTEP_E_CONFIG', message, { hint: hint ?? e.hint, details: { ...e.details, ...where } });
}

/** CI services set CI (to "true", "1" or a name); "false" and "0" say it is not one. */
export function unattendedReason(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CI !== undefined && env.CI !== '' && !/^(false|0)$/i.test(env.CI)) return 'CI is set';
  if (env.NODE_ENV === 'production') return 'NODE_ENV=production';
  return undefined;
}

/**
 * A value that matched one alternative's type but not its rules (an environment object with a bad key, a duration
 * string that is not one) reports that alternative's own problems at their full path, not "invalid input".
 */
function specificIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const typed = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (typed.length !== 1 || !typed[0]) return [issue];
  return typed[0].flatMap((i) => specificIssues({ ...i, path: [...issue.path, ...i.path] }));
}

function issuesToErrors(where: string, issues: readonly z.core.$ZodIssue[], locate: JsonLocator | undefined): LockstepError[] {
  return issues.flatMap(specificIssues).map((i) => {
    // An unknown key is found at its own name, not at the object holding it.
    const path = i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? [...i.path, i.keys[0]] : i.path;
    const at = locate?.(path);
    return new LockstepError('LOCKSTEP_E_CONFIG', `${where}: ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`, {
      hint: 'Fix the value shown; see docs/configuration.md for every option.',
      location: { file: where, ...(at ? { line: at.line, column: at.column } : {}) },
    });
  });
}

/** Environment entry → URL: a value containing "://" is the URL, anything else names an env variable. */
function environmentUrl(value: string, env: NodeJS.ProcessEnv): string | undefined {
  if (value.includes('://')) return value;
  return env[value.replace(/^\$/, '')] || undefined;
}

/**
 * The config file checked against its schema. The schema (and zod) is loaded only when there is a file: a run
 * without one, such as `lockstep lint` in CI, skips ~50 ms of start-up.
 */
async function validateFile(raw: RawConfigFile, cwd: string, errors: LockstepError[]): Promise<FileConfig> {
  if (raw.path === undefined) return {};
  const { fileConfigSchema } = await import('./schema.js');
  const parsed = fileConfigSchema.safeParse(raw.value ?? {});
  if (parsed.success) return parsed.data;
  errors.push(...issuesToErrors(relative(cwd, raw.path) || raw.path, parsed.error.issues, raw.locate));
  return {};
}

/** `--dir` (repeatable) or LOCKSTEP_DIR (several joined with the path delimiter), else `dirs`, else `dir`, else ./migrations. */
function dirsOf(picked: string | readonly string[] | undefined, fileDirs: readonly string[] | undefined): readonly string[] {
  if (typeof picked === 'string') return picked.split(delimiter).filter((d) => d !== '');
  if (picked && picked.length > 0) return picked;
  return fileDirs ?? ['migrations'];
}

/** Merges flags > environment variables > config file, and reports every problem at once. */
export async function resolveConfig(overrides: ConfigOverrides = {}, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedConfig> {
  const cwd = resolve(overrides.cwd ?? process.cwd());
  const raw = await readConfigFile(cwd, overrides.config ?? env.LOCKSTEP_CONFIG);
  const errors: LockstepError[] = [];
  const file = await validateFile(raw, cwd, errors);
  const envValues = fromEnv(env, errors);
  const flagValues = Object.fromEntries(Object.entries(overrides).filter(([k, v]) => v !== undefined && k !== 'cwd' && k !== 'config'));

  const environments: Record<string, { url: string | undefined; protected: boolean }> = {};
  for (const [name, value] of Object.entries(file.environments ?? {})) {
    environments[name] = { url: environmentUrl(value.url, env), protected: value.protected === true };
  }
  const envName = (flagValues.env ?? envValues.env ?? file.env) as string | undefined;
  // The selected environment's block is part of the config file: it refines the file's top-level keys,
  // and flags and environment variables still win over it.
  let envBlock: Record<string, unknown> = {};
  let envBlockPath: readonly string[] = [];
  let isProtected = false;
  let envUrl: string | undefined;
  if (envName !== undefined) {
    const chosen = environments[envName];
    const spec = file.environments?.[envName];
    if (!chosen || spec === undefined) {
      errors.push(new LockstepError('LOCKSTEP_E_UNKNOWN_ENV', `environment "${envName}" is not configured`, {
        hint: `Configured environments: ${Object.keys(environments).join(', ') || '(none)'}. Add it under "environments" in the config file.`,
      }));
    } else {
      if (!chosen.url) {
        errors.push(new LockstepError('LOCKSTEP_E_CONFIG', `environment "${envName}": variable ${spec.url} is not set`, {
          hint: 'Export the variable holding the database URL, or put the URL in the config.',
        }));
      }
      envUrl = chosen.url;
      isProtected = chosen.protected;
      envBlockPath = ['environments', envName];
      envBlock = Object.fromEntries(
        (['lockTimeout', 'statementTimeout', 'lockRetries'] as const).filter((k) => spec[k] !== undefined).map((k) => [k, spec[k]]),
      );
    }
  }
  const fileValues: Record<string, unknown> = { ...(file as Record<string, unknown>), ...envBlock };
  const pick = <T>(key: string): T | undefined => (flagValues[key] ?? envValues[key] ?? fileValues[key]) as T | undefined;
  const sourceOf = (key: string): Source => {
    if (flagValues[key] !== undefined) return { kind: 'flag', name: `--${kebab(key)}` };
    const variable = (ENV_KEYS as Record<string, string>)[key];
    if (envValues[key] !== undefined && variable) return { kind: 'variable', name: variable };
    const path = key in envBlock ? [...envBlockPath, key] : [key];
    return { kind: 'file', name: path.join('.'), path };
  };
  const fileName = raw.path === undefined ? undefined : relative(cwd, raw.path) || raw.path;
  /** A bad value, told as where it was given: the flag (a usage error), the variable, or the file's key at its line. */
  const badValue = (key: string, err: LockstepError): LockstepError => {
    const source = sourceOf(key);
    if (source.kind === 'flag') return asConfigError(err, { flag: source.name });
    if (source.kind === 'variable') return asConfigError(err, { variable: source.name });
    const at = raw.locate?.(source.path);
    return new LockstepError('LOCKSTEP_E_CONFIG', `${fileName ?? 'config'}: ${err.message}`, {
      hint: err.hint,
      location: { file: fileName ?? 'config', ...(at ? { line: at.line, column: at.column } : {}) },
      details: { key: source.name },
    });
  };

  const duration = (key: string, fallback: number): number => {
    const v = pick<string | number>(key);
    if (v === undefined) return fallback;
    try {
      const what = sourceOf(key).name;
      return typeof v === 'number' ? checkDurationMs(v, what) : parseDuration(v, what);
    } catch (e) {
      if (!(e instanceof LockstepError)) throw e;
      errors.push(badValue(key, e));
      return fallback;
    }
  };

  // --url wins over the environment's URL; the environment's URL wins over LOCKSTEP_URL/DATABASE_URL and the
  // file's `url`, since naming an environment is asking for its database.
  // directUrl (LOCKSTEP_DIRECT_URL, DIRECT_URL, the file's directUrl) wins over url from the environment or the file:
  // beside a pooled DATABASE_URL it is the one to migrate through. A --url flag or a named environment wins over it.
  const selected = envName !== undefined && environments[envName];
  const directUrl = !selected && flagValues.url === undefined ? pick<string>('directUrl') : undefined;
  const url = selected ? (flagValues.url as string | undefined) ?? envUrl : directUrl ?? pick<string>('url');
  const lockRetries = pick<number>('lockRetries');
  if (lockRetries !== undefined && (!Number.isInteger(lockRetries) || lockRetries < 0)) {
    errors.push(badValue('lockRetries', new LockstepError('LOCKSTEP_E_CONFIG', `${sourceOf('lockRetries').name} expects a whole number >= 0, got ${lockRetries}`, { hint: 'Use e.g. --lock-retries 30.' })));
  }
  const lockTimeoutMs = duration('lockTimeout', DEFAULT_POLICY.lockTimeoutMs);
  if (lockTimeoutMs <= 0) {
    // PostgreSQL reads lock_timeout 0 as "wait forever": the protection against queueing writers would be off.
    errors.push(badValue('lockTimeout', new LockstepError('LOCKSTEP_E_CONFIG', `${sourceOf('lockTimeout').name} ${JSON.stringify(pick('lockTimeout'))} would turn lock_timeout off (0 waits for locks forever)`, {
      hint: 'Give a positive duration such as 100ms or 2s (--lock-timeout, LOCKSTEP_LOCK_TIMEOUT, or lockTimeout in the config file or its environment); for more patience raise --lock-retries or --retry-deadline.',
    })));
  }
  const policy: RunPolicy = {
    ...DEFAULT_POLICY,
    lockTimeoutMs,
    initialLockTimeoutMs: duration('initialLockTimeout', DEFAULT_POLICY.initialLockTimeoutMs ?? 0),
    statementTimeoutMs: duration('statementTimeout', DEFAULT_POLICY.statementTimeoutMs),
    lockRetries: lockRetries ?? DEFAULT_POLICY.lockRetries,
    retryDeadlineMs: duration('retryDeadline', DEFAULT_POLICY.retryDeadlineMs),
    moduleTimeoutMs: duration('moduleTimeout', DEFAULT_POLICY.moduleTimeoutMs ?? 0),
    idleInTransactionMs: duration('idleInTransactionTimeout', DEFAULT_POLICY.idleInTransactionMs ?? 0),
  };
  const dirs = dirsOf(pick<string | readonly string[]>('dir'), file.dirs).map((d) => resolve(cwd, d));
  const layout = file.layout;
  const result: ResolvedConfig = {
    cwd,
    configPath: raw.path,
    dir: dirs[0] ?? resolve(cwd, 'migrations'),
    dirs,
    tool: layout === undefined || layout === 'auto' ? undefined : (TOOLS as readonly string[]).includes(layout) ? (layout as Tool) : 'lockstep',
    ignore: file.ignore ?? [],
    placeholders: { ...flywayRunPlaceholders(url, cwd), ...(file.placeholders ?? {}) },
    baselineMigrationPrefix: file.baselineMigrationPrefix,
    requireDown: file.requireDown ?? 'new',
    adoptedThrough: file.adoptedThrough,
    url,
    viaDirectUrl: directUrl !== undefined,
    unattended: unattendedReason(env),
    envName: envName ?? null,
    protected: isProtected,
    historySchema: pick<string>('historySchema') ?? 'lockstep',
    lockWaitMs: duration('lockWait', 60_000),
    policy,
    allowOutOfOrder: pick<boolean>('allowOutOfOrder') ?? false,
    file,
    shadowUrl: env.LOCKSTEP_SHADOW_URL || file.shadowUrl || undefined,
    environments,
    inputs: { overrides, env },
  };
  throwCollected(errors);
  return result;
}

/**
 * The configuration of one named environment, resolved exactly as `--env <name>` resolves it (the same checks: a
 * lockTimeout of 0 is refused here as it is on the command line). `lockstep serve`, `status --all-envs` and
 * `drift --against` use it. The pseudo-environment "default" (no environments configured) is `config` itself.
 */
export async function configForEnvironment(config: ResolvedConfig, name: string): Promise<ResolvedConfig> {
  if (name === 'default' && Object.keys(config.environments).length === 0) return config;
  // A URL given for the command (flag) is the base config's, not this environment's.
  return resolveConfig({ ...config.inputs.overrides, url: undefined, env: name }, config.inputs.env);
}
