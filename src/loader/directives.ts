/**
 * Directives: instructions to Lockstep written as comments in a migration's leading comment block.
 *
 *   -- lockstep:no-transaction            run the statements one by one, outside BEGIN/COMMIT
 *   -- lockstep:lock-timeout 5s           lock_timeout for this migration's statements
 *   -- lockstep:statement-timeout 10m     statement_timeout for this migration's statements
 *   -- lockstep:irreversible              there is no down section, on purpose
 *   -- lockstep:backfill table=t set="…"  the up section is a batched backfill (docs/zero-downtime.md)
 *   -- LOCK: true                         the author says this migration takes heavy locks
 *   -- SAFETY: <note>                     shown to the operator before the migration runs
 *
 * `-- lockstep-ignore <rule>` (with a dash) is the linter's suppression comment, not a directive.
 * Exported so that the linter can read the same block the same way.
 */
import { closestName } from '../core/closest-name.js';
import { parseDuration } from '../core/duration.js';
import { LockstepError } from '../core/errors.js';
import type { Directives } from '../core/types.js';
import { parseBackfillDirective } from './backfill-directive.js';

/** One comment line: its text after the comment prefix (trimmed) and its 1-based line in the file. */
export interface CommentLine {
  readonly text: string;
  readonly line: number;
}

export interface DirectiveResult {
  readonly directives: Directives;
  readonly errors: readonly LockstepError[];
}

export const KNOWN_DIRECTIVES = ['no-transaction', 'lock-timeout', 'statement-timeout', 'irreversible', 'backfill'] as const;

const KNOWN_HINT =
  'Known directives: `-- lockstep:no-transaction`, `-- lockstep:lock-timeout <duration>`, ' +
  '`-- lockstep:statement-timeout <duration>`, `-- lockstep:irreversible`, `-- lockstep:backfill table=<t> set="<assignments>"`. ' +
  'To silence a lint rule write `-- lockstep-ignore <rule>` (with a dash).';

export const NO_DIRECTIVES: Directives = { noTransaction: false, irreversible: false, lockFlag: false };

/**
 * The comment lines at the top of `text` (blank lines allowed between them), up to the first line
 * that is neither blank nor a comment. `startLine` is the file line on which `text` begins.
 */
export function leadingComments(text: string, startLine = 1, prefix: '--' | '//' = '--'): CommentLine[] {
  const out: CommentLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (!line.startsWith(prefix)) break;
    out.push({ text: line.slice(prefix.length).trim(), line: startLine + i });
  }
  return out;
}

/** Reads directives from comment lines; problems are returned, not thrown, so a loader can collect them all. */
export function parseDirectives(comments: readonly CommentLine[], path: string): DirectiveResult {
  const state: Mutable<Directives> = { ...NO_DIRECTIVES };
  const errors: LockstepError[] = [];
  const seen: Seen = new Map();
  for (const comment of comments) {
    try {
      applyComment(state, comment, path, seen);
    } catch (err) {
      if (!(err instanceof LockstepError)) throw err;
      errors.push(err);
    }
  }
  return { directives: state, errors };
}

/** The first line that set each directive, and the value it gave (as read), to name both lines of a conflict. */
type Seen = Map<string, { readonly line: number; readonly value: string; readonly key: string }>;

/**
 * A directive said twice: the same value again is harmless; a different one is an error naming both lines, since
 * which one wins (a lock_timeout, whether a transaction is used) would otherwise be decided by their order.
 */
function once(seen: Seen, name: string, value: string, comment: CommentLine, path: string, key = value): void {
  const first = seen.get(name);
  if (!first) {
    seen.set(name, { line: comment.line, value, key });
    return;
  }
  if (first.key === key) return;
  throw new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `${path} sets ${name} twice, differently: "${first.value}" on line ${first.line} and "${value}" on line ${comment.line}`, {
    hint: `Keep one of the two lines (${first.line} or ${comment.line}) and delete the other.`,
    location: { file: path, line: comment.line },
    details: { directive: name, lines: [first.line, comment.line] },
  });
}

