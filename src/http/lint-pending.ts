/** The linter's answers as the server sends them. */
import type { LintAnswer, Migrator } from '../api/index.js';

/**
 * The pending migrations of the environment `m` reads, linted as `up` will lint them: with that database's table
 * sizes, column types and server version.
 */
export async function lintPending(m: Migrator): Promise<LintAnswer> {
  const { migrations } = await m.lintPending();
  return { files: migrations.flatMap((x) => x.files), findings: migrations.flatMap((x) => x.findings), unusedIgnores: migrations.flatMap((x) => x.unusedIgnores) };
}
