import type { StatusItem, StatusReport } from '../api/index.js';
import { formatDuration } from '../core/duration.js';
import { renderTable } from './table.js';

function stateLabel(m: StatusItem): string {
  const flags = [m.changed && 'CHANGED', m.missingFile && 'FILE MISSING', m.outOfOrder && 'OUT OF ORDER'].filter(Boolean);
  const base = m.state === 'partial' && m.partial ? `partial ${m.partial.done}/${m.partial.total}` : m.state;
  return [base, ...flags].join(', ');
}

export function formatStatus(report: StatusReport): string {
  const rows = report.migrations.map((m) => [
    m.version,
    m.name,
    stateLabel(m),
    m.appliedAt ? m.appliedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '',
    m.appliedBy ? `${m.appliedBy}${m.osUser ? ` (${m.osUser}@${m.host ?? '?'})` : ''}` : '',
    m.durationMs !== null ? formatDuration(m.durationMs) : '',
  ]);
  const s = report.summary;
  const lines = [
    `Target: ${report.target}${report.environment ? ` (environment ${report.environment})` : ''}`,
    '',
    rows.length ? renderTable(['VERSION', 'NAME', 'STATE', 'APPLIED AT', 'BY', 'DURATION'], rows) : 'No migrations found.',
    '',
    `${s.applied} applied, ${s.pending} pending${s.partial ? `, ${s.partial} partial` : ''}${s.changed ? `, ${s.changed} changed` : ''}${s.missingFile ? `, ${s.missingFile} with missing file` : ''}${s.outOfOrder ? `, ${s.outOfOrder} out of order` : ''}`,
  ];
  for (const m of report.migrations.filter((x) => x.partial?.error)) {
    lines.push(`  ${m.version}: statement ${(m.partial?.done ?? 0) + 1} of ${m.partial?.total} failed: ${m.partial?.error}. Run \`lockstep up\` to resume.`);
  }
  for (const name of report.invalidIndexes) {
    lines.push(`  INVALID index ${name}: left by a failed concurrent build; \`lockstep up\` drops and rebuilds it when it resumes.`);
  }
  for (const b of report.backfills.filter((x) => !x.finishedAt)) {
    lines.push(`  backfill of ${b.table} (${b.version}) is unfinished: ${b.rowsDone} rows in ${b.batches} batches, up to key ${b.lastKey ?? '(none yet)'}; \`lockstep up\` resumes it after that key.`);
  }
  for (const m of report.migrations.filter((x) => x.changed)) {
    lines.push(`  ${m.version}: file changed since it was applied. Revert it, or accept with \`lockstep repair --accept ${m.version}\`.`);
  }
  return lines.join('\n');
}
