/**
 * Does ALTER COLUMN ... TYPE rewrite the table? PostgreSQL skips the rewrite when the USING clause does not
 * change the contents and the old type is binary-coercible to the new one
 * (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES). Every pair below was
 * checked on PostgreSQL 15 by comparing pg_class.relfilenode before and after (test/lint/type-change-server.test.ts):
 * the same type again (also with USING col); varchar(n) to a longer varchar, to varchar or to text; text to
 * varchar; text or varchar to unconstrained bpchar; numeric(p,s) to a larger precision with the same scale;
 * varbit(n) to a longer varbit; bit(n) to varbit; cidr to inet; xml to text or varchar; integer and oid to each
 * other and to the reg* types (regclass, ...); a larger or dropped precision of time, timetz, timestamp and
 * timestamptz; and (PostgreSQL 12+) timestamp to timestamptz and back when the session time zone is UTC.
 * Arrays skip it only for the very same type (varchar(10)[] to text[] rewrites). Indexes on the column may still
 * be rebuilt, and CHECK constraints on it are re-verified.
 */
import type { AlterTableCmd, TypeInfo } from '../ast.js';
import { nodeAs, stringOf, typeInfo, typeLabel } from '../ast.js';

export type TypeChangeVerdict =
  /** Known to be binary-coercible: catalog-only change (a brief ACCESS EXCLUSIVE). */
  | 'no-rewrite'
  /** Binary-coercible only from some old types (old type unknown to the linter). */
  | 'depends-on-old-type'
  /** Rewrites the table and every index under ACCESS EXCLUSIVE. */
  | 'rewrite';

export interface TypeChange {
  readonly column: string;
  readonly to: TypeInfo | undefined;
  readonly verdict: TypeChangeVerdict;
  readonly why: string;
}

const TEXTUAL = new Set(['text', 'varchar']);
/** pg_cast castmethod 'b' from integer and oid (and between them). */
const OID_LIKE = new Set(['int4', 'oid']);
const REG_TYPES = new Set([
  'regclass', 'regtype', 'regproc', 'regprocedure', 'regoper', 'regoperator', 'regconfig', 'regdictionary',
  'regnamespace', 'regrole', 'regcollation',
]);
/** Types whose only modifier is a fractional-seconds precision, at most 6. */
const PRECISION_TYPES = new Set(['time', 'timetz', 'timestamp', 'timestamptz']);
const MAX_PRECISION = 6;

const cache = new WeakMap<AlterTableCmd, TypeChange>();

/** Without an old type the answer depends only on the command: cached, as the lock model and two rules ask. */
export function analyzeTypeChange(cmd: AlterTableCmd, oldType?: TypeInfo): TypeChange {
  if (oldType) return analyze(cmd, oldType);
  let change = cache.get(cmd);
  if (!change) {
    change = analyze(cmd, undefined);
    cache.set(cmd, change);
  }
  return change;
}

function analyze(cmd: AlterTableCmd, oldType: TypeInfo | undefined): TypeChange {
  const col = nodeAs(cmd.def, 'ColumnDef');
  const to = typeInfo(col?.typeName);
  const column = cmd.name ?? '?';
  const base = { column, to };
  if (!to) return { ...base, verdict: 'rewrite', why: 'unknown target type' };
  if (col?.raw_default && !isPlainColumn(col.raw_default, column, to)) {
    return { ...base, verdict: 'rewrite', why: 'the USING expression computes a new value for every row' };
  }
  if (oldType) return knownOldType({ column, to }, oldType, to);
  if (to.array) return { ...base, verdict: 'rewrite', why: `changing to ${typeLabel(to)} rewrites the table` };
  if (TEXTUAL.has(to.name) && to.mods.length === 0) {
    return { ...base, verdict: 'depends-on-old-type', why: `no rewrite only if the column is already varchar or text` };
  }
  if ((to.name === 'varchar' || to.name === 'numeric' || to.name === 'varbit') && to.mods.length > 0) {
    return { ...base, verdict: 'depends-on-old-type', why: `no rewrite only if this widens an existing ${to.name} limit` };
  }
  if (to.name === 'inet') return { ...base, verdict: 'depends-on-old-type', why: 'no rewrite only if the column is cidr' };
  if (to.name === 'oid' || REG_TYPES.has(to.name)) {
    return { ...base, verdict: 'depends-on-old-type', why: `no rewrite only if the column is integer or oid` };
  }
  return { ...base, verdict: 'rewrite', why: `changing to ${typeLabel(to)} rewrites the table and its indexes` };
}

