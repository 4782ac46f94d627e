/**
 * The SQL inside a `DO` block or a function body, read with libpg-query's PL/pgSQL parser (the one PostgreSQL's
 * plpgsql validator uses): the statements it runs, with their positions in the file, and the dynamic SQL
 * (`EXECUTE <expression>`) that cannot be read before it runs. `EXECUTE 'constant'` (or constants joined with
 * `||`) is read as the SQL it runs. https://www.postgresql.org/docs/current/plpgsql-statements.html
 */
import { objectMemo } from '../core/object-memo.js';
import type { SqlSection } from '../core/types.js';
import { lineIndex, type Position } from './location.js';
import { loadedParser, parseSection, type ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

/** An `EXECUTE` of SQL built at run time. */
export interface DynamicSql {
  /** `EXECUTE format('ALTER TABLE %I …', t)`, as written (one line). */
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

export interface EmbeddedSql {
  readonly block: 'do' | 'function';
  /** The function's or procedure's name (schema-qualified when written so); undefined for DO. */
  readonly name: string | undefined;
  /** Statements the block runs, in order, parsed; positions are the file's. */
  readonly statements: readonly ParsedStatement[];
  /** Per statement: written inside a loop of the block (LOOP, WHILE, FOR, FOREACH), so it may run many times. */
  readonly looped: readonly boolean[];
  readonly dynamic: readonly DynamicSql[];
}

type Section = Pick<SqlSection, 'sql' | 'path' | 'startLine'>;

function defElems(list: unknown): Obj[] {
  return Array.isArray(list) ? list.map((d) => (d as Obj).DefElem as Obj | undefined).filter((d): d is Obj => d !== undefined) : [];
}

function sval(node: unknown): string | undefined {
  return ((node as Obj | undefined)?.String as Obj | undefined)?.sval as string | undefined;
}

/** The body and language of a DO block or CREATE FUNCTION / PROCEDURE; undefined for any other statement. */
export function blockOf(stmt: ParsedStatement): { block: 'do' | 'function'; name: string | undefined; body: string; language: string } | undefined {
  if (stmt.kind !== 'DoStmt' && stmt.kind !== 'CreateFunctionStmt') return undefined;
  const node = stmt.node as Obj;
  const args = defElems(stmt.kind === 'DoStmt' ? (node.DoStmt as Obj).args : (node.CreateFunctionStmt as Obj).options);
  const as = args.find((d) => d.defname === 'as')?.arg as Obj | undefined;
  // DO's body is a String; CREATE FUNCTION's a List of one String (two for C functions).
  const items = (as?.List as Obj | undefined)?.items;
  const body = sval(as) ?? (Array.isArray(items) ? sval(items[0]) : undefined);
  const language = (sval(args.find((d) => d.defname === 'language')?.arg) ?? (stmt.kind === 'DoStmt' ? 'plpgsql' : '')).toLowerCase();
  if (body === undefined) return undefined;
  if (stmt.kind === 'DoStmt') return { block: 'do', name: undefined, body, language };
  const names = ((node.CreateFunctionStmt as Obj).funcname as unknown[] | undefined)?.map(sval) ?? [];
  return { block: 'function', name: names.filter((n) => n !== undefined).join('.'), body, language };
}

/** Where the body starts in the section: its dollar-quoted text is there verbatim (a quoted body may not be). */
function bodyOffset(stmt: ParsedStatement, body: string): { at: number; verbatim: boolean } {
  const i = body === '' ? -1 : stmt.sql.indexOf(body);
  return i >= 0 ? { at: stmt.start + i, verbatim: true } : { at: stmt.start, verbatim: false };
}

/** Offsets of each line's start in `text` (line 1 at 0). */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) out.push(i + 1);
  return out;
}

interface Found {
  readonly kind: 'sql' | 'execute';
  readonly query: string;
  readonly lineno: number;
  readonly inLoop: boolean;
}

const LOOPS = new Set(['PLpgSQL_stmt_loop', 'PLpgSQL_stmt_while', 'PLpgSQL_stmt_fori', 'PLpgSQL_stmt_fors', 'PLpgSQL_stmt_forc', 'PLpgSQL_stmt_foreach_a', 'PLpgSQL_stmt_dynfors']);

const STATIC = new Set(['PLpgSQL_stmt_execsql']);
const DYNAMIC = new Set(['PLpgSQL_stmt_dynexecute', 'PLpgSQL_stmt_dynfors']);

function exprText(node: unknown): string | undefined {
  return ((node as Obj | undefined)?.PLpgSQL_expr as Obj | undefined)?.query as string | undefined;
}

