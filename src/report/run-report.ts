import type { RunResult } from '../api/index.js';
import { formatDuration } from '../core/duration.js';
import { formatError } from './error-report.js';

/** The end-of-run summary: what was applied, what failed and what was not attempted. */
export function formatRun(result: RunResult, direction: 'up' | 'down'): string {
  if (result.dryRun) {
    const n = result.notAttempted.length;
    return n === 0
      ? 'Dry run: nothing to do.'
      : `-- Dry run: ${n} migration(s) would ${direction === 'up' ? 'be applied' : 'be rolled back'} on ${result.target}. Nothing was executed.\n${result.script ?? ''}`;
  }
  const verb = direction === 'up' ? 'applied' : 'rolled back';
  const lines: string[] = [];
  if (result.done.length === 0 && !result.failed) return direction === 'up' ? 'Nothing to apply: the database is up to date.' : 'Nothing to roll back.';
  const total = result.done.reduce((a, d) => a + d.durationMs, 0);
  lines.push(`${result.done.length} migration(s) ${verb} in ${formatDuration(total)}${result.done.some((d) => d.retries) ? ` (${result.done.reduce((a, d) => a + d.retries, 0)} lock retries)` : ''}.`);
  if (result.failed) {
    lines.push(`Failed: ${result.failed.version} ${result.failed.name}`);
    lines.push(formatError(result.failed.error));
    if (result.rolledBackWithBatch?.length) lines.push(`Rolled back with the batch (ran, then undone; nothing of them is applied): ${result.rolledBackWithBatch.map((m) => m.version).join(', ')}`);
    if (result.notAttempted.length) lines.push(`Not attempted: ${result.notAttempted.map((m) => m.version).join(', ')}`);
  }
  return lines.join('\n');
}
