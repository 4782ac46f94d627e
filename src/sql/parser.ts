/**
 * The only module that touches libpg-query (the real PostgreSQL parser, compiled to WASM).
 * Everything else asks this module for statements with exact offsets and line:column.
 */
import type { Node } from 'libpg-query';
import { LockstepError } from '../core/errors.js';
import type { SqlSection, SqlStatement } from '../core/types.js';
import { elideConstantRows } from './constant-rows.js';
import { byteToCharIndex, codePointToIndex, lineIndex, positionAt } from './location.js';
import { withBaselineWasm } from './wasm-tiering.js';

export type { Node } from 'libpg-query';

type LibPgQuery = typeof import('libpg-query');

let pgQuery: LibPgQuery | undefined;
let ready: Promise<void> | undefined;

/**
 * Loads the WASM parser once per process (imported here, not at start-up: most commands that link this module
 * parse nothing until they have read their migrations). Must be awaited before any other call here.
 */
export function initParser(): Promise<void> {
  ready ??= withBaselineWasm(async () => {
    const mod = await import('libpg-query');
    await mod.loadModule();
    pgQuery = mod;
  });
  return ready;
}

/** The loaded parser module, for the other files of src/sql. */
export function loadedParser(): LibPgQuery {
  if (!pgQuery) throw new Error('the SQL parser is not loaded: await initParser() first');
  return pgQuery;
}

export interface ParsedStatement extends SqlStatement {
  /** The statement's AST: a one-key object such as { IndexStmt: {...} }. */
  readonly node: Node;
  /** The AST node's type name, e.g. "IndexStmt", "AlterTableStmt". */
  readonly kind: string;
  /**
   * Rows of an `INSERT … VALUES` of constants dropped from `node` after its first (sql/constant-rows.ts); `wholeNode`
   * has them all.
   */
  readonly elidedRows?: number | undefined;
}

interface RawStmt {
  stmt?: Node;
  stmt_location?: number;
  stmt_len?: number;
}

/** A statement's AST and its character range in the text given to the parser. */
interface Located {
  readonly stmt: Node;
  readonly start: number;
  readonly end: number;
  readonly elidedRows: number;
}

/**
 * Statements of `text` (which starts at `offset` of the section) with section character offsets. A syntax error is
 * thrown as the parser's own error, to be positioned by the caller.
 */
function parseRaw(text: string, offset: number): Located[] {
  const stmts = (loadedParser().parseSync(text).stmts ?? []) as RawStmt[];
  const toChar = byteToCharIndex(text);
  const out: Located[] = [];
  for (const raw of stmts) {
    if (!raw.stmt) continue;
    const startByte = raw.stmt_location ?? 0;
    const start = toChar(startByte);
    const end = raw.stmt_len ? toChar(startByte + raw.stmt_len) : text.length;
    // Dropped window by window, so a long section never holds all of its rows' trees at once.
    out.push({ stmt: raw.stmt, start: offset + start, end: offset + end, elidedRows: elideConstantRows(raw.stmt) });
  }
  return out;
}

/**
 * Above this many characters a section is parsed a window at a time. libpg-query returns a whole parse tree as
 * one JSON string, and its WASM memory grows to hold it and never shrinks: a 50 MB data migration parsed at once
 * took over a gigabyte. A window ends after a line that ends with `;`; every statement of a window but its last
 * is final (the text before it, all the parser has seen when it closes that statement, is the same as in the whole
 * section), and the next window starts at that last statement. A window that does not parse, or holds one
 * statement, is doubled; at the end of the section a syntax error is a syntax error. A quarter of a Mi: each window's
 * JSON and trees are garbage once its statements are taken, and smaller windows leave less of it between two
 * collections (a 50 MB file parsed in 1 Mi windows peaked 70 MB higher, for no gain in time).
 */
const WINDOW_CHARS = 1 << 18;

