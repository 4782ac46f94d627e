import { formatDuration } from '../core/duration.js';
import { modeLabel } from '../locks/index.js';
import type { Finding, PreflightReport } from '../preflight/index.js';

const MARK: Readonly<Record<Finding['severity'], string>> = { blocker: 'BLOCKER', warning: 'warning', info: 'info' };

/** The human report of `lockstep preflight` (and of a refused `up`). Pure. */
export function formatPreflight(report: PreflightReport & { readonly pending?: readonly string[] }): string {
  const lines: string[] = [];
  const env = report.environment.name ? `environment ${report.environment.name}${report.environment.protected ? ' (protected)' : ''}` : 'no named environment';
  lines.push(`Pre-flight checks, ${env}${report.pending ? `, ${report.pending.length} pending migration(s)${report.pending.length ? `: ${report.pending.join(', ')}` : ''}` : ''}`);
  if (report.locks.locks.length) {
    lines.push('', 'Locks the migrations will take:');
    for (const l of report.locks.locks) {
      const blocks = l.blocks.length ? `blocks ${l.blocks.join(', ')}` : 'blocks nothing that reads or writes';
      lines.push(`  ${l.relation}: ${modeLabel(l.mode)} (${blocks}) — ${l.versions.join(', ')}`);
    }
  }
  if (report.locks.unknown.length) lines.push(`  locks of module migrations ${report.locks.unknown.join(', ')} cannot be known before they run`);
  const shown = report.findings.filter((f) => f.message);
  lines.push('');
  if (shown.length === 0) lines.push('No findings.');
  for (const f of shown) {
    lines.push(`${MARK[f.severity]} [${f.check}] ${f.message}`);
    if (f.hint) lines.push(`  hint: ${f.hint}`);
  }
  if (report.cancelled.length) lines.push('', `Cancelled the queries of: ${report.cancelled.map((p) => `pid ${p}`).join(', ')}`);
  if (report.waitedMs >= 1000) lines.push(`Waited ${formatDuration(report.waitedMs)} for blockers.`);
  const n = (s: Finding['severity']): number => report.findings.filter((f) => f.severity === s).length;
  lines.push('', report.ok ? `OK: no blockers (${n('warning')} warning(s)).` : `NOT OK: ${n('blocker')} blocker(s), ${n('warning')} warning(s).`);
  return lines.join('\n');
}
