/** `lockstep plan` for people: a terminal report, and a Markdown pull-request comment. */
import { formatBytes as formatByteCount, formatRows as formatRowCount } from '../core/sizes.js';
import type { PlanReport, PlannedMigration } from '../api/index.js';
import { plannedLocks, type DataChangeEstimate, type HoldEstimate, type RelationSize } from '../impact/index.js';
import type { StatementTrace } from '../rehearsal/index.js';
import { formatDifferences } from '../schema/index.js';
import { formatMs, type Reason, type VerdictLevel } from '../verdict/index.js';

const LABEL: Readonly<Record<VerdictLevel, string>> = { safe: 'SAFE', attention: 'NEEDS ATTENTION', blocked: 'BLOCKED' };
const ICON: Readonly<Record<VerdictLevel, string>> = { safe: '✅ safe', attention: '⚠️ needs attention', blocked: '⛔ blocked' };
const REASON_ICON: Readonly<Record<Reason['level'], string>> = { blocked: '⛔', attention: '⚠️', note: 'ℹ️' };

export function formatRows(rows: number | null): string {
  return rows === null ? 'rows unknown' : formatRowCount(rows);
}

export function formatBytes(bytes: number | null): string {
  return bytes === null ? 'size unknown' : formatByteCount(bytes);
}

function where(r: { readonly location?: Reason['location'] }): string {
  const l = r.location;
  if (!l) return '';
  return `${l.file}${l.line !== undefined ? `:${l.line}${l.column !== undefined ? `:${l.column}` : ''}` : ''}`;
}

function shadowLine(report: PlanReport): string {
  if (report.mode === 'on-target') return 'rehearsed on the target itself, rolled back';
  const s = report.shadow;
  if (!s) return 'nothing to rehearse';
  const statements = `${s.statements} statement${s.statements === 1 ? '' : 's'}`;
  return `rehearsed in ${shadowName(s)}: PostgreSQL ${Math.floor(s.serverVersion / 10000)}, started in ${formatMs(s.startMs)}; built from the target's live schema (${statements} in ${formatMs(s.loadMs)})`;
}

/** "the PGlite shadow", "shadow database lockstep_shadow_… on a local PostgreSQL 15.20 server (…)". */
export function shadowName(s: { readonly kind: 'pglite' | 'server' | 'local'; readonly name: string; readonly binaries?: string | null }): string {
  if (s.kind === 'pglite') return 'the PGlite shadow';
  if (s.kind === 'local') return `shadow database ${s.name} on a throwaway local server (${s.binaries ?? 'PostgreSQL'})`;
  return `shadow database ${s.name}`;
}

function dataChangeLine(d: DataChangeEstimate): string {
  const est = d.estimatedMs === null ? 'unknown' : approx(d.estimatedMs);
  return `${d.kind} of ${d.relation} from line ${d.line}: ${est} (${d.basis})`;
}

function locksOf(st: StatementTrace): string {
  const parts = st.locks.map((l) => `${l.strongest} ${l.relation}${l.source === 'static-model' ? ' (static model)' : ''}`);
  for (const r of st.rewrites) parts.push(r.kind === 'index' ? `rebuilds index ${r.relation}` : `REWRITES ${r.relation}`);
  return parts.join('; ');
}

function sizeLine(s: RelationSize): string {
  return `${s.relation}: ${formatRows(s.rows)}, ${formatBytes(s.bytes)}, ${s.indexes} index${s.indexes === 1 ? '' : 'es'}`;
}

function holdLine(h: HoldEstimate): string {
  const what = h.blocks.includes('reads') ? 'reads and writes' : 'writes';
  const est = h.estimatedMs === null ? 'unknown' : approx(h.estimatedMs);
  return `${h.mode} on ${h.relation} blocks ${what} from line ${h.line}: ${est} (${h.basis})`;
}

function humanMigration(m: PlannedMigration): string[] {
  const out = [`${LABEL[m.verdict]}  ${m.version} ${m.name}  (${m.files.join(', ')})`];
  for (const r of m.reasons) out.push(`  ${r.level.padEnd(9)} ${r.code}${where(r) ? `  ${where(r)}` : ''}  ${r.message}`);
  const t = m.trace;
  // Why up runs it outside Lockstep's transaction (a CALL of a procedure found on the target says so: lint without a
  // database cannot know it).
  if (t && !t.skipped && !t.transactional && t.noTransactionWhy) out.push(`  outside a transaction: ${t.noTransactionWhy}`);
  if (t && !t.skipped && t.statements.length) {
    out.push('  trace:');
    for (const st of t.statements) {
      const time = st.executed ? formatMs(st.durationMs) : 'not run';
      out.push(`    line ${String(st.line).padEnd(4)} ${time.padStart(8)}  ${st.sql.slice(0, 70)}${locksOf(st) ? `\n${' '.repeat(20)}${locksOf(st)}` : ''}`);
    }
  }
  if (t?.changes.length) out.push('  changes:', ...formatDifferences(t.changes).split('\n').map((l) => `    ${l}`));
  const i = m.impact;
  if (i?.relations.length) out.push('  on the target:', ...i.relations.map((s) => `    ${sizeLine(s)}`));
  for (const s of i?.sessions ?? []) {
    out.push(`    pid ${s.pid} ${s.granted ? 'holds' : 'waits for'} ${s.mode} on ${s.relation} (${s.application ?? '?'}, ${s.state ?? '?'}${s.transactionMs !== null ? `, transaction open ${formatMs(s.transactionMs)}` : ''})${s.conflicts ? ' — conflicts' : ''}`);
  }
  if (i?.longestTransaction) out.push(`    longest open transaction on them: pid ${i.longestTransaction.pid}, ${formatMs(i.longestTransaction.transactionMs)}`);
  if (i?.holds.length) out.push('  lock holds (estimated):', ...i.holds.map((h) => `    ${holdLine(h)}`));
  if (i?.dataChanges.length) out.push('  row changes (estimated):', ...i.dataChanges.map((d) => `    ${dataChangeLine(d)}`));
  return out;
}