function parseWindows(sql: string, section: Pick<SqlSection, 'sql' | 'path' | 'startLine'>): Located[] {
  const out: Located[] = [];
  let from = 0;
  let size = WINDOW_CHARS;
  while (from < sql.length) {
    const cut = from + size >= sql.length ? sql.length : sql.lastIndexOf(';\n', from + size) + 2;
    const end = cut > from + 1 ? cut : sql.length;
    const last = end === sql.length;
    let found: Located[] | undefined;
    try {
      found = sql.slice(from, end).trim() === '' ? [] : parseRaw(sql.slice(from, end), from);
    } catch (err) {
      if (last) throw syntaxError(section, err, from);
    }
    if (last && found) return [...out, ...found];
    const keep = found && found.length > 1 ? found.slice(0, -1) : undefined;
    const next = found?.[found.length - 1];
    if (!keep || !next) {
      size *= 2;
      continue;
    }
    out.push(...keep);
    from = next.start;
    size = WINDOW_CHARS;
  }
  return out;
}

/** Parses a section into statements. Throws LOCKSTEP_E_SQL_SYNTAX with file:line:col on bad SQL. */
export function parseSection(section: Pick<SqlSection, 'sql' | 'path' | 'startLine'>): ParsedStatement[] {
  const { sql } = section;
  // An empty section (an empty file, an empty DOWN) has no statements; the parser itself refuses empty input.
  if (sql.trim() === '') return [];
  let located: Located[];
  if (sql.length > WINDOW_CHARS) located = parseWindows(sql, section);
  else {
    try {
      located = parseRaw(sql, 0);
    } catch (err) {
      throw syntaxError(section, err);
    }
  }
  const at = lineIndex(sql, section.startLine);
  const out: ParsedStatement[] = [];
  for (const raw of located) {
    const start = raw.start;
    let end = raw.end;
    while (end > start && /\s|;/.test(sql[end - 1] ?? '')) end--;
    const text = sql.slice(start, end);
    const from = at(start);
    const to = at(end);
    out.push({
      sql: text,
      start,
      end,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      node: raw.stmt,
      kind: Object.keys(raw.stmt)[0] ?? 'Unknown',
      ...(raw.elidedRows > 0 ? { elidedRows: raw.elidedRows } : {}),
    });
  }
  return out;
}

/** The statement's whole tree: `node` itself, or, when rows were dropped from it, the tree of its text parsed again. */
export function wholeNode(stmt: Pick<ParsedStatement, 'node' | 'sql' | 'elidedRows'>): Node {
  if (!stmt.elidedRows) return stmt.node;
  return (loadedParser().parseSync(stmt.sql).stmts?.[0] as RawStmt | undefined)?.stmt ?? stmt.node;
}

/** Parses free-standing SQL (not from a file). */
export function parseSql(sql: string, path = '<sql>'): ParsedStatement[] {
  return parseSection({ sql, path, startLine: 1 });
}

/** `offset`: where in the section the text the parser refused begins (a window of a long section). */
function syntaxError(section: Pick<SqlSection, 'sql' | 'path' | 'startLine'>, err: unknown, offset = 0): LockstepError {
  const message = err instanceof Error ? err.message : String(err);
  let line: number | undefined;
  let column: number | undefined;
  if (loadedParser().hasSqlDetails(err) && err.sqlDetails && err.sqlDetails.cursorPosition >= 0) {
    // libpg-query's cursor counts characters (PostgreSQL's cursorpos), not bytes.
    const at = Math.min(offset + codePointToIndex(offset === 0 ? section.sql : section.sql.slice(offset), err.sqlDetails.cursorPosition), section.sql.length);
    ({ line, column } = positionAt(section.sql, at, section.startLine));
  }
  return new LockstepError('LOCKSTEP_E_SQL_SYNTAX', `SQL syntax error: ${message}`, {
    hint: 'Fix the SQL at the position shown; the file was not applied. Lockstep parses with the real PostgreSQL parser, so psql would reject it too.',
    location: { file: section.path, ...(line !== undefined ? { line, column } : {}) },
  });
}
