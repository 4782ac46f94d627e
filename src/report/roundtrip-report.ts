/** `lockstep test` for people: one line per migration, then what differed and why it failed. */
import type { RoundTripReport } from '../api/index.js';
import type { RoundTripStep } from '../rehearsal/index.js';
import { formatDifferences } from '../schema/index.js';
import { formatMs } from '../verdict/index.js';
import { shadowName } from './plan-report.js';
import { renderTable } from './table.js';

const STATUS: Readonly<Record<RoundTripStep['status'], string>> = { passed: 'ok', failed: 'FAILED', 'column-order': 'COLUMN ORDER', skipped: 'skipped', 'not-run': 'not run' };

const ms = (v: number | null): string => (v === null ? '' : formatMs(v));

function where(step: RoundTripStep): string {
  const l = step.error?.location;
  if (!l) return '';
  return ` at ${l.file}${l.line !== undefined ? `:${l.line}${l.column !== undefined ? `:${l.column}` : ''}` : ''}`;
}

/** Why one migration failed, indented under its version. */
export function formatStepFailure(step: RoundTripStep): string[] {
  const out = [`${step.version} ${step.name}:`];
  if (step.error) out.push(`  ${step.error.phase} failed${where(step)}: ${step.error.message}`, `  hint: ${step.error.hint}`);
  if (step.downDifferences.length) {
    out.push('  down did not restore the schema (before up → after down):', ...formatDifferences(step.downDifferences).split('\n').map((l) => `    ${l}`));
  }
  if (step.reUpDifferences.length) {
    out.push('  up again gave a different schema (after up → after up again):', ...formatDifferences(step.reUpDifferences).split('\n').map((l) => `    ${l}`));
  }
  if (step.columnOrder.length) out.push('  column order after down (before up → after down):', ...step.columnOrder.map((l) => `    ${l}`));
  if (step.restored) out.push('  the shadow was restored to the state after its first up, and the test went on');
  return out;
}

export function formatRoundTrip(report: RoundTripReport): string {
  const s = report.shadow;
  const from = s.source === 'live-schema' ? ', starting from the target\'s live schema' : '';
  const lines = [`Round trip of ${report.steps.length} migration${report.steps.length === 1 ? '' : 's'} in ${shadowName(s)} (PostgreSQL ${Math.floor(s.serverVersion / 10000)}, started in ${formatMs(s.startMs)})${from}`];
  if (report.setup.length) lines.push(`${report.setup.length} earlier migration${report.setup.length === 1 ? '' : 's'} applied first without checks (--from).`);
  const rows = report.steps.map((st) => [st.version, st.name, STATUS[st.status], ms(st.upMs), ms(st.downMs), ms(st.reUpMs), st.note ?? (st.fixture ? 'fixture loaded' : '')]);
  lines.push('', renderTable(['VERSION', 'NAME', 'RESULT', 'UP', 'DOWN', 'UP AGAIN', 'NOTE'], rows));
  const failed = report.steps.filter((st) => st.status === 'failed' || st.status === 'column-order');
  if (failed.length) lines.push('', ...failed.flatMap((st) => [...formatStepFailure(st), '']));
  const m = report.summary;
  const t = report.timings;
  const order = m.columnOrder ? `, ${m.columnOrder} with only the column order changed (--ignore-column-order accepts them)` : '';
  const restores = t.restores ? `, ${t.restores} restore${t.restores === 1 ? '' : 's'} ${formatMs(t.restoreMs)}` : '';
  lines.push(
    `${m.passed} passed, ${m.failed} failed${order}, ${m.skipped} skipped (irreversible)${m.notRun ? `, ${m.notRun} not run` : ''} in ${formatMs(t.totalMs)}` +
      ` (up ${formatMs(t.upMs)}, down ${formatMs(t.downMs)}, ${t.snapshots} schema snapshots ${formatMs(t.snapshotMs)}${restores})`,
  );
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
