import type { FleetDownResult, FleetPlan, FleetStatus, FleetUpResult, TargetRow } from '../fleet/index.js';
import { formatError } from './error-report.js';

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const oneLine = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').slice(0, 160);

/** The end of one runner's `fleet up`: the rollout as the coordinator has it, failed targets first. */
export function formatFleetUp(result: FleetUpResult): string {
  const inRollout = result.targets.filter((t) => t.rolloutId === result.rollout.id);
  const count = (s: TargetRow['state']): number => inRollout.filter((t) => t.state === s).length;
  const lines = [
    `Fleet ${result.fleet}: rollout ${result.rollout.id} ${result.rollout.state}${result.rollout.stopReason ? ` (${result.rollout.stopReason})` : ''}, to ${result.goal.latest ?? '(no migrations)'}.`,
    `  ${count('done')} done, ${count('failed')} failed, ${count('pending') + count('running')} not migrated; this runner (${result.runner}) took ${result.mine.length}.`,
  ];
  const failed = inRollout.filter((t) => t.state === 'failed');
  if (failed.length > 0) {
    lines.push('', `Failed targets (the next \`lockstep fleet up\` retries them):`);
    for (const t of failed) lines.push(`  ✗ ${t.target}  ${t.errorCode ?? ''}  ${oneLine(t.errorMessage)}`);
  }
  if (result.error) lines.push('', formatError(result.error));
  return lines.join('\n');
}

/** `fleet status`: skew first (targets per version), then every target, the ones that need attention first. */
export function formatFleetStatus(s: FleetStatus): string {
  const lines = [
    `Fleet ${s.fleet}: ${s.summary.total} target(s), ${s.summary.upToDate} up to date with ${s.latest ?? '(no migrations)'}, ${s.summary.behind} behind, ${s.summary.unreachable} unreachable.`,
  ];
  if (s.rollout) lines.push(`Last rollout: ${s.rollout.id} ${s.rollout.state}${s.rollout.stopReason ? ` (${s.rollout.stopReason})` : ''}, started ${s.rollout.startedAt}.`);
  lines.push('', 'Versions:', ...s.versions.map((v) => `  ${(v.version ?? '(none)').padEnd(20)} ${v.targets} target(s)${v.version === s.latest ? '  ← latest' : ''}`));
  const rank = (t: FleetStatus['targets'][number]): number => (t.error ? 0 : t.rollout?.state === 'failed' ? 1 : t.pending > 0 || t.partial > 0 ? 2 : 3);
  const sorted = [...s.targets].sort((a, b) => rank(a) - rank(b));
  lines.push('', table(['TARGET', 'VERSION', 'APPLIED', 'PENDING', 'ROLLOUT', 'ERROR'], sorted.map((t) => [
    t.target,
    t.version ?? '-',
    String(t.applied),
    String(t.pending),
    t.rollout ? `${t.rollout.state}${t.rollout.attempts > 1 ? ` (${t.rollout.attempts} tries)` : ''}` : '-',
    t.error ? `${t.error.code} ${oneLine(t.error.message)}` : t.rollout?.errorCode ? `${t.rollout.errorCode} ${oneLine(t.rollout.errorMessage)}` : '',
  ])));
  return lines.join('\n');
}

export function formatFleetPlan(p: FleetPlan): string {
  const lines = [`Fleet ${p.fleet}: linted once; pending migrations judged on ${p.sampled} of ${p.total} target(s) with their own sizes.`];
  const staticFindings = Object.entries(p.lint).flatMap(([id, fs]) => fs.map((f) => `  ${f.severity}[${f.rule}] ${id} ${f.file}:${f.line} ${oneLine(f.message)}`));
  lines.push('', staticFindings.length === 0 ? 'Lint: no findings.' : `Lint (static, no target's facts; it stands for the targets not sampled):\n${staticFindings.join('\n')}`);
  for (const s of p.samples) {
    lines.push('', `${s.target}: ${s.error ? `${s.error.code} ${oneLine(s.error.message)}` : s.pending.length === 0 ? 'up to date' : `${s.pending.length} pending (${s.pending.join(', ')})${s.errors > 0 ? `; up would stop at the lint gate (${s.errors} error finding(s))` : ''}`}`);
    for (const m of s.migrations) for (const f of m.findings) lines.push(`  ${f.severity}[${f.rule}] ${m.version} ${f.file}:${f.line} ${oneLine(f.message)}`);
  }
  lines.push('', p.blocking.length === 0
    ? `Plan passes: no finding at or above ${p.failOn} where it counts, every sampled target read.`
    : `Plan fails (findings at or above ${p.failOn}, or targets not read):\n${p.blocking.map((b) => `  ${b}`).join('\n')}`);
  return lines.join('\n');
}

export function formatFleetDown(r: FleetDownResult): string {
  const lines = [`Fleet ${r.fleet}: ${r.targets.length - r.failed} target(s) rolled back, ${r.failed} failed.`];
  for (const t of [...r.targets].sort((a, b) => Number(b.error !== null) - Number(a.error !== null))) {
    lines.push(t.error ? `  ✗ ${t.target}  ${t.error.code}  ${oneLine(t.error.message)}` : `  ✓ ${t.target}  ${t.rolledBack.length === 0 ? 'nothing to roll back' : t.rolledBack.join(', ')}`);
  }
  return lines.join('\n');
}