/** The statements of a PL/pgSQL function tree that run SQL, in the order they are written. */
function walk(value: unknown, out: Found[], inLoop = false): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, out, inLoop);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, inner] of Object.entries(value as Obj)) {
    const o = inner as Obj;
    const lineno = typeof o?.lineno === 'number' ? o.lineno : 1;
    if (STATIC.has(key)) {
      const query = exprText(o.sqlstmt);
      if (query !== undefined) out.push({ kind: 'sql', query, lineno, inLoop });
    } else if (DYNAMIC.has(key)) {
      const query = exprText(o.query);
      if (query !== undefined) out.push({ kind: 'execute', query, lineno, inLoop });
    } else if (key === 'PLpgSQL_stmt_open' || key === 'PLpgSQL_stmt_return_query') {
      const query = exprText(o.dynquery);
      if (query !== undefined) out.push({ kind: 'execute', query, lineno, inLoop });
    }
    walk(inner, out, inLoop || LOOPS.has(key));
  }
}

/** The value of a constant string expression ('a', 'a' || 'b', 'a'::text), or undefined when it is computed. */
export function constantString(expression: string): string | undefined {
  let stmts: ParsedStatement[];
  try {
    stmts = parseSection({ sql: `SELECT ${expression}`, path: '<expr>', startLine: 1 });
  } catch {
    return undefined;
  }
  const select = (stmts[0]?.node as Obj | undefined)?.SelectStmt as Obj | undefined;
  const targets = select?.targetList as unknown[] | undefined;
  if (stmts.length !== 1 || targets?.length !== 1 || select?.fromClause) return undefined;
  return evaluate(((targets[0] as Obj).ResTarget as Obj | undefined)?.val);
}

function evaluate(node: unknown): string | undefined {
  const n = node as Obj | undefined;
  const c = n?.A_Const as Obj | undefined;
  if (c) return ((c.sval as Obj | undefined)?.sval as string | undefined) ?? undefined;
  const cast = n?.TypeCast as Obj | undefined;
  if (cast) {
    const type = ((cast.typeName as Obj | undefined)?.names as unknown[] | undefined)?.map(sval).pop();
    return type === 'text' || type === 'varchar' ? evaluate(cast.arg) : undefined;
  }
  const e = n?.A_Expr as Obj | undefined;
  if (e?.kind === 'AEXPR_OP' && sval((e.name as unknown[] | undefined)?.[0]) === '||') {
    const left = evaluate(e.lexpr);
    const right = evaluate(e.rexpr);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  return undefined;
}

const trees = objectMemo<object, unknown>();

/**
 * The PL/pgSQL syntax tree of a DO block or function (libpg-query's PL/pgSQL parser), parsed once per statement's
 * syntax tree: the embedded-SQL reading and the DO-block checks (sql/do-block-raise) ask for it of the same statement.
 * Undefined when the body does not parse.
 */
export function plpgsqlTree(stmt: ParsedStatement): unknown {
  const key = stmt.node as object;
  if (trees.has(key)) return trees.get(key);
  let tree: unknown;
  try {
    tree = loadedParser().parsePlPgSQLSync(stmt.sql);
  } catch {
    // PostgreSQL's validator would refuse the body too; the statement itself still parsed, so nothing is read.
    tree = undefined;
  }
  trees.set(key, tree);
  return tree;
}

/**
 * Whether a DO block's or a procedure's PL/pgSQL body COMMITs or ROLLs BACK, per syntax tree: the execution model,
 * the runner and two lint rules all ask of the same statement, and each answer is a parse of the body.
 */
const endsTransactions = objectMemo<object, boolean>();

function bodyEndsTransactions(stmt: ParsedStatement, body: string): boolean {
  const key = stmt.node as object;
  let ends = endsTransactions.get(key);
  if (ends === undefined) {
    ends = /\b(commit|rollback)\b/i.test(body) && holdsTransactionControl(plpgsqlTree(stmt));
    endsTransactions.set(key, ends);
  }
  return ends;
}

/**
 * The procedures a PL/pgSQL `DO` block CALLs, by unqualified name (empty for any other statement, or a body that does
 * not parse): a CALL of a procedure that COMMITs fails inside a transaction block, wherever the CALL is written.
 */
export function doBlockCalls(stmt: ParsedStatement): string[] {
  const b = blockOf(stmt);
  if (b?.block !== 'do' || b.language !== 'plpgsql' || !/\bcall\b/i.test(b.body)) return [];
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Obj)) {
      if (key === 'PLpgSQL_stmt_call') {
        const query = (((value as Obj).expr as Obj | undefined)?.PLpgSQL_expr as Obj | undefined)?.query;
        const name = typeof query === 'string' ? calledProcedure(query) : undefined;
        if (name !== undefined) names.push(name);
      } else walk(value);
    }
  };
  walk(plpgsqlTree(stmt));
  return names;
}

