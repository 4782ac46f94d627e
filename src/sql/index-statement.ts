/**
 * A CREATE INDEX statement moved onto another table under another name, so the server can show what it would
 * build (pg_get_indexdef) without touching the real table: the runner compares that with an index already there.
 */
import { loadedParser, type ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

export interface IndexTarget {
  /** The index name as written (unquoted), and its schema when the statement qualifies the table. */
  readonly name: string;
  readonly schema: string | null;
  readonly table: string;
  readonly concurrent: boolean;
}

/** The index a CREATE INDEX statement names, or undefined (not one, or no name: the server picks it). */
export function indexTarget(stmt: ParsedStatement): IndexTarget | undefined {
  if (stmt.kind !== 'IndexStmt') return undefined;
  const index = (stmt.node as Obj).IndexStmt as Obj;
  const relation = (index.relation ?? {}) as Obj;
  if (typeof index.idxname !== 'string' || typeof relation.relname !== 'string') return undefined;
  return {
    name: index.idxname,
    schema: typeof relation.schemaname === 'string' ? relation.schemaname : null,
    table: relation.relname,
    concurrent: index.concurrent === true,
  };
}

/**
 * `CREATE [UNIQUE] INDEX <name> ON <table> …the rest as written…`: CONCURRENTLY, IF NOT EXISTS, ONLY and the
 * original name and table are replaced, found with the server's own scanner (so quoting and comments are right).
 * Undefined when the statement is not a named CREATE INDEX.
 */
export function indexStatementOn(stmt: ParsedStatement, table: string, name: string): string | undefined {
  if (!indexTarget(stmt)) return undefined;
  const bytes = Buffer.from(stmt.sql, 'utf8');
  const tokens = loadedParser().scanSync(stmt.sql).tokens;
  const on = tokens.findIndex((t) => t.text.toUpperCase() === 'ON');
  if (on < 0) return undefined;
  let i = on + 1;
  if (tokens[i]?.text.toUpperCase() === 'ONLY') i++;
  // The table: identifiers joined by dots.
  while (tokens[i + 1]?.text === '.' && tokens[i + 2]) i += 2;
  const last = tokens[i];
  if (!last) return undefined;
  const unique = ((stmt.node as Obj).IndexStmt as Obj).unique === true;
  const rest = bytes.subarray(last.end).toString('utf8');
  return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${name} ON ${table}${rest}`;
}
