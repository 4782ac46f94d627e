/** A code frame: the statement's lines with line numbers and carets under the span. */
import type { Finding } from '../../lint/index.js';

const MAX_LINES = 6;

function caretLine(text: string, from: number, to: number): string {
  const start = Math.max(0, from);
  const end = Math.max(start + 1, to);
  return ' '.repeat(start) + '^'.repeat(Math.max(1, Math.min(end, text.length || 1) - start));
}

/** Carets for line `n` of a span that runs from line:column to endLine:endColumn (endColumn exclusive). */
function spanOnLine(f: Finding, n: number, text: string): [number, number] {
  const firstNonSpace = text.search(/\S/);
  const from = n === f.line ? f.column - 1 : Math.max(0, firstNonSpace);
  const to = n === f.endLine ? f.endColumn - 1 : text.trimEnd().length;
  return [from, to];
}

export function codeFrame(f: Finding, source: string | undefined, paint: (s: string) => string = (s) => s): string[] {
  if (source === undefined) return [];
  const lines = source.split('\n');
  const last = Math.min(f.endLine, lines.length);
  const numbers: number[] = [];
  for (let n = f.line; n <= last; n++) numbers.push(n);
  const shown = numbers.length > MAX_LINES ? [...numbers.slice(0, MAX_LINES - 2), -1, ...numbers.slice(-1)] : numbers;
  const width = String(last).length;
  const gutter = ' '.repeat(width);
  const out = [`${gutter} |`];
  for (const n of shown) {
    if (n === -1) {
      out.push(`${' '.repeat(width - 3 > 0 ? width - 3 : 0)}... |`);
      continue;
    }
    const text = (lines[n - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
    const [from, to] = spanOnLine(f, n, text);
    out.push(`${String(n).padStart(width)} | ${text}`);
    if (to > from) out.push(`${gutter} | ${paint(caretLine(text, from, to))}`);
  }
  return out;
}