function summaryText(report: PlanReport): string {
  const s = report.summary;
  return `${s.safe} safe, ${s.attention} need${s.attention === 1 ? 's' : ''} attention, ${s.blocked} blocked`;
}

export function formatPlan(report: PlanReport): string {
  const n = report.migrations.length;
  const lines = [`Plan for ${report.target}${report.environment ? ` (environment ${report.environment})` : ''}: ${n} pending migration${n === 1 ? '' : 's'}, ${shadowLine(report)}`];
  if (n === 0) return `${lines[0]}\nNothing to plan: no pending migrations.`;
  for (const r of report.refusals) lines.push(`  ${r}`);
  for (const m of report.migrations) lines.push('', ...humanMigration(m));
  lines.push('', `Summary: ${summaryText(report)}`);
  if (report.calibration) {
    const c = report.calibration;
    lines.push(`Estimates scale the target's sizes by rates measured in the ${c.shadow} shadow on ${c.rows} generated rows (median of ${c.runs} runs): rewrite ${c.rewriteMsPerMB.toFixed(1)} ms/MB, scan ${c.scanMsPerMB.toFixed(1)} ms/MB, index build ${formatMs(c.indexMsPerMillionRows)} per million rows, UPDATE ${formatMs(c.updateMsPerThousandRows)} per 1,000 rows. Orders of magnitude, not promises.`);
  }
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

/** Escapes what would break a table cell or be read as markup. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function heldLocks(m: PlannedMigration): string {
  if (!m.trace) return '';
  return [...plannedLocks(m.trace)].map(([rel, mode]) => `${mode} \`${cell(rel)}\``).join('<br>');
}

/** "~3.2 s", or "<1 ms" without a tilde. */
function approx(ms: number): string {
  return ms < 1 ? formatMs(ms) : `~${formatMs(ms)}`;
}

function markdownDetails(m: PlannedMigration): string[] {
  const out = ['', `<details><summary><code>${m.version}</code> ${cell(m.name)}: ${ICON[m.verdict]}</summary>`, ''];
  for (const r of m.reasons) out.push(`- ${REASON_ICON[r.level]} **${cell(r.code)}**${where(r) ? ` \`${where(r)}\`` : ''}: ${cell(r.message)}`);
  const st = m.trace?.skipped ? [] : m.trace?.statements ?? [];
  if (st.length) {
    out.push('', '| Line | Statement | Time | Locks and rewrites |', '| --- | --- | --- | --- |');
    for (const s of st) out.push(`| ${s.line} | \`${cell(s.sql.slice(0, 80))}\` | ${s.executed ? formatMs(s.durationMs) : 'not run'} | ${cell(locksOf(s))} |`);
  }
  if (m.trace?.changes.length) out.push('', '```diff', formatDifferences(m.trace.changes), '```');
  for (const s of m.impact?.relations ?? []) out.push(`- Target: ${cell(sizeLine(s))}`);
  for (const h of m.impact?.holds ?? []) out.push(`- ${cell(holdLine(h))}`);
  for (const d of m.impact?.dataChanges ?? []) out.push(`- ${cell(dataChangeLine(d))}`);
  out.push('', '</details>');
  return out;
}

export function formatPlanMarkdown(report: PlanReport): string {
  const out = [`### Lockstep plan: ${summaryText(report)}`, '', `Target \`${cell(report.target)}\`${report.environment ? ` (${cell(report.environment)})` : ''}: ${cell(shadowLine(report))}.`];
  for (const r of report.refusals) out.push('', `⛔ ${cell(r)}`);
  if (report.migrations.length) {
    out.push('', '| Migration | Verdict | Locks held | Rewrites | Longest blocking hold |', '| --- | --- | --- | --- | --- |');
    for (const m of report.migrations) {
      const rewrites = [...new Set((m.trace?.statements ?? []).flatMap((s) => s.rewrites.filter((r) => r.kind !== 'index').map((r) => `\`${cell(r.relation)}\``)))].join('<br>');
      const holds = (m.impact?.holds ?? []).map((h) => h.estimatedMs);
      const longest = holds.length ? (holds.includes(null) ? 'unknown' : approx(Math.max(...(holds as number[])))) : '';
      out.push(`| \`${m.version}\` ${cell(m.name)} | ${ICON[m.verdict]} | ${heldLocks(m)} | ${rewrites} | ${longest} |`);
    }
    for (const m of report.migrations) out.push(...markdownDetails(m));
  }
  for (const note of report.notes) out.push('', `> ${cell(note)}`);
  return `${out.join('\n')}\n`;
}
