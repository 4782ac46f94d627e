/**
 * Whether an ADD COLUMN rewrites the table. Since PostgreSQL 11 a non-volatile DEFAULT is stored once in
 * the catalog ("fast default") and existing rows are not touched; a volatile default (random(), nextval(),
 * gen_random_uuid(), clock_timestamp()...) must still be computed per row, which rewrites the table under
 * ACCESS EXCLUSIVE (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES,
 * https://www.postgresql.org/docs/release/11.0/).
 */
import { objectMemo } from '../core/object-memo.js';
import type { ColumnDef, TypeInfo } from '../sql/index.js';
import { calledName, constraintsOf, findConstraint, typeInfo, walk } from '../sql/index.js';
import type { NodeOf } from '../sql/index.js';

export type Volatility = 'constant' | 'volatile' | 'unknown';

/** Built-ins known to be VOLATILE (pg_proc.provolatile = 'v'): each row gets a new value. */
const VOLATILE = new Set([
  'random', 'random_normal', 'clock_timestamp', 'timeofday', 'gen_random_uuid', 'uuidv4', 'uuidv7',
  'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'nextval', 'setval', 'gen_random_bytes',
]);

/** Built-ins that are STABLE or IMMUTABLE: evaluated once for the whole ALTER TABLE. */
const NOT_VOLATILE = new Set([
  'now', 'statement_timestamp', 'transaction_timestamp', 'current_timestamp', 'current_date', 'localtimestamp',
  'lower', 'upper', 'coalesce', 'concat', 'to_jsonb', 'jsonb_build_object', 'jsonb_build_array', 'json_build_object',
  'array', 'make_interval', 'to_timestamp', 'to_date', 'date_trunc', 'length', 'md5', 'current_setting',
  'current_user', 'session_user', 'current_schema', 'abs', 'round', 'greatest', 'least', 'nullif', 'format',
  'uuid_nil', 'timezone', 'make_date', 'interval', 'txid_current', 'pg_current_xact_id',
  // Checked in pg_proc on PostgreSQL 15 (no VOLATILE variant): formatting, date parts, strings, arrays, ranges, json.
  'to_char', 'to_number', 'date_part', 'extract', 'date_bin', 'age', 'justify_interval', 'make_timestamp', 'make_timestamptz',
  'floor', 'ceil', 'ceiling', 'trunc', 'mod', 'power', 'sqrt', 'sign',
  'substr', 'substring', 'replace', 'regexp_replace', 'btrim', 'ltrim', 'rtrim', 'left', 'right', 'lpad', 'rpad', 'repeat',
  'reverse', 'initcap', 'split_part', 'strpos', 'char_length', 'octet_length', 'concat_ws', 'quote_ident', 'quote_literal',
  'encode', 'decode', 'sha256', 'array_fill', 'array_length', 'array_append', 'array_cat', 'array_remove', 'array_to_string',
  'string_to_array', 'cardinality', 'int4range', 'numrange', 'daterange', 'tstzrange', 'to_json', 'row_to_json',
  'json_build_array', 'jsonb_object', 'jsonb_set', 'to_tsvector', 'setweight',
  'current_database', 'version', 'pg_backend_pid', 'inet_client_addr',
]);

/** Built-ins known to be STABLE (pg_proc.provolatile = 's' on PostgreSQL 15, no IMMUTABLE variant): the same within a statement only. */
const STABLE = new Set([
  'now', 'statement_timestamp', 'transaction_timestamp', 'current_setting', 'current_database', 'current_schema',
  'pg_backend_pid', 'txid_current', 'pg_current_xact_id', 'inet_client_addr', 'version',
]);

/**
 * A function call in `expr` known not to be IMMUTABLE, as written (`now()`, `CURRENT_TIMESTAMP`, `random()`), which an
 * index expression or predicate may not call; undefined when none is known. Functions of unknown volatility pass.
 */
