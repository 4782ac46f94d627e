import type { RunResult } from '../api/index.js';
import type { Finding } from '../lint/index.js';
import { formatDuration } from '../core/duration.js';
import { formatVersionList } from '../core/version-list.js';
import { formatError } from './error-report.js';
import { migrationLabel } from '../core/migration-label.js';

/** A dry run's lint findings as SQL comments above the script, so the output stays a runnable script. */
function lintComment(findings: readonly Finding[] | undefined): string {
  if (findings === undefined) return '';
  if (findings.length === 0) return '-- Lint: no findings.\n';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const verdict = errors > 0
    ? `\`lockstep up\` would refuse the ${errors} error-level one(s): fix them, suppress with \`-- lockstep-ignore <rule>: <reason>\`, or use --no-lint`
    : '`lockstep up` would apply them';
  const lines = findings.map((f) => `--   ${f.severity}[${f.rule}] ${f.file}:${f.line}:${f.column} ${f.message.replace(/\s+/g, ' ')}`);
  return `-- Lint: ${findings.length} finding(s); ${verdict}.\n${lines.join('\n')}\n`;
}

/** The end-of-run summary: what was applied, what failed and what was not attempted. */
export function formatRun(result: RunResult, direction: 'up' | 'down'): string {
  if (result.dryRun) {
    const n = result.notAttempted.length;
    const stop = result.stopsBefore
      ? `-- \`lockstep up\` stops before ${migrationLabel(result.stopsBefore.version, result.stopsBefore.name)} (LOCKSTEP_E_UNSUPPORTED_MIGRATION, exit 1): ${result.stopsBefore.reason.replace(/\s+/g, ' ')}\n`
      : '';
    if (n === 0) return stop ? `-- Dry run: no migration Lockstep can run is pending on ${result.target}.\n${stop.trimEnd()}` : 'Dry run: nothing to do.';
    const body = `-- Dry run: ${n} migration(s) would ${direction === 'up' ? 'be applied' : 'be rolled back'} on ${result.target}. Nothing was executed.\n${lintComment(result.lint)}${result.script ?? ''}`;
    return stop ? `${body}${body.endsWith('\n') ? '' : '\n'}${stop.trimEnd()}` : body;
  }
  const verb = direction === 'up' ? 'applied' : 'rolled back';
  const lines: string[] = [];
  if (result.done.length === 0 && !result.failed) return direction === 'up' ? 'Nothing to apply: the database is up to date.' : 'Nothing to roll back.';
  const total = result.done.reduce((a, d) => a + d.durationMs, 0);
  lines.push(`${result.done.length} migration(s) ${verb} in ${formatDuration(total)}${result.done.some((d) => d.retries) ? ` (${result.done.reduce((a, d) => a + d.retries, 0)} lock retries)` : ''}.`);
  if (result.failed) {
    lines.push(result.failed.notStarted
      ? `Stopped before: ${result.failed.version} ${result.failed.name} (it did not start; nothing of it ran)`
      : `Failed: ${result.failed.version} ${result.failed.name}`);
    lines.push(formatError(result.failed.error));
    if (result.rolledBackWithBatch?.length) lines.push(`Rolled back with the batch (ran, then undone; nothing of them is applied): ${formatVersionList(result.rolledBackWithBatch.map((m) => m.version))}`);
    if (result.notAttempted.length) lines.push(`Not attempted: ${formatVersionList(result.notAttempted.map((m) => m.version))}`);
  }
  return lines.join('\n');
}
