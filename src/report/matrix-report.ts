import type { EnvironmentMatrix, MatrixCell } from '../api/index.js';
import { formatDuration } from '../core/duration.js';
import { renderTable } from './table.js';

function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return '?';
  const base = cell.state === 'partial' && cell.partial ? `partial ${cell.partial.done}/${cell.partial.total}` : cell.state === 'failed' ? 'FAILED' : cell.state;
  const when = cell.appliedAt ? ` ${cell.appliedAt.slice(0, 16).replace('T', ' ')}` : '';
  const took = cell.durationMs !== null && cell.state === 'applied' ? ` (${formatDuration(cell.durationMs)})` : '';
  const flags = [cell.changed && 'CHANGED', cell.missingFile && 'NO FILE', cell.outOfOrder && 'OUT OF ORDER'].filter(Boolean);
  return `${base}${when}${took}${flags.length ? ` ${flags.join(' ')}` : ''}`;
}

/** The environments × migrations matrix of `lockstep status --all-envs`. */
export function formatMatrix(matrix: EnvironmentMatrix): string {
  const envs = matrix.environments.map((e) => e.name);
  const header = ['VERSION', 'NAME', ...matrix.environments.map((e) => (e.protected ? `${e.name} (protected)` : e.name))];
  const rows = matrix.migrations.map((m) => [m.version, m.name, ...envs.map((n) => cellText(m.cells[n]))]);
  const lines = [rows.length ? renderTable(header, rows) : 'No migrations found.', ''];
  for (const e of matrix.environments) {
    if (e.error) lines.push(`${e.name}: cannot be read: [${String(e.error.code)}] ${String(e.error.message)}`);
    else if (e.summary) lines.push(`${e.name}: ${e.target ?? ''} — ${e.summary.applied} applied, ${e.summary.pending} pending${e.failed ? ` (${e.failed} failed)` : ''}${e.summary.partial ? `, ${e.summary.partial} partial` : ''}${e.summary.changed ? `, ${e.summary.changed} changed` : ''}`);
  }
  for (const m of matrix.migrations) {
    for (const n of envs) {
      const c = m.cells[n];
      if (c?.state === 'failed') lines.push(`  ${n} ${m.version}: failed${c.failedAt ? ` at ${c.failedAt}` : ''}: ${(c.error ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return lines.join('\n').trimEnd();
}
