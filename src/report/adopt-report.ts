import type { AdoptItem, AdoptReport } from '../api/index.js';
import { renderTable } from './table.js';

const ACTION: Readonly<Record<AdoptItem['action'], string>> = {
  record: 'record as applied',
  'already-recorded': 'already in Lockstep history',
  'leave-pending': 'pending: `lockstep up` runs it',
  ignored: 'ignored: `lockstep up` does not run it',
  refuse: 'REFUSED',
};

function says(m: AdoptItem): string {
  const verdict = m.verdict === 'skipped-by-tool' ? 'not run (skipped by the tool)' : m.verdict;
  return m.note ? `${verdict} (${m.note})` : verdict;
}

const when = (iso: string | null): string => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');

function footer(r: AdoptReport): string[] {
  const n = r.recorded.length;
  const lines = [r.dryRun
    ? `Dry run: would record ${n} migration(s) as applied. Nothing was written.`
    : n ? `Recorded ${n} migration(s) as applied (batch ${r.batch}, one adopt event).` : 'Nothing to record: Lockstep history already has everything that was applied.'];
  for (const m of r.migrations.filter((x) => x.stored)) lines.push(`  ${m.id}: file changed since ${r.tool} applied it (stored ${m.stored}, now ${m.actual}); recorded as it is now (--accept-edited).`);
  for (const m of r.migrations.filter((x) => x.verdict === 'skipped-by-tool')) {
    lines.push(`  ${m.id}: ${r.tool} never ran it (${m.note}); ${m.action === 'ignored' ? `ignored, as \`lockstep status\` shows it: ${m.ignored}` : 'left pending'}.`);
  }
  for (const o of r.orphans) lines.push(`  ${r.tool} history has ${o.key}${o.note ? ` (${o.note})` : ''}, which no file matches: not recorded.`);
  const pending = r.migrations.filter((m) => m.action === 'leave-pending').length;
  if (pending) lines.push(`${pending} migration(s) left pending: \`lockstep up\` applies them.`);
  return lines;
}

/** What `lockstep adopt` found in the other tool's history and what it recorded (or would). */
export function formatAdopt(r: AdoptReport): string {
  const rows = r.migrations.map((m) => [m.id, m.name, says(m), when(m.appliedAt), ACTION[m.action]]);
  return [
    `${r.tool} history: ${r.table} (${r.rowsRead} row(s))`,
    '',
    rows.length ? renderTable(['ID', 'NAME', `${r.tool.toUpperCase()} SAYS`, 'APPLIED AT', 'LOCKSTEP'], rows) : 'No migration files found.',
    '',
    ...footer(r),
  ].join('\n');
}
