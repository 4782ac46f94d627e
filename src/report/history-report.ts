import type { HistoryReport } from '../api/index.js';
import { formatDuration } from '../core/duration.js';
import { renderTable } from './table.js';

const iso = (d: Date | string | null): string => (d ? new Date(d).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');

export function formatHistory(report: HistoryReport): string {
  const rows = report.migrations.map((m) => [
    iso(m.appliedAt), m.version, m.name, m.status, m.environment ?? '', `${m.dbUser ?? '?'} (${m.osUser ?? '?'}@${m.host ?? '?'})`,
    m.executionMs !== null ? formatDuration(m.executionMs) : '', m.batch !== null ? String(m.batch) : '', m.rolledBackAt ? iso(m.rolledBackAt) : '',
  ]);
  const events = report.events.map((e) => [
    iso(e.at), e.kind, e.version ?? '', e.environment ?? '', `${e.osUser ?? '?'}@${e.host ?? '?'}`, e.ciCommit ? e.ciCommit.slice(0, 12) : '',
    e.durationMs !== null ? formatDuration(e.durationMs) : '', (e.error ?? '').replace(/\s+/g, ' ').slice(0, 80),
  ]);
  return [
    `Target: ${report.target}${report.environment ? ` (environment ${report.environment})` : ''}`,
    '',
    'Migrations (in the order they were applied):',
    rows.length ? renderTable(['APPLIED AT', 'VERSION', 'NAME', 'STATUS', 'ENV', 'BY', 'DURATION', 'BATCH', 'ROLLED BACK'], rows) : '  none',
    '',
    'Events:',
    events.length ? renderTable(['AT', 'EVENT', 'VERSION', 'ENV', 'WHO', 'COMMIT', 'DURATION', 'ERROR'], events) : '  none',
  ].join('\n');
}