function knownOldType(base: { column: string; to: TypeInfo }, from: TypeInfo, to: TypeInfo): TypeChange {
  const ok = (why: string): TypeChange => ({ ...base, verdict: 'no-rewrite', why });
  const rewrite = (why: string): TypeChange => ({ ...base, verdict: 'rewrite', why });
  const label = typeLabel;
  // The same type again: PostgreSQL finds nothing to convert (arrays included).
  if (sameType(from, to)) return ok(`the column is already ${label(to)}`);
  if (from.array || to.array) return rewrite(`${label(from)} to ${label(to)} rewrites the table`);
  if (TEXTUAL.has(from.name) && to.name === 'text') return ok(`${label(from)} to text is binary-coercible`);
  if (TEXTUAL.has(from.name) && to.name === 'varchar') {
    const [limit] = to.mods;
    const [old] = from.mods;
    if (limit === undefined) return ok(`${label(from)} to varchar is binary-coercible`);
    if (from.name === 'varchar' && old !== undefined && limit >= old) return ok(`raising the limit from ${old} to ${limit} needs no rewrite`);
    return rewrite(`${label(from)} to ${label(to)} must check every row against the new limit`);
  }
  // bpchar without a length keeps the value as it is; char(n) pads or checks every value.
  if ((TEXTUAL.has(from.name) || from.name === 'bpchar') && to.name === 'bpchar' && to.mods.length === 0) return ok(`${label(from)} to bpchar is binary-coercible`);
  if (from.name === to.name && (to.name === 'numeric' || to.name === 'varbit')) return widening(from, to, ok, rewrite);
  if (from.name === to.name && PRECISION_TYPES.has(to.name)) return precision(from, to, ok, rewrite);
  if (from.name === 'bit' && to.name === 'varbit' && to.mods.length === 0) return ok('bit to varbit is binary-coercible');
  if (from.name === 'cidr' && to.name === 'inet') return ok('cidr to inet is binary-coercible');
  if (from.name === 'xml' && (to.name === 'text' || (to.name === 'varchar' && to.mods.length === 0))) return ok(`xml to ${label(to)} is binary-coercible`);
  if (OID_LIKE.has(from.name) && (OID_LIKE.has(to.name) || REG_TYPES.has(to.name))) return ok(`${label(from)} to ${label(to)} is binary-coercible`);
  return rewrite(`${label(from)} to ${label(to)} rewrites the table and its indexes`);
}

function sameType(a: TypeInfo, b: TypeInfo): boolean {
  return a.name === b.name && a.schema === b.schema && a.array === b.array && a.mods.length === b.mods.length && a.mods.every((m, i) => m === b.mods[i]);
}

function widening(
  from: TypeInfo,
  to: TypeInfo,
  ok: (why: string) => TypeChange,
  rewrite: (why: string) => TypeChange,
): TypeChange {
  if (to.mods.length === 0) return ok(`dropping the ${to.name} limit needs no rewrite`);
  const [p0, s0 = 0] = from.mods;
  const [p1, s1 = 0] = to.mods;
  if (p0 !== undefined && p1 !== undefined && p1 >= p0 && s1 === s0) return ok(`widening ${to.name} needs no rewrite`);
  return rewrite(`narrowing or rescaling ${to.name} rewrites the table`);
}

/** time/timestamp precision: none or 6 keeps every value; otherwise only a precision at least the old one. */
function precision(
  from: TypeInfo,
  to: TypeInfo,
  ok: (why: string) => TypeChange,
  rewrite: (why: string) => TypeChange,
): TypeChange {
  const [p0] = from.mods;
  const [p1] = to.mods;
  if (p1 === undefined || p1 >= MAX_PRECISION || (p0 !== undefined && p1 >= p0)) return ok(`raising the ${typeLabel(to)} precision needs no rewrite`);
  return rewrite(`${typeLabel(from)} to ${typeLabel(to)} rounds every value, which rewrites the table`);
}

/**
 * USING col, or USING col::newtype (exactly the new type, modifiers included): the contents do not change.
 * `USING col::varchar` into varchar(20) does rewrite: the cast drops the old limit, so the new one is checked again.
 */
function isPlainColumn(expr: unknown, column: string, to: TypeInfo): boolean {
  const ref = nodeAs(expr as never, 'ColumnRef');
  if (ref) return stringOf(ref.fields?.[ref.fields.length - 1]) === column;
  const cast = nodeAs(expr as never, 'TypeCast');
  const type = typeInfo(cast?.typeName);
  if (cast && type) return isPlainColumn(cast.arg, column, to) && sameType(type, to);
  return false;
}
