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
import { objectMemo } from '../core/object-memo.js';
import type { AlterTableCmd, TypeInfo } from '../sql/index.js';
import { nodeAs, stringOf, typeInfo, typeLabel } from '../sql/index.js';
import { isBuiltInType } from './column-types.js';

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
  /** Advice specific to this change, put before the rule's general help. */
  readonly hint?: string | undefined;
  /**
   * With the old type unknown ('depends-on-old-type'): the binary-coercible change this statement usually is, which
   * scans and rewrites nothing (varchar to text or to varchar without a limit; timestamp to timestamptz and back in a
   * session the migration set to UTC). Lint reports such a change as info and does not count it as a scan; with the
   * old type known (a database, an earlier migration) the verdict is exact and this is unset.
   */
  readonly usual?: string | undefined;
}

/** What the session running the statement is known to be. */
export interface TypeChangeSession {
  /** Major PostgreSQL version (default 15). */
  readonly pgMajor: number;
  /** The TimeZone in force when the statement runs, when known (see timeZoneAt() in facts.ts). */
  readonly timeZone?: string | undefined;
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

const DEFAULT_SESSION: TypeChangeSession = { pgMajor: 15 };

const cache = objectMemo<AlterTableCmd, Map<string, TypeChange>>();

/**
 * The answer depends only on the command, the old type and the session: cached per command, as the lock model and
 * two rules ask about the same ALTER COLUMN TYPE.
 */
export function analyzeTypeChange(cmd: AlterTableCmd, oldType?: TypeInfo, session: TypeChangeSession = DEFAULT_SESSION): TypeChange {
  let byKey = cache.get(cmd);
  if (!byKey) cache.set(cmd, (byKey = new Map()));
  const old = oldType ? `${oldType.schema ?? ''}\u0000${oldType.name}\u0000${oldType.mods.join(',')}\u0000${oldType.array}` : '';
  const key = `${session.pgMajor}\u0000${session.timeZone ?? ''}\u0000${old}`;
  let change = byKey.get(key);
  if (!change) {
    change = analyze(cmd, oldType, session);
    byKey.set(key, change);
  }
  return change;
}

/**
 * TimeZone values whose offset from UTC is zero at every instant: the only ones under which PostgreSQL 12+ converts
 * timestamp to timestamptz (and back) without a rewrite. A zone that is at +00:00 only now (Europe/London in
 * winter, Africa/Abidjan, WET) does not count, as PostgreSQL asks for a fixed offset. Checked on PostgreSQL 15
 * against every name of pg_timezone_names (test/lint/type-change-server.test.ts). Names are case-insensitive.
 */
const UTC_NAMES = /^(posix\/)?(etc\/)?(utc|uct|gmt|gmt0|gmt[+-]0|greenwich|universal|zulu)$/i;
/** A POSIX zone with a zero offset and no daylight-saving part: UTC0, FOO+00:00, <+00>-00. */
const POSIX_ZERO = /^([a-z]{3,}|<[^<>]+>)[+-]?0+(:0+){0,2}$/i;
/** An hours offset: SET TIME ZONE 0, '+00', '0.0', '00:00'. */
const NUMERIC_ZERO = /^[+-]?(0+(\.0*)?|\.0+|0+(:0+){1,2})$/;

export function isUtcTimeZone(zone: string | undefined): boolean {
  return zone !== undefined && (UTC_NAMES.test(zone) || POSIX_ZERO.test(zone) || NUMERIC_ZERO.test(zone));
}

const TIMESTAMPS = new Set(['timestamp', 'timestamptz']);

const UTC_HINT =
  "Under a UTC session PostgreSQL 12+ converts timestamp to timestamptz (and back) without a rewrite: if the stored values are UTC, run SET LOCAL TimeZone = 'UTC' just before this statement (the conversion reads the values in the session's time zone).";

/** timestamp ↔ timestamptz, which skips the rewrite only under a UTC session (and a precision of none or 6). */
function timestampZoneChange(
  from: TypeInfo,
  to: TypeInfo,
  session: TypeChangeSession,
  ok: (why: string) => TypeChange,
  rewrite: (why: string, hint?: string) => TypeChange,
): TypeChange {
  const change = `${typeLabel(from)} to ${typeLabel(to)}`;
  if (session.pgMajor < 12) return rewrite(`${change} always rewrites the table before PostgreSQL 12`);
  const [p] = to.mods;
  if (p !== undefined && p < MAX_PRECISION) return rewrite(`${change} rounds every value, which rewrites the table`);
  const zone = session.timeZone;
  if (isUtcTimeZone(zone)) return ok(`${change} needs no rewrite under TimeZone '${zone}'`);
  if (zone === undefined) return rewrite(`${change} rewrites the table unless the session TimeZone is UTC`, UTC_HINT);
  return rewrite(`${change} rewrites the table under TimeZone '${zone}'; only a UTC session skips it`, UTC_HINT);
}

function analyze(cmd: AlterTableCmd, oldType: TypeInfo | undefined, session: TypeChangeSession): TypeChange {
  const col = nodeAs(cmd.def, 'ColumnDef');
  const to = typeInfo(col?.typeName);
  const column = cmd.name ?? '?';
  const base = { column, to };
  if (!to) return { ...base, verdict: 'rewrite', why: 'unknown target type' };
  if (col?.raw_default && !isPlainColumn(col.raw_default, column, to)) {
    return { ...base, verdict: 'rewrite', why: 'the USING expression computes a new value for every row' };
  }
  // A domain, an enum or an extension's type: its casts are not known, so judged as an unknown old type, but never
  // taken for the usual change (varchar to text), which it is not.
  if (oldType && !isBuiltInType(oldType)) return { ...analyze(cmd, undefined, session), usual: undefined };
  if (oldType) return knownOldType({ column, to }, oldType, to, session);
  if (to.array) return { ...base, verdict: 'rewrite', why: `changing to ${typeLabel(to)} rewrites the table` };
  if (TEXTUAL.has(to.name) && to.mods.length === 0) {
    // A new collation rebuilds the column's indexes whatever the old type: not the usual change.
    const usual = col?.collClause ? undefined : to.name === 'text' ? 'varchar to text' : 'varchar(n) to varchar';
    return { ...base, verdict: 'depends-on-old-type', why: `no rewrite only if the column is already varchar or text`, usual };
  }
  if ((to.name === 'varchar' || to.name === 'numeric' || to.name === 'varbit') && to.mods.length > 0) {
    return { ...base, verdict: 'depends-on-old-type', why: `no rewrite only if this widens an existing ${to.name} limit` };
  }
  if (to.name === 'inet') return { ...base, verdict: 'depends-on-old-type', why: 'no rewrite only if the column is cidr' };
  if (to.name === 'oid' || REG_TYPES.has(to.name)) {
    return { ...base, verdict: 'depends-on-old-type', why: `no rewrite only if the column is integer or oid` };
  }
  if (TIMESTAMPS.has(to.name)) return unknownOldTimestamp({ column, to }, to, session);
  return { ...base, verdict: 'rewrite', why: `changing to ${typeLabel(to)} rewrites the table and its indexes` };
}

/** To timestamp or timestamptz from an unknown type: from the other one, only a UTC session (PG 12+) skips the rewrite. */
function unknownOldTimestamp(base: { column: string; to: TypeInfo }, to: TypeInfo, session: TypeChangeSession): TypeChange {
  const other = to.name === 'timestamp' ? 'timestamptz' : 'timestamp';
  const [p] = to.mods;
  const keepsValues = p === undefined || p >= MAX_PRECISION;
  const label = typeLabel(to);
  if (session.pgMajor >= 12 && keepsValues && isUtcTimeZone(session.timeZone)) {
    // A migration that sets TimeZone to UTC before the change does so to skip the rewrite of timestamp ↔ timestamptz.
    const why = `no rewrite only if the column is ${other} or ${to.name} (TimeZone is '${session.timeZone}')`;
    return { ...base, verdict: 'depends-on-old-type', why, usual: `${other} to ${to.name} under TimeZone '${session.timeZone}'` };
  }
  if (session.pgMajor < 12 || !keepsValues) return { ...base, verdict: 'rewrite', why: `changing to ${label} rewrites the table and its indexes` };
  const zone = session.timeZone === undefined ? 'the session TimeZone is UTC' : `the session TimeZone were UTC (it is '${session.timeZone}')`;
  return { ...base, verdict: 'rewrite', why: `changing to ${label} rewrites the table and its indexes, unless the column is ${other} and ${zone}`, hint: UTC_HINT };
}

function knownOldType(base: { column: string; to: TypeInfo }, from: TypeInfo, to: TypeInfo, session: TypeChangeSession): TypeChange {
  const ok = (why: string): TypeChange => ({ ...base, verdict: 'no-rewrite', why });
  const rewrite = (why: string, hint?: string): TypeChange => ({ ...base, verdict: 'rewrite', why, hint });
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
  if (TIMESTAMPS.has(from.name) && TIMESTAMPS.has(to.name)) return timestampZoneChange(from, to, session, ok, rewrite);
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
