/**
 * goose and sql-migrate let a file delimit statements itself: the text between
 * `-- +goose StatementBegin` and `-- +goose StatementEnd` (or the `+migrate` equivalents) is one
 * statement, typically a function body full of semicolons. Outside such blocks both tools end a
 * statement at a line ending in `;`; we split the same way so the file runs as its author tested it.
 */
import { LockstepError } from '../core/errors.js';
import type { SqlStatement } from '../core/types.js';
import { positionAt } from '../sql/index.js';
import { matchMarker } from './markers.js';

export interface ExplicitResult {
  /** Undefined when the section has no StatementBegin/End markers (the SQL parser splits it). */
  readonly statements: readonly SqlStatement[] | undefined;
  readonly errors: readonly LockstepError[];
}

interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * drizzle-kit separates the statements of a generated file with `--> statement-breakpoint`, most often right after
 * a statement's semicolon on the same line (`ALTER TABLE …;--> statement-breakpoint`), sometimes on a line of its own.
 * Its migrator (drizzle-orm's readMigrationFiles) splits the file at every occurrence of that exact text, wherever it
 * stands, and sends each piece as one query; so does this. A file without a breakpoint is one piece, sent whole, as
 * drizzle sends it: several statements in it are one query, which PostgreSQL runs as one implicit transaction block.
 * Undefined statements when the file holds only comments and blanks (the parser finds none either).
 */
export function breakpointStatements(sql: string, startLine: number): ExplicitResult {
  const pieces: { readonly from: number; readonly to: number }[] = [];
  let from = 0;
  for (let at = sql.indexOf(BREAKPOINT); at !== -1; at = sql.indexOf(BREAKPOINT, from)) {
    pieces.push({ from, to: at });
    from = at + BREAKPOINT.length;
  }
  pieces.push({ from, to: sql.length });
  const statements = pieces.flatMap((p) => trimmedStatement(sql, p.from, p.to, startLine) ?? []);
  return { statements: statements.length > 0 || pieces.length > 1 ? statements : undefined, errors: [] };
}

/** drizzle-orm splits on this text, case and spacing as written, nothing else. */
const BREAKPOINT = '--> statement-breakpoint';

/** Statements of a section whose SQL begins on file line `startLine`. */
export function explicitStatements(sql: string, startLine: number, path: string): ExplicitResult {
  const lines = sql.split('\n');
  const roles = lines.map((line) => matchMarker(line)?.role);
  if (!roles.includes('statement-begin') && !roles.includes('statement-end')) return { statements: undefined, errors: [] };
  const spans: Span[] = [];
  const errors: LockstepError[] = [];
  let blockStart: number | undefined;
  let pending: number | undefined;
  lines.forEach((line, i) => {
    const role = roles[i];
    if (role === 'statement-begin') {
      if (blockStart !== undefined) errors.push(unbalanced(path, startLine + i, 'StatementBegin inside another StatementBegin block'));
      if (pending !== undefined) spans.push({ first: pending, last: i - 1 });
      pending = undefined;
      blockStart = i + 1;
    } else if (role === 'statement-end') {
      if (blockStart === undefined) errors.push(unbalanced(path, startLine + i, 'StatementEnd without a StatementBegin'));
      else spans.push({ first: blockStart, last: i - 1 });
      blockStart = undefined;
    } else if (blockStart === undefined && (pending !== undefined || !isBlankOrComment(line))) {
      pending ??= i;
      if (endsStatement(line)) {
        spans.push({ first: pending, last: i });
        pending = undefined;
      }
    }
  });
  if (blockStart !== undefined) errors.push(unbalanced(path, startLine + blockStart - 1, 'StatementBegin without a StatementEnd'));
  if (pending !== undefined) spans.push({ first: pending, last: lines.length - 1 });
  return { statements: spansToStatements(sql, lines, spans, startLine), errors };
}

function spansToStatements(sql: string, lines: readonly string[], spans: readonly Span[], startLine: number): SqlStatement[] {
  const lineStart: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStart.push(offset);
    offset += line.length + 1;
  }
  const out: SqlStatement[] = [];
  for (const span of spans) {
    if (span.last < span.first) continue;
    const from = lineStart[span.first] ?? 0;
    const to = (lineStart[span.last] ?? 0) + (lines[span.last]?.length ?? 0);
    const statement = trimmedStatement(sql, from, to, startLine);
    if (statement) out.push(statement);
  }
  return out;
}

/** Drops leading blank/comment lines and trailing whitespace and semicolons, like the parser-based split. */
function trimmedStatement(sql: string, from: number, to: number, startLine: number): SqlStatement | undefined {
  let start = from;
  for (;;) {
    while (start < to && /\s/.test(sql[start] ?? '')) start++;
    // A piece may end right where a `--> statement-breakpoint` begins: what starts at `to` is not the piece's.
    if (start >= to || !sql.startsWith('--', start)) break;
    const eol = sql.indexOf('\n', start);
    start = eol === -1 || eol > to ? to : eol + 1;
  }
  let end = to;
  while (end > start && /\s|;/.test(sql[end - 1] ?? '')) end--;
  if (end <= start) return undefined;
  const a = positionAt(sql, start, startLine);
  const b = positionAt(sql, end, startLine);
  return { sql: sql.slice(start, end), start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('--');
}

/** goose's rule: a line whose code (before a trailing `--` comment) ends with a semicolon. */
function endsStatement(line: string): boolean {
  const code = /['"]/.test(line) ? line : line.replace(/--.*$/, '');
  return code.trimEnd().endsWith(';');
}

function unbalanced(path: string, line: number, what: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_BAD_MARKERS', `${what} in ${path} (line ${line})`, {
    hint: 'Wrap each multi-statement body in exactly one `-- +goose StatementBegin` … `-- +goose StatementEnd` pair (or the `-- +migrate` equivalents).',
    location: { file: path, line },
  });
}
