/** The linter for callers that hold SQL or migration ids rather than paths: the HTTP service and the dashboard. */
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { procedureScope } from '../execution/index.js';
import { lintMigration, lintPrepared, lintSql, prepareSql, readDatabaseFacts, withRunIndexes, type Finding } from '../lint/index.js';
import { initParser } from '../sql/index.js';
import { withSession, type MigratorContext } from './context.js';
import { lintOptionsFrom } from './lint.js';

export interface LintAnswer {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly unusedIgnores: readonly Finding[];
}

/** Free-standing SQL, linted as `lockstep up` would run it as a migration, with the config's lint settings. */
export async function lintSqlText(config: ResolvedConfig, sql: string, path: string): Promise<LintAnswer> {
  await initParser();
  const r = lintSql(sql, path, lintOptionsFrom(config));
  return { files: [path], findings: r.findings, unusedIgnores: r.unusedIgnores };
}

/**
 * Free-standing SQL linted for the migrator's target, as `lockstep lint --env <it> file.sql` would: that
 * environment's config (lint settings, timeouts the runner sets, lint.pgVersion) and its database's facts (server
 * version, table sizes, column types, indexes). Reads only.
 */
export async function lintSqlOnTarget(ctx: MigratorContext, sql: string, path: string): Promise<LintAnswer> {
  await initParser();
  const base = lintOptionsFrom(ctx.config);
  const prepared = prepareSql(sql, path, base);
  if (!prepared) return { files: [path], findings: [], unusedIgnores: [] };
  const options = await withSession(ctx, 'lint', async (session) => withRunIndexes(await readDatabaseFacts(session, prepared.statements, base), () => prepared.statements));
  const r = lintPrepared(prepared, options);
  return { files: [path], findings: r.findings, unusedIgnores: r.unusedIgnores };
}

/**
 * Findings of the migrations with these ids, statically (the dashboard's matrix spans environments whose tables
 * differ); a migration whose SQL does not parse gets one invalid-migration finding.
 */
export async function lintMigrations(ctx: MigratorContext, ids: ReadonlySet<string>): Promise<Record<string, readonly Finding[]>> {
  const all = await ctx.loadFiles();
  const files = all.filter((f) => ids.has(f.id));
  // As `lockstep lint`: the committing procedures the earlier migrations create (statically, no database).
  const options = { ...lintOptionsFrom(ctx.config), procedures: procedureScope(all) };
  const out: Record<string, readonly Finding[]> = {};
  for (const f of files) {
    try {
      out[f.id] = lintMigration(f, options).findings;
    } catch (err) {
      if (!(err instanceof LockstepError)) throw err;
      const loc = err.location;
      out[f.id] = [{
        file: loc?.file ?? f.paths[0] ?? f.id, line: loc?.line ?? 1, column: loc?.column ?? 1, endLine: loc?.line ?? 1, endColumn: loc?.column ?? 1,
        rule: 'invalid-migration', severity: 'error', message: `${err.code}: ${err.message}`, help: err.hint, docUrl: '',
      }];
    }
  }
  return out;
}
