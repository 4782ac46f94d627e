import type { StatusItem, StatusReport } from '../api/index.js';
import { formatDuration } from '../core/duration.js';
import { renderTable } from './table.js';

function stateLabel(m: StatusItem): string {
  const flags = [
    m.changed && 'CHANGED', m.missingFile && 'FILE MISSING', m.outOfOrder && 'OUT OF ORDER', m.reapply && 'CHANGED, RE-APPLY',
    m.unsupported !== null && m.state === 'pending' && 'UNSUPPORTED', m.down === 'broken' && 'DOWN BROKEN',
  ].filter(Boolean);
  const base = m.state === 'partial' && m.partial ? `partial ${m.partial.done}/${m.partial.total}` : m.state;
  return [base, ...flags].join(', ');
}

/** The key users type, where it is not just the version (shared versions, Prisma folders, Flyway repeatables). */
function shownId(m: StatusItem): string {
  return m.id === m.version ? m.version : m.id;
}

export function formatStatus(report: StatusReport): string {
  const rows = report.migrations.map((m) => [
    shownId(m),
    m.name,
    stateLabel(m),
    m.appliedAt ? m.appliedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '',
    m.appliedBy ? `${m.appliedBy}${m.osUser ? ` (${m.osUser}@${m.host ?? '?'})` : ''}` : '',
    m.durationMs !== null ? formatDuration(m.durationMs) : '',
  ]);
  const s = report.summary;
  const project = report.project.tool === 'lockstep' ? '' : ` · ${report.project.tool} layout (${report.project.detectedFrom})`;
  const lines = [
    `Target: ${report.target}${report.environment ? ` (environment ${report.environment})` : ''}${project}`,
    '',
    rows.length ? renderTable(['VERSION', 'NAME', 'STATE', 'APPLIED AT', 'BY', 'DURATION'], rows) : 'No migrations found.',
    '',
    `${s.applied} applied, ${s.pending} pending${s.partial ? `, ${s.partial} partial` : ''}${s.changed ? `, ${s.changed} changed` : ''}${s.missingFile ? `, ${s.missingFile} with missing file` : ''}${s.outOfOrder ? `, ${s.outOfOrder} out of order` : ''}${s.ignored ? `, ${s.ignored} ignored` : ''}`,
  ];
  for (const m of report.migrations.filter((x) => x.partial?.error)) {
    lines.push(`  ${m.version}: statement ${(m.partial?.done ?? 0) + 1} of ${m.partial?.total} failed: ${(m.partial?.error ?? '').replace(/\.\s*$/, '')}. Run \`lockstep up\` to resume.`);
  }
  for (const name of report.invalidIndexes) {
    lines.push(`  INVALID index ${name}: left by a failed concurrent build; \`lockstep up\` drops and rebuilds it when it resumes.`);
  }
  for (const b of report.backfills.filter((x) => !x.finishedAt)) {
    lines.push(`  backfill of ${b.table} (${b.version}) is unfinished: ${b.rowsDone} rows in ${b.batches} batches, up to key ${b.lastKey ?? '(none yet)'}; \`lockstep up\` resumes it after that key.`);
  }
  for (const m of report.migrations.filter((x) => x.changed)) {
    lines.push(`  ${shownId(m)}: file changed since it was applied. Revert it, or accept with \`lockstep repair --accept ${m.id}\`.`);
  }
  for (const m of report.migrations.filter((x) => x.unsupported !== null && x.state === 'pending')) {
    lines.push(`  ${shownId(m)} (${m.files[0] ?? ''}) is unsupported: ${m.unsupported}. \`lockstep up\` stops before it: run it with its own tool, then \`lockstep adopt\` or \`lockstep baseline ${m.id}\`.`);
  }
  const ignoredWhy = new Map<string, string[]>();
  for (const m of report.migrations) if (m.state === 'ignored' && m.ignored) ignoredWhy.set(m.ignored, [...(ignoredWhy.get(m.ignored) ?? []), shownId(m)]);
  for (const [why, ids] of ignoredWhy) {
    lines.push(`  ${ids.length > 3 ? `${ids[0]} … ${ids.at(-1)} (${ids.length})` : ids.join(', ')} ignored: ${why}.`);
  }
  for (const h of report.foreignHistory) {
    lines.push('', `This database holds ${h.tool}'s history (${h.table}: ${h.ran} of these migrations run) and no Lockstep history: \`lockstep up\` refuses until \`lockstep adopt\` takes it over (\`lockstep adopt --dry-run\` shows what it would record).`);
  }
  if (report.problems.length > 0) {
    lines.push('', `${report.problems.length} file${report.problems.length === 1 ? '' : 's'} could not be read as migrations (\`lockstep up\` refuses to run until they are fixed, unless they were applied already):`);
    for (const p of report.problems) lines.push(`  ${p.file ?? ''}${p.line ? `:${p.line}` : ''} ${p.code}: ${p.message}`, `    hint: ${p.hint}`);
  }
  if (report.ignored.length > 0) {
    lines.push('', `Ignored (not migrations): ${report.ignored.map((i) => `${i.path} (${i.why})`).join('; ')}`);
  }
  return lines.join('\n');
}
