/**
 * The only module that touches libpg-query (the real PostgreSQL parser, compiled to WASM).
 * Everything else asks this module for statements with exact offsets and line:column.
 */
import type { Node } from 'libpg-query';
import { LockstepError } from '../core/errors.js';
import type { SqlSection, SqlStatement } from '../core/types.js';
import { byteToCharIndex, lineIndex, positionAt } from './location.js';
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
}

interface RawStmt {
  stmt?: Node;
  stmt_location?: number;
  stmt_len?: number;
}

/** Parses a section into statements. Throws LOCKSTEP_E_SQL_SYNTAX with file:line:col on bad SQL. */
export function parseSection(section: Pick<SqlSection, 'sql' | 'path' | 'startLine'>): ParsedStatement[] {
  const { sql } = section;
  // An empty section (an empty file, an empty DOWN) has no statements; the parser itself refuses empty input.
  if (sql.trim() === '') return [];
  let stmts: RawStmt[];
  try {
    stmts = (loadedParser().parseSync(sql).stmts ?? []) as RawStmt[];
  } catch (err) {
    throw syntaxError(section, err);
  }
  const toChar = byteToCharIndex(sql);
  const at = lineIndex(sql, section.startLine);
  const out: ParsedStatement[] = [];
  for (const raw of stmts) {
    if (!raw.stmt) continue;
    const startByte = raw.stmt_location ?? 0;
    const start = toChar(startByte);
    let end = raw.stmt_len ? toChar(startByte + raw.stmt_len) : sql.length;
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
    });
  }
  return out;
}

/** Parses free-standing SQL (not from a file). */
export function parseSql(sql: string, path = '<sql>'): ParsedStatement[] {
  return parseSection({ sql, path, startLine: 1 });
}

function syntaxError(section: Pick<SqlSection, 'sql' | 'path' | 'startLine'>, err: unknown): LockstepError {
  const message = err instanceof Error ? err.message : String(err);
  let line: number | undefined;
  let column: number | undefined;
  if (loadedParser().hasSqlDetails(err) && err.sqlDetails && err.sqlDetails.cursorPosition >= 0) {
    const at = Math.min(byteToCharIndex(section.sql)(err.sqlDetails.cursorPosition), section.sql.length);
    ({ line, column } = positionAt(section.sql, at, section.startLine));
  }
  return new LockstepError('LOCKSTEP_E_SQL_SYNTAX', `SQL syntax error: ${message}`, {
    hint: 'Fix the SQL at the position shown; the file was not applied. Lockstep parses with the real PostgreSQL parser, so psql would reject it too.',
    location: { file: section.path, ...(line !== undefined ? { line, column } : {}) },
  });
}
