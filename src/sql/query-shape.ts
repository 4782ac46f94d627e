/**
 * Another session's query text, as Lockstep shows and records it (a lock-timeout blocker, a pre-flight finding,
 * plan's view of the target's lock activity): every constant replaced by a parameter, as pg_stat_statements shows a
 * query (https://www.postgresql.org/docs/current/pgstatstatements.html). The text pg_stat_activity gives is someone
 * else's SQL with its values (an e-mail, a token, a card number in an UPDATE); its shape is what tells an operator
 * which job it is, and it is what may be written to the history events and shown on the dashboard.
 *
 * The server's own scanner finds the constants, so quoting, dollar quotes and comments are read as PostgreSQL reads
 * them. pg_stat_activity cuts a query at track_activity_query_size bytes (and Lockstep cuts it shorter), so the
 * text may end inside a literal: it is then shortened before the quote that opens it, and ends with "…".
 */
import { initParser, loadedParser } from './parser.js';

/** The scanner's token numbers for constants (PostgreSQL's gram.h): FCONST, SCONST, USCONST, BCONST, XCONST, ICONST. */
const CONSTANTS = new Set([260, 261, 262, 263, 264, 266]);
/** PARAM: a $n already in the text. */
const PARAM = 267;
/** What may open a literal, a quoted name, a dollar-quoted string or a comment the cut left unterminated. */
const OPENERS = /['"]|\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$|\/\*/g;

export const WITHHELD = '(query text withheld: it could not be read)';

/**
 * The query with its constants replaced by $1, $2, … (numbered after any parameter it has), whitespace collapsed.
 * A text that does not scan is cut before the last opening quote that lets the rest scan; one with nothing left is
 * withheld. Needs the parser loaded (initParser).
 */
export function queryShape(text: string): string {
  if (text.trim() === '') return '';
  const whole = shapeOf(text);
  if (whole !== undefined) return whole;
  const openers = [...text.matchAll(OPENERS)].map((m) => m.index).reverse();
  for (const at of openers) {
    const shaped = shapeOf(text.slice(0, at));
    if (shaped !== undefined) return shaped === '' ? WITHHELD : `${shaped} …`;
  }
  return WITHHELD;
}

/** Rows read from pg_stat_activity, each `query` as its shape: the one way the callers (runner, preflight, impact) keep it. */
export async function withQueryShapes<T extends { readonly query: string | null }>(rows: readonly T[]): Promise<T[]> {
  await initParser();
  return rows.map((r) => (r.query === null ? r : { ...r, query: queryShape(r.query) }));
}

function shapeOf(sql: string): string | undefined {
  let tokens: ReadonlyArray<{ start: number; end: number; tokenType: number; text: string }>;
  try {
    tokens = loadedParser().scanSync(sql).tokens;
  } catch {
    return undefined;
  }
  const bytes = Buffer.from(sql, 'utf8');
  let next = 1;
  for (const t of tokens) if (t.tokenType === PARAM) next = Math.max(next, Number(t.text.slice(1)) + 1);
  const parts: string[] = [];
  let at = 0;
  for (const t of tokens) {
    if (!CONSTANTS.has(t.tokenType)) continue;
    parts.push(bytes.subarray(at, t.start).toString('utf8'), `$${next++}`);
    at = t.end;
  }
  parts.push(bytes.subarray(at).toString('utf8'));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
