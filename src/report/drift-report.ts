/** `lockstep drift` for people: what differs between the live schema and what it should be. */
import type { DriftReport } from '../api/index.js';
import { formatDifferences } from '../schema/index.js';
import { shadowName } from './plan-report.js';

export function formatDrift(report: DriftReport): string {
  const target = `${report.target}${report.environment ? ` (environment ${report.environment})` : ''}`;
  const reference = report.mode === 'history'
    ? `the schema its history produces (${report.reference.replayed ?? 0} applied migrations replayed in ${report.shadow ? shadowName({ ...report.shadow, name: report.reference.target }) : report.reference.target}${report.shadow ? `, PostgreSQL ${Math.floor(report.shadow.serverVersion / 10000)}` : ''})`
    : `environment ${report.reference.name} (${report.reference.target})`;
  const lines = [`Drift of ${target} against ${reference}:`];
  if (!report.drifted) {
    lines.push('No drift: the live schema matches.');
  } else {
    const outside = report.mode === 'history' ? 'changed outside Lockstep' : `different from ${report.reference.name}`;
    lines.push(`${report.differences.length} object${report.differences.length === 1 ? '' : 's'} ${outside} (+ only in the live schema, - only in the reference, ~ different):`, '');
    lines.push(...formatDifferences(report.differences).split('\n').map((l) => `  ${l}`));
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
