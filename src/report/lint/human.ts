/** The default output: one block per finding with a code frame, help and doc link, then a summary. */
import { modeLabel } from '../../lint/lock-modes.js';
import type { Finding, LintRun } from '../../lint/types.js';
import { codeFrame } from './code-frame.js';
import { summaryLine } from './summary.js';

export interface HumanOptions {
  /** ANSI colours; the CLI turns them on only for a TTY. */
  readonly color?: boolean;
}

const COLORS = { error: '31', warning: '33', info: '36', dim: '2', bold: '1' } as const;

function painter(on: boolean): (code: string, s: string) => string {
  return (code, s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
}

function lockLine(f: Finding): string | undefined {
  if (!f.lock) return undefined;
  const blocks = f.lock.blocks.length ? ` (blocks ${f.lock.blocks.join(', ')})` : '';
  return `lock: ${modeLabel(f.lock.mode)} on ${f.lock.relation}${blocks}`;
}

export function renderFinding(f: Finding, source: string | undefined, options: HumanOptions = {}): string {
  const paint = painter(options.color === true);
  const sev = paint(COLORS[f.severity], `${f.severity}[${f.rule}]`);
  const out = [`${sev}: ${paint(COLORS.bold, f.message)}`, `  --> ${f.file}:${f.line}:${f.column}`];
  const frame = codeFrame(f, source, (s) => paint(COLORS[f.severity], s));
  out.push(...frame.map((l) => `  ${l}`));
  const lock = lockLine(f);
  const pad = frame.length ? `  ${' '.repeat(String(f.endLine).length)} = ` : '  = ';
  if (lock) out.push(`${pad}${lock}`);
  out.push(`${pad}help: ${f.help}`);
  out.push(`${pad}docs: ${f.docUrl}`);
  return out.join('\n');
}

function fixesBlock(run: LintRun): string[] {
  const fixes = run.fixes;
  if (!fixes) return [];
  const out: string[] = [];
  if (fixes.files.length) {
    const title = fixes.written ? `Fixed ${fixes.files.length} file(s):` : `Proposed fixes for ${fixes.files.length} file(s) (not written):`;
    out.push(`${title}\n\n${fixes.diff.trimEnd()}`);
  } else out.push('No mechanical fix applies.');
  if (fixes.notes.length) out.push(['Not fixed:', ...fixes.notes.map((n) => `  - ${n}`)].join('\n'));
  return out;
}

/** The --fix part of the human output alone (the diff, then what was not fixed): the CLI writes it to stderr next to a machine format. */
export function formatFixes(run: LintRun): string {
  const block = fixesBlock(run);
  return block.length ? `${block.join('\n\n')}\n` : '';
}

export function formatHuman(run: LintRun, options: HumanOptions = {}): string {
  const all = [...run.findings, ...run.unusedIgnores];
  const blocks = all.map((f) => renderFinding(f, run.sources?.[f.file], options));
  return [...blocks, ...fixesBlock(run), summaryLine(run)].join('\n\n') + '\n';
}
