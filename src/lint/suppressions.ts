/**
 * Suppression comments:
 *   -- lockstep-ignore <rule-id>[, <rule-id>...]: <reason>        on the line(s) before a statement
 *                                                                  (or at the end of its last line)
 *   -- lockstep-ignore-file <rule-id>[, ...]: <reason>             in the file's leading comment block
 * A reason is required; a malformed or unknown ignore is itself a finding (invalid-ignore).
 * squawk's `-- squawk-ignore` comments are honoured too, with its rule names mapped (squawk-ignores.ts).
 */
import { positionAt } from '../sql/index.js';
import type { SqlStatement } from '../core/types.js';
import { squawkIgnores } from './squawk-ignores.js';

export interface Ignore {
  /** `line`: findings on its own line and the next (squawk's line ignores). */
  readonly scope: 'statement' | 'file' | 'line';
  readonly rules: readonly string[];
  /** Every rule (squawk-ignore-file without rule names). */
  readonly all?: boolean | undefined;
  /** Written for another linter: not reported when it suppresses nothing. */
  readonly from?: 'squawk' | undefined;
  readonly reason: string;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  /** Index of the statement a statement-scope ignore applies to. */
  readonly statement: number | undefined;
}

export interface IgnoreProblem {
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly message: string;
}

interface Parsed {
  readonly scope: 'statement' | 'file';
  readonly ignore?: Omit<Ignore, 'line' | 'column' | 'endColumn' | 'statement'>;
  readonly problem?: string;
}

const MARKER = /--\s*lockstep-ignore(-file)?(?![\w-])(.*)$/;

function parseComment(text: string, known: ReadonlySet<string>): Parsed | undefined {
  const m = MARKER.exec(text);
  if (!m) return undefined;
  const scope = m[1] ? 'file' : 'statement';
  const rest = (m[2] ?? '').trim();
  const colon = rest.indexOf(':');
  const idsText = colon >= 0 ? rest.slice(0, colon) : rest;
  const reason = colon >= 0 ? rest.slice(colon + 1).trim() : '';
  const rules = idsText.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const form = `-- lockstep-ignore${scope === 'file' ? '-file' : ''} <rule-id>: <reason>`;
  if (rules.length === 0) return { scope, problem: `the ignore comment names no rule; write "${form}"` };
  const unknown = rules.filter((r) => !known.has(r));
  if (unknown.length) return { scope, problem: `unknown rule ${unknown.map((u) => `"${u}"`).join(', ')} in ignore comment` };
  if (!reason) return { scope, problem: `the ignore comment for ${rules.join(', ')} has no reason; write "${form}"` };
  return { scope, ignore: { scope, rules, reason } };
}

interface Collected {
  readonly ignores: Ignore[];
  readonly problems: IgnoreProblem[];
}

function collect(out: Collected, parsed: Parsed | undefined, at: { line: number; column: number; endColumn: number }, statement: number | undefined): void {
  if (!parsed) return;
  if (parsed.problem) out.problems.push({ ...at, message: parsed.problem });
  if (parsed.ignore) out.ignores.push({ ...parsed.ignore, ...at, statement: parsed.ignore.scope === 'statement' ? statement : undefined });
}

/** Comment lines between statements, attached to the statement they annotate (a trailing comment to the one before). */
function statementIgnores(out: Collected, sql: string, startLine: number, statements: readonly SqlStatement[], known: ReadonlySet<string>, seen: Set<number>): void {
  for (let i = 0; i <= statements.length; i++) {
    const from = i === 0 ? 0 : (statements[i - 1]?.end ?? 0);
    const to = statements[i]?.start ?? sql.length;
    let offset = 0;
    for (const lineText of sql.slice(from, to).split('\n')) {
      const idx = lineText.indexOf('--');
      if (idx >= 0) commentAt(out, { sql, startLine, known, seen }, { abs: from + offset + idx, text: lineText.slice(idx), trailing: i > 0 && offset === 0 }, i);
      offset += lineText.length + 1;
    }
  }
}

function commentAt(
  out: Collected,
  env: { sql: string; startLine: number; known: ReadonlySet<string>; seen: Set<number> },
  c: { abs: number; text: string; trailing: boolean },
  next: number,
): void {
  const pos = positionAt(env.sql, c.abs, env.startLine);
  const at = { line: pos.line, column: pos.column, endColumn: pos.column + c.text.trimEnd().length };
  const parsed = parseComment(c.text, env.known);
  if (parsed?.scope === 'file' && next > 0) {
    collect(out, { scope: 'file', problem: 'lockstep-ignore-file must be in the leading comment block of the file' }, at, undefined);
    return;
  }
  if (env.seen.has(pos.line)) return;
  env.seen.add(pos.line);
  collect(out, parsed, at, c.trailing ? next - 1 : next);
}

/** File-scope ignores in the file's leading comment block (before the first line that is not a comment). */
function leadingFileIgnores(out: Collected, fileText: string, known: ReadonlySet<string>, seen: Set<number>): void {
  const lines = fileText.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').replace(/\r$/, '');
    const trimmed = text.trim();
    if (trimmed !== '' && !trimmed.startsWith('--')) break;
    const parsed = parseComment(trimmed, known);
    if (parsed?.scope !== 'file') continue;
    const column = text.indexOf('--') + 1;
    if (seen.has(i + 1)) continue;
    seen.add(i + 1);
    collect(out, parsed, { line: i + 1, column, endColumn: text.trimEnd().length + 1 }, undefined);
  }
}

export function parseIgnores(input: {
  readonly sql: string;
  readonly startLine: number;
  readonly statements: readonly SqlStatement[];
  readonly fileText: string | undefined;
  readonly knownRules: ReadonlySet<string>;
}): Collected {
  const out: Collected = { ignores: [], problems: [] };
  squawkIgnores(out, input.sql, input.startLine, 'line');
  if (input.fileText !== undefined) squawkIgnores(out, input.fileText, 1, 'file');
  else squawkIgnores(out, input.sql, input.startLine, 'file');
  // Every form contains the marker word; most files have none, and then there is nothing to scan.
  if (!input.sql.includes('lockstep-ignore') && !(input.fileText?.includes('lockstep-ignore') ?? false)) return out;
  const seen = new Set<number>();
  if (input.fileText !== undefined) leadingFileIgnores(out, input.fileText, input.knownRules, seen);
  statementIgnores(out, input.sql, input.startLine, input.statements, input.knownRules, seen);
  return out;
}