export function notImmutableCall(expr: unknown): string | undefined {
  let found: string | undefined;
  walk(expr, (key, body) => {
    if (found) return;
    // CURRENT_DATE, CURRENT_TIMESTAMP, LOCALTIMESTAMP, CURRENT_USER …: all STABLE.
    if (key === 'SQLValueFunction') found = String((body as { op?: string }).op ?? 'SVFOP').replace(/^SVFOP_/, '');
    if (key !== 'FuncCall') return;
    const name = calledName(body as NodeOf<'FuncCall'>);
    if (name !== undefined && (VOLATILE.has(name) || STABLE.has(name))) found = `${name}()`;
  });
  return found;
}

export const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

/** Volatile if any function called is; unknown if any is unclassified or there is a subquery; else constant. */
export function volatility(expr: unknown): Volatility {
  let volatile = false;
  let unknown = false;
  walk(expr, (key, body) => {
    if (key === 'SubLink') unknown = true;
    if (key !== 'FuncCall') return;
    const name = calledName(body as NodeOf<'FuncCall'>);
    if (name === undefined) return;
    if (VOLATILE.has(name)) volatile = true;
    else if (!NOT_VOLATILE.has(name)) unknown = true;
  });
  if (volatile) return 'volatile';
  return unknown ? 'unknown' : 'constant';
}

export interface AddColumnAnalysis {
  readonly type: TypeInfo | undefined;
  readonly hasDefault: boolean;
  readonly defaultVolatility: Volatility | undefined;
  readonly notNull: boolean;
  readonly serial: boolean;
  readonly identity: boolean;
  readonly storedGenerated: boolean;
  /** The reason the table is rewritten, or undefined when it is not. */
  readonly rewriteReason: string | undefined;
}

const cache = objectMemo<ColumnDef, { readonly pgVersion: number; readonly analysis: AddColumnAnalysis }>();

/** Cached per column definition: the lock model and four rules ask about the same ADD COLUMN. */
export function analyzeAddColumn(col: ColumnDef | undefined, pgVersion: number): AddColumnAnalysis {
  if (!col) return analyze(col, pgVersion);
  const hit = cache.get(col);
  if (hit?.pgVersion === pgVersion) return hit.analysis;
  const analysis = analyze(col, pgVersion);
  cache.set(col, { pgVersion, analysis });
  return analysis;
}

function analyze(col: ColumnDef | undefined, pgVersion: number): AddColumnAnalysis {
  const type = typeInfo(col?.typeName);
  const def = findConstraint(col, 'CONSTR_DEFAULT');
  const generated = findConstraint(col, 'CONSTR_GENERATED');
  const serial = type !== undefined && type.schema === undefined && SERIAL_TYPES.has(type.name);
  const identity = findConstraint(col, 'CONSTR_IDENTITY') !== undefined;
  const storedGenerated = generated !== undefined && generated.generated_kind !== 'v';
  const defaultVolatility = def ? volatility(def.raw_expr) : undefined;
  const notNull = constraintsOf(col).some((c) => c.contype === 'CONSTR_NOTNULL' || c.contype === 'CONSTR_PRIMARY');
  let rewriteReason: string | undefined;
  if (serial) rewriteReason = `a ${type?.name} column fills every existing row from a sequence`;
  else if (identity) rewriteReason = 'an identity column fills every existing row from a sequence';
  else if (storedGenerated) rewriteReason = 'a stored generated column is computed and written for every existing row';
  else if (def && defaultVolatility === 'volatile') rewriteReason = 'a volatile DEFAULT is computed separately for every existing row';
  else if (def && pgVersion < 11 && !isNullConst(def.raw_expr)) rewriteReason = 'before PostgreSQL 11 any non-null DEFAULT rewrites the table';
  // DEFAULT NULL is no default: existing rows get NULL, as without one (a NOT NULL column then fails on them).
  return { type, hasDefault: def !== undefined && !isNullConst(def.raw_expr), defaultVolatility, notNull, serial, identity, storedGenerated, rewriteReason };
}

function isNullConst(expr: unknown): boolean {
  const c = (expr as { A_Const?: { isnull?: boolean } } | undefined)?.A_Const;
  return c?.isnull === true;
}
