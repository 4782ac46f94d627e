/** The linter, as the server uses it: posted SQL, or the migration files not yet applied. */
import type { Migrator } from '../api/index.js';
import { lintOptionsFrom } from '../api/lint.js';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { lintMigration, lintSql, type Finding } from '../lint/index.js';
import { initParser } from '../sql/index.js';

export interface LintAnswer {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly unusedIgnores: readonly Finding[];
}

export async function lintPostedSql(config: ResolvedConfig, sql: string, path: string): Promise<LintAnswer> {
  await initParser();
  const r = lintSql(sql, path, lintOptionsFrom(config));
  return { files: [path], findings: r.findings, unusedIgnores: r.unusedIgnores };
}

/**
 * Findings of every migration in `versions` (by version), statically (the dashboard's matrix spans environments
 * whose tables differ); a file that cannot be parsed gets one error finding.
 */
export async function lintVersions(m: Migrator, versions: ReadonlySet<string>): Promise<Record<string, readonly Finding[]>> {
  const files = (await m.context.loadFiles()).filter((f) => versions.has(f.id));
  const options = lintOptionsFrom(m.config);
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

/**
 * The pending migrations of the environment `m` reads, linted as `up` will lint them: with that database's table
 * sizes, column types and server version.
 */
export async function lintPending(m: Migrator): Promise<LintAnswer> {
  const { migrations } = await m.lintPending();
  return { files: migrations.flatMap((x) => x.files), findings: migrations.flatMap((x) => x.findings), unusedIgnores: migrations.flatMap((x) => x.unusedIgnores) };
}
