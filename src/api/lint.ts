import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { directoryNotFound } from '../loader/index.js';
import type { ResolvedConfig } from '../config/index.js';
import { closestName } from '../core/closest-name.js';
import { LockstepError } from '../core/errors.js';
import { META_RULES, RULES, runLint, type LintOptions, type LintRun } from '../lint/index.js';

// The fail-on level `lockstep lint` uses without --fail-on (the same as plan's and fleet plan's).
export { lintFailOn } from '../lint/index.js';
import type { Database } from '../db/index.js';
import type { Semantics } from '../execution/index.js';

export interface LintCommandOptions {
  /** Files or directories; default: the configured migrations directory. */
  readonly paths?: readonly string[] | undefined;
  readonly changedSince?: string | undefined;
  readonly pgVersion?: number | undefined;
  /** How the linted SQL runs (src/execution); default `lint.execution` in the config, else `lockstep`. */
  readonly execution?: Semantics | undefined;
  readonly fix?: boolean | undefined;
  readonly write?: boolean | undefined;
  /** With a database: lint the migrations it has already applied too (statically); default: leave them out. */
  readonly includeApplied?: boolean | undefined;
}

/** Versions the database's history records as applied; empty when Lockstep has never run there. */
async function appliedVersions(db: Database, config: ResolvedConfig): Promise<Set<string>> {
  const { HistoryStore, currentActor } = await import('../history/index.js');
  const session = await db.connect('lockstep-lint');
  try {
    const rows = await new HistoryStore(config.historySchema, currentActor(config.envName)).rows(session);
    return new Set(rows.filter((r) => r.status === 'applied').map((r) => r.version));
  } finally {
    await session.release();
  }
}

/** A rule id in `lint.rules` that no rule has would silently configure nothing: it is a configuration error. */
function checkRuleIds(config: ResolvedConfig, rules: Readonly<Record<string, unknown>>): void {
  const known = [...RULES.map((r) => r.id), ...Object.keys(META_RULES)];
  const unknown = Object.keys(rules).filter((id) => !known.includes(id));
  if (unknown.length === 0) return;
  const guess = closestName(unknown[0] ?? '', known);
  throw new LockstepError('LOCKSTEP_E_CONFIG', `${config.configPath ?? 'config'}: lint.rules: unknown rule ${unknown.map((id) => `"${id}"`).join(', ')}`, {
    hint: `${guess ? `Did you mean "${guess}"? ` : ''}Rule ids are listed in docs/lint.md (one page each in docs/rules/).`,
    ...(config.configPath ? { location: { file: config.configPath } } : {}),
  });
}

/** Lint options from the config file's `lint` block. Throws LOCKSTEP_E_CONFIG for a rule id no rule has. */
export function lintOptionsFrom(config: ResolvedConfig, pgVersion?: number, execution?: Semantics): LintOptions {
  const lint = config.file.lint ?? {};
  if (lint.rules) checkRuleIds(config, lint.rules);
  return {
    // Lockstep's runner sets these on every statement it runs, so the missing-timeout rules only speak
    // when the configuration turned them off.
    runnerSetsTimeouts: config.policy.lockTimeoutMs > 0,
    runnerSetsStatementTimeout: config.policy.statementTimeoutMs > 0,
    ...(lint.rules ? { rules: lint.rules } : {}),
    ...((pgVersion ?? lint.pgVersion) !== undefined ? { pgVersion: pgVersion ?? lint.pgVersion } : {}),
    ...(lint.sizeThreshold ? { sizeThreshold: { rows: lint.sizeThreshold.rows ?? 10_000, bytes: lint.sizeThreshold.bytes ?? 10 * 1024 * 1024 } } : {}),
    ...((execution ?? lint.execution) !== undefined ? { execution: execution ?? lint.execution } : {}),
    ...(lint.unqualifiedNames !== undefined ? { unqualifiedNames: lint.unqualifiedNames } : {}),
    requireDown: config.requireDown,
    ...(config.adoptedThrough !== undefined ? { adoptedThrough: config.adoptedThrough } : {}),
  };
}

/**
 * `lockstep lint`: static by default; with a configured database URL (flag, env or environment), the real
 * table sizes and server version are added, and the migrations that database has already applied are left out
 * (`includeApplied` lints them, without the database's facts). The embedded default database is never opened for linting:
 * its tables say nothing about production.
 */
export async function lint(config: ResolvedConfig, opts: LintCommandOptions = {}): Promise<LintRun> {
  // Loaded only when a database is configured: the drivers cost more start-up time than a static lint run.
  const db = config.url !== undefined ? (await import('../db/index.js')).openDatabase(config.url, config.cwd) : undefined;
  const defaulted = !opts.paths || opts.paths.length === 0;
  const missing = config.dirs.find((d) => !existsSync(d));
  if (defaulted && missing !== undefined) {
    await db?.close();
    throw directoryNotFound(relative(config.cwd, missing) || '.');
  }
  try {
    const applied = db ? await appliedVersions(db, config) : undefined;
    return await runLint({
      paths: opts.paths && opts.paths.length > 0 ? [...opts.paths] : config.dirs.map((d) => relative(config.cwd, d) || '.'),
      load: { tool: config.tool, ignore: config.ignore, placeholders: config.placeholders, baselineMigrationPrefix: config.baselineMigrationPrefix },
      cwd: config.cwd,
      changedSince: opts.changedSince,
      options: lintOptionsFrom(config, opts.pgVersion, opts.execution),
      db,
      fix: opts.fix,
      writeFixes: opts.write,
      appliedVersions: applied,
      includeApplied: opts.includeApplied,
    });
  } finally {
    await db?.close();
  }
}
