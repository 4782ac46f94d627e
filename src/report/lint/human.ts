/** The default output: one block per finding with a code frame, help and doc link, then a summary. */
import { modeLabel } from '../../locks/index.js';
import picocolors from 'picocolors';
import type { Finding, LintRun, Severity } from '../../lint/index.js';
import { codeFrame } from './code-frame.js';
import { summaryLine } from './summary.js';

export interface HumanOptions {
  /** ANSI colours; the CLI decides (cli/color.ts: a terminal, NO_COLOR, FORCE_COLOR). */
  readonly color?: boolean;
}

type Paint = (s: string) => string;

function palette(on: boolean): Readonly<Record<Severity | 'bold', Paint>> {
  const c = picocolors.createColors(on);
  return { error: c.red, warning: c.yellow, info: c.cyan, bold: c.bold };
}

function lockLine(f: Finding): string | undefined {
  if (!f.lock) return undefined;
  const blocks = f.lock.blocks.length ? ` (blocks ${f.lock.blocks.join(', ')})` : '';
  return `lock: ${modeLabel(f.lock.mode)} on ${f.lock.relation}${blocks}`;
}

export function renderFinding(f: Finding, source: string | undefined, options: HumanOptions = {}): string {
  const paint = palette(options.color === true);
  const sev = paint[f.severity](`${f.severity}[${f.rule}]`);
  const out = [`${sev}: ${paint.bold(f.message)}`, `  --> ${f.file}:${f.line}:${f.column}`];
  const frame = codeFrame(f, source, paint[f.severity]);
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