/** The unqualified name of the procedure a `CALL …` query calls. */
function calledProcedure(query: string): string | undefined {
  try {
    const stmts = (loadedParser().parseSync(query) as { stmts?: Array<{ stmt?: Obj }> }).stmts ?? [];
    const names = ((stmts[0]?.stmt?.CallStmt as Obj | undefined)?.funccall as Obj | undefined)?.funcname;
    return Array.isArray(names) ? sval(names.at(-1)) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a PL/pgSQL tree holds a COMMIT or ROLLBACK statement anywhere. */
function holdsTransactionControl(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(holdsTransactionControl);
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node as Obj).some(([key, value]) => key === 'PLpgSQL_stmt_commit' || key === 'PLpgSQL_stmt_rollback' || holdsTransactionControl(value));
}

/**
 * The procedure a `CREATE PROCEDURE` written in PL/pgSQL makes, by its unqualified name, when its body COMMITs or ROLLs
 * BACK; undefined for any other statement.
 */
export function committingProcedure(stmt: ParsedStatement): string | undefined {
  if (stmt.kind !== 'CreateFunctionStmt' || (stmt.node as { CreateFunctionStmt?: { is_procedure?: boolean } }).CreateFunctionStmt?.is_procedure !== true) return undefined;
  const b = blockOf(stmt);
  if (b?.language !== 'plpgsql' || b.name === undefined) return undefined;
  return bodyEndsTransactions(stmt, b.body) ? b.name.split('.').pop() : undefined;
}

/**
 * Whether a PL/pgSQL `DO` block COMMITs or ROLLs BACK: PostgreSQL then refuses it inside a transaction block
 * ("invalid transaction termination"), so it runs only on its own
 * (https://www.postgresql.org/docs/current/plpgsql-transactions.html).
 */
export function doBlockEndsTransactions(stmt: ParsedStatement): boolean {
  const b = blockOf(stmt);
  return b?.block === 'do' && b.language === 'plpgsql' && bodyEndsTransactions(stmt, b.body);
}

/** A statement parsed from `sql`, moved to `at` in the section (each statement's own offset when `exact`). */
function placed(sql: string, at: number, exact: boolean, section: Section, position: (i: number) => Position): ParsedStatement[] {
  let parsed: ParsedStatement[];
  try {
    parsed = parseSection({ sql, path: section.path, startLine: 1 });
  } catch {
    return [];
  }
  return parsed.map((p) => {
    // The first statement's offset may include the blanks before it.
    let first = p.start;
    while (first < p.end && /\s/.test(sql[first] ?? '')) first++;
    const start = exact ? at + first : at;
    const end = exact ? at + p.end : at;
    const from = position(start);
    const to = position(exact ? end : at);
    return { ...p, sql: sql.slice(first, p.end), start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  });
}

function oneLine(text: string, max = 80): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const positions = new WeakMap<object, (i: number) => Position>();

function positionerFor(section: Section): (i: number) => Position {
  let p = positions.get(section);
  if (!p) {
    p = lineIndex(section.sql, section.startLine);
    positions.set(section, p);
  }
  return p;
}

/**
 * The SQL a `DO` block or a PL/pgSQL or SQL function body holds; undefined for any other statement, for
 * another language (C, plpython…) and for a body the PL/pgSQL parser refuses.
 */
export function embeddedSql(stmt: ParsedStatement, section: Section): EmbeddedSql | undefined {
  const b = blockOf(stmt);
  if (!b || (b.language !== 'plpgsql' && b.language !== 'sql')) return undefined;
  const position = positionerFor(section);
  const { at, verbatim } = bodyOffset(stmt, b.body);
  if (b.language === 'sql') {
    const statements = placed(b.body, at, verbatim, section, position);
    return { block: b.block, name: b.name, statements, looped: statements.map(() => false), dynamic: [] };
  }
  const tree = plpgsqlTree(stmt);
  if (tree === undefined) return undefined;
  const found: Found[] = [];
  walk(tree, found);
  const starts = lineStarts(b.body);
  const statements: ParsedStatement[] = [];
  const looped: boolean[] = [];
  const dynamic: DynamicSql[] = [];
  const add = (f: Found, parsed: readonly ParsedStatement[]): void => {
    statements.push(...parsed);
    looped.push(...parsed.map(() => f.inLoop));
  };
  for (const f of found) {
    const lineStart = starts[Math.max(0, f.lineno - 1)] ?? 0;
    const i = verbatim ? b.body.indexOf(f.query, lineStart) : -1;
    const offset = i >= 0 ? at + i : verbatim ? at + lineStart : at;
    if (f.kind === 'sql') {
      add(f, placed(f.query, offset, i >= 0, section, position));
      continue;
    }
    const constant = constantString(f.query);
    if (constant !== undefined) {
      // The literal's text equals the SQL when it has no quote escapes: then each statement keeps its own place.
      const quote = i >= 0 ? b.body.indexOf(`'${constant}'`, i) : -1;
      add(f, placed(constant, quote >= 0 ? at + quote + 1 : offset, quote >= 0, section, position));
      continue;
    }
    const where = position(offset);
    dynamic.push({ text: oneLine(`EXECUTE ${f.query}`), line: where.line, column: where.column });
  }
  return { block: b.block, name: b.name, statements, looped, dynamic };
}