/** Shorthand: the directives of a SQL text's leading `--` comment block. */
export function readDirectives(sql: string, path: string, startLine = 1): DirectiveResult {
  return parseDirectives(leadingComments(sql, startLine), path);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function applyComment(state: Mutable<Directives>, comment: CommentLine, path: string, seen: Seen): void {
  const directive = /^lockstep:\s*([A-Za-z0-9_-]*)\s*=?\s*(.*)$/i.exec(comment.text);
  if (directive) return applyDirective(state, (directive[1] ?? '').toLowerCase(), (directive[2] ?? '').trim(), comment, path, seen);
  // Metadata keys are upper-case only, so prose such as "-- Lock: see ticket 12" is not mistaken for one.
  const lock = /^LOCK:\s*(.*)$/.exec(comment.text);
  if (lock) {
    const value = (lock[1] ?? '').trim().toLowerCase();
    if (value !== 'true' && value !== 'false') throw bad(comment, path, 'LOCK:', lock[1] ?? '', 'Write `-- LOCK: true` or `-- LOCK: false`.');
    once(seen, 'LOCK:', value, comment, path);
    state.lockFlag = value === 'true';
    return;
  }
  const safety = /^SAFETY:\s*(.*)$/.exec(comment.text);
  if (safety) {
    const note = (safety[1] ?? '').trim();
    if (note === '') throw bad(comment, path, 'SAFETY:', '', 'Write the note for the operator after the colon: `-- SAFETY: <note>`.');
    state.safetyNote = state.safetyNote === undefined ? note : `${state.safetyNote}\n${note}`;
  }
}

function applyDirective(state: Mutable<Directives>, word: string, value: string, comment: CommentLine, path: string, seen: Seen): void {
  switch (word) {
    case 'no-transaction':
    case 'irreversible':
      if (value !== '') {
        throw bad(comment, path, `lockstep:${word}`, value, `\`-- lockstep:${word}\` takes no value; put any explanation on its own comment line.`);
      }
      if (word === 'no-transaction') {
        state.noTransaction = true;
        state.noTransactionFrom = `-- lockstep:no-transaction (line ${comment.line})`;
      }
      else state.irreversible = true;
      return;
    case 'lock-timeout':
    case 'statement-timeout': {
      const ms = durationOf(value);
      if (ms === undefined) {
        throw bad(comment, path, `lockstep:${word}`, value, `Write a duration: \`-- lockstep:${word} 5s\` (units ms, s, m, h; a bare number is milliseconds).`);
      }
      if (word === 'lock-timeout' && ms < 1) {
        // PostgreSQL reads lock_timeout 0 as "wait forever": the protection this directive exists for would be off.
        throw bad(comment, path, `lockstep:${word}`, value, 'lock_timeout 0 means waiting for locks forever, queueing every writer behind the migration. Give a positive duration, e.g. `-- lockstep:lock-timeout 5s`.');
      }
      // Compared as milliseconds: `5s` and `5000ms` say the same thing.
      once(seen, `lockstep:${word}`, value, comment, path, String(ms));
      if (word === 'lock-timeout') state.lockTimeoutMs = ms;
      else state.statementTimeoutMs = ms;
      return;
    }
    case 'backfill': {
      const parsed = parseBackfillDirective(value);
      if (parsed.problem !== undefined) {
        throw bad(comment, path, 'lockstep:backfill', value, `${parsed.problem}. Write e.g. \`-- lockstep:backfill table=payments set="captured_at = created_at" where="captured_at IS NULL" batch-size=5000\`.`);
      }
      const first = seen.get('lockstep:backfill');
      if (first) {
        throw new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `${path} has two lockstep:backfill directives, on lines ${first.line} and ${comment.line}`, {
          hint: 'One backfill per migration: move the second one into a migration of its own.',
          location: { file: path, line: comment.line },
          details: { directive: 'lockstep:backfill', lines: [first.line, comment.line] },
        });
      }
      seen.set('lockstep:backfill', { line: comment.line, value, key: value });
      state.backfill = parsed.spec;
      state.backfillLine = comment.line;
      return;
    }
    default:
      throw unknown(word, comment, path);
  }
}

function durationOf(value: string): number | undefined {
  if (value === '') return undefined;
  try {
    return parseDuration(value);
  } catch {
    return undefined;
  }
}

function bad(comment: CommentLine, path: string, name: string, value: string, hint: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `invalid value "${value}" for ${name} in ${path} (line ${comment.line})`, {
    hint,
    location: { file: path, line: comment.line },
  });
}

function unknown(word: string, comment: CommentLine, path: string): LockstepError {
  const guess = closestName(word, KNOWN_DIRECTIVES);
  return new LockstepError('LOCKSTEP_E_UNKNOWN_DIRECTIVE', `unknown directive "lockstep:${word}" in ${path} (line ${comment.line})`, {
    hint: `${guess ? `Did you mean \`-- lockstep:${guess}\`? ` : ''}${KNOWN_HINT}`,
    location: { file: path, line: comment.line },
  });
}
