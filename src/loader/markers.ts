/**
 * Section markers of single-file migrations, in the conventions of the tools people migrate from.
 * A marker is a whole comment line; matching is case-insensitive. dbmate and sql-migrate only see a marker that starts
 * its line (`^--` in dbmate's pattern, sql-migrate's `HasPrefix(line, "-- +migrate ")`): indented, it is an ordinary
 * comment inside the SQL around it. goose refuses an indented annotation outright.
 *
 *   lockstep          -- UP                     -- DOWN
 *   sql-migrate       -- +migrate Up [notransaction]   -- +migrate Down   (+ StatementBegin/End)
 *   dbmate            -- migrate:up [transaction:false]   -- migrate:down
 *   node-pg-migrate   -- Up Migration           -- Down Migration
 *   goose             -- +goose Up              -- +goose Down   (+ StatementBegin/End, NO TRANSACTION)
 */
import type { MarkerStyle } from '../core/types.js';

export type MarkerRole = 'up' | 'down' | 'statement-begin' | 'statement-end' | 'no-transaction';

export interface MarkerMatch {
  readonly role: MarkerRole;
  readonly style: MarkerStyle;
  /** The marker line itself asks for no transaction (sql-migrate `notransaction`, dbmate `transaction:false`). */
  readonly noTransaction: boolean;
  /** The marker says in so many words that it runs in a transaction (dbmate `transaction:true`). */
  readonly inTransaction?: boolean | undefined;
  /** The marker's options say something its tool does not accept (dbmate `transaction:flase`). */
  readonly problem?: string | undefined;
}

interface Pattern {
  readonly style: MarkerStyle;
  readonly regex: RegExp;
  readonly noTransactionOption?: RegExp;
  /** What the tool makes of the marker written with leading spaces or tabs (default: a marker all the same). */
  readonly indented?: 'comment' | 'refused';
}

const PATTERNS: readonly Pattern[] = [
  { style: 'lockstep', regex: /^--\s*(up|down)\s*$/i },
  { style: 'sql-migrate', regex: /^--\s*\+migrate\s+(up|down|statementbegin|statementend)\b(.*)$/i, noTransactionOption: /\bnotransaction\b/i, indented: 'comment' },
  { style: 'dbmate', regex: /^--\s*migrate:(up|down)\b(.*)$/i, noTransactionOption: /\btransaction:\s*false\b/i, indented: 'comment' },
  // node-pg-migrate's own pattern (createMigrationCommentRegex in its src/sqlMigration.ts, 9.0.0) allows any dashes
  // and spaces between `--` and the word, and ends at `migration` with no word boundary: `-- Up Migrations` is its up
  // marker too (with a boundary here such a file had no markers and ran whole, its down section included).
  { style: 'node-pg-migrate', regex: /^--[\s-]*(up|down)\s+migration()/i },
  { style: 'goose', regex: /^--\s*\+goose\s+(up|down|statementbegin|statementend|no\s+transaction)\b(.*)$/i, indented: 'refused' },
];

const ROLES: Readonly<Record<string, MarkerRole>> = {
  up: 'up',
  down: 'down',
  statementbegin: 'statement-begin',
  statementend: 'statement-end',
  'no transaction': 'no-transaction',
};

/** The marker on this line, if it is one. */
export function matchMarker(line: string): MarkerMatch | undefined {
  const text = line.trim();
  if (!text.startsWith('--')) return undefined;
  const indented = /^[ \t]/.test(line);
  for (const pattern of PATTERNS) {
    const m = pattern.regex.exec(text);
    if (!m) continue;
    if (indented && pattern.indented === 'comment') return undefined;
    const role = ROLES[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    if (!role) continue;
    const options = m[2] ?? '';
    const noTransaction = role === 'no-transaction' || (pattern.noTransactionOption?.test(options) ?? false);
    const problem = indented && pattern.indented === 'refused'
      ? `goose refuses an annotation with leading whitespace ("${text}")`
      : pattern.style === 'dbmate' ? dbmateOptionProblem(options) : undefined;
    const inTransaction = pattern.style === 'dbmate' && /\btransaction:\s*true\b/i.test(options);
    return { role, style: pattern.style, noTransaction, ...(inTransaction ? { inTransaction } : {}), ...(problem ? { problem } : {}) };
  }
  return undefined;
}

/**
 * dbmate reads `key:value` options after its markers and knows one key, `transaction`, whose value must be `true` or
 * `false`: a typo there would silently change whether the migration runs in a transaction.
 */
function dbmateOptionProblem(options: string): string | undefined {
  for (const word of options.replace(/:\s+/g, ':').trim().split(/\s+/).filter((w) => w !== '')) {
    const [key, value] = word.split(':');
    if (key?.toLowerCase() !== 'transaction') return `unknown dbmate option "${word}"`;
    if (value !== 'true' && value !== 'false') return `invalid dbmate option "${word}" (transaction takes true or false)`;
  }
  return undefined;
}

/** Up/down marker lines of each style, for templates and documentation. */
export const MARKER_LINES: Readonly<Record<MarkerStyle, { readonly up: string; readonly down: string }>> = {
  lockstep: { up: '-- UP', down: '-- DOWN' },
  'sql-migrate': { up: '-- +migrate Up', down: '-- +migrate Down' },
  dbmate: { up: '-- migrate:up', down: '-- migrate:down' },
  'node-pg-migrate': { up: '-- Up Migration', down: '-- Down Migration' },
  goose: { up: '-- +goose Up', down: '-- +goose Down' },
};
