/** Edits to file text, located through a SQL section's statements. */
import type { SqlSection } from '../../core/types.js';
import type { ParsedStatement } from '../../sql/index.js';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Offset in the file where the section's SQL begins, or undefined if the file does not hold it verbatim. */
export function sectionOffset(fileText: string, section: Pick<SqlSection, 'sql' | 'startLine'>): number | undefined {
  let offset = 0;
  for (let line = 1; line < section.startLine; line++) {
    const nl = fileText.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  return fileText.startsWith(section.sql, offset) ? offset : undefined;
}

/** Replaces a statement's text (its `;` stays). */
export function replaceStatement(base: number, stmt: ParsedStatement, text: string): Edit {
  return { start: base + stmt.start, end: base + stmt.end, text };
}

/** Removes a statement with its `;`, trailing blanks and line break, and the blank indentation before it. */
export function removeStatement(fileText: string, base: number, stmt: ParsedStatement): Edit {
  let start = base + stmt.start;
  let end = base + stmt.end;
  while (start > 0 && (fileText[start - 1] === ' ' || fileText[start - 1] === '\t')) start--;
  if (fileText[end] === ';') end++;
  while (fileText[end] === ' ' || fileText[end] === '\t') end++;
  if (fileText[end] === '\r') end++;
  if (fileText[end] === '\n') end++;
  return { start, end, text: '' };
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  // Last edit first; at one offset, a replacement goes before an insertion so both apply.
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping fix edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Inserts directive lines at the top of the file (inside its leading comment block). */
export function headerEdit(lines: readonly string[]): Edit | undefined {
  return lines.length ? { start: 0, end: 0, text: lines.map((l) => `${l}\n`).join('') } : undefined;
}
