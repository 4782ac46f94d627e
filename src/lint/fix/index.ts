import type { PreparedTarget } from '../run-lint.js';
import type { Finding, FixResult, LintOptions } from '../types.js';

export async function computeFixes(_p: readonly PreparedTarget[], _f: readonly Finding[], _o: LintOptions, _w: { cwd: string; write: boolean }): Promise<FixResult> {
  return { files: [], diff: '', written: false };
}
