/** A pull-request comment: a summary and a table of findings, with details under each. */
import { modeLabel } from '../../locks/index.js';
import type { Finding, LintRun } from '../../lint/index.js';
import { summaryLine } from './summary.js';

const ICON = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' } as const;

/** Escapes what would break a table cell or be read as markup. */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function row(f: Finding): string {
  const where = `\`${f.file}:${f.line}\``;
  const lock = f.lock ? `${modeLabel(f.lock.mode)} on \`${cell(f.lock.relation)}\`` : '';
  return `| ${ICON[f.severity]} | [\`${f.rule}\`](${f.docUrl}) | ${where} | ${cell(f.message)}<br>**Fix:** ${cell(f.help)} | ${lock} |`;
}

export function formatMarkdown(run: LintRun): string {
  const all = [...run.findings, ...run.unusedIgnores];
  const out = ['### Lockstep lint', '', summaryLine(run)];
  if (all.length) {
    out.push('', '| Severity | Rule | Location | Finding | Lock |', '| --- | --- | --- | --- | --- |', ...all.map(row));
  }
  if (run.fixes?.files.length) {
    out.push('', `<details><summary>${run.fixes.written ? 'Applied' : 'Proposed'} fixes (${run.fixes.files.length} files)</summary>`, '', '```diff', run.fixes.diff.trimEnd(), '```', '', '</details>');
  }
  if (run.fixes?.notes.length) out.push('', '**Not fixed:**', '', ...run.fixes.notes.map((n) => `- ${cell(n)}`));
  return `${out.join('\n')}\n`;
}
