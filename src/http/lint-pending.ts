/** The linter, as the server uses it: posted SQL, or the migration files not yet applied. */
import type { Migrator } from '../api/index.js';
import type { ResolvedConfig } from '../config/index.js';
import { LockstepError } from '../core/errors.js';
import { lintMigration, lintSql, type Finding, type LintOptions } from '../lint/index.js';
import { initParser } from '../sql/index.js';

export interface LintAnswer {
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly unusedIgnores: readonly Finding[];
}

/** The `lint` section of the config; the runner sets lock_timeout itself, so those rules stay quiet. */
export function lintOptions(config: ResolvedConfig): LintOptions {
  const l = config.file.lint ?? {};
  return {
    runnerSetsTimeouts: true,
    ...(l.rules ? { rules: l.rules } : {}),
    ...(l.pgVersion !== undefined ? { pgVersion: l.pgVersion } : {}),
    ...(l.unqualifiedNames !== undefined ? { unqualifiedNames: l.unqualifiedNames } : {}),
    ...(l.sizeThreshold ? { sizeThreshold: { rows: l.sizeThreshold.rows ?? 10_000, bytes: l.sizeThreshold.bytes ?? 10 * 1024 * 1024 } } : {}),
  };
}

export async function lintPostedSql(config: ResolvedConfig, sql: string, path: string): Promise<LintAnswer> {
  await initParser();
  const r = lintSql(sql, path, lintOptions(config));
  return { files: [path], findings: r.findings, unusedIgnores: r.unusedIgnores };
}

/** Findings of every migration in `versions` (by version); a file that cannot be parsed gets one error finding. */
export async function lintVersions(m: Migrator, versions: ReadonlySet<string>): Promise<Record<string, readonly Finding[]>> {
  const files = (await m.context.loadFiles()).filter((f) => versions.has(f.version));
  const options = lintOptions(m.config);
  const out: Record<string, readonly Finding[]> = {};
  for (const f of files) {
    try {
      out[f.version] = lintMigration(f, options).findings;
    } catch (err) {
      if (!(err instanceof LockstepError)) throw err;
      const loc = err.location;
      out[f.version] = [{
        file: loc?.file ?? f.paths[0] ?? f.version, line: loc?.line ?? 1, column: loc?.column ?? 1, endLine: loc?.line ?? 1, endColumn: loc?.column ?? 1,
        rule: err.code, severity: 'error', message: err.message, help: err.hint, docUrl: '',
      }];
    }
  }
  return out;
}

/** The pending migrations of the environment `m` reads, linted. */
export async function lintPending(m: Migrator): Promise<LintAnswer> {
  const status = await m.status();
  const pending = status.migrations.filter((x) => x.state !== 'applied');
  const byVersion = await lintVersions(m, new Set(pending.map((x) => x.version)));
  return { files: pending.flatMap((x) => x.files), findings: Object.values(byVersion).flat(), unusedIgnores: [] };
}
