/**
 * Does ALTER COLUMN ... TYPE rewrite the table? PostgreSQL skips the rewrite when the USING clause does not
 * change the contents and the old type is binary-coercible to the new one: varchar(n) to a longer varchar or
 * to text, text to unconstrained varchar, numeric(p,s) to a larger precision with the same scale, varbit(n)
 * to a longer varbit, cidr to inet, and (PostgreSQL 12+) timestamp to timestamptz when the session time zone
 * is UTC (https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES). Indexes on the
 * column may still be rebuilt, and CHECK constraints on it are re-verified.
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
  return { ...base, verdict: 'rewrite', why: `changing to ${typeLabel(to)} rewrites the table and its indexes` };
}

function knownOldType(base: { column: string; to: TypeInfo }, from: TypeInfo, to: TypeInfo): TypeChange {
  const ok = (why: string): TypeChange => ({ ...base, verdict: 'no-rewrite', why });
  const rewrite = (why: string): TypeChange => ({ ...base, verdict: 'rewrite', why });
  const label = typeLabel;
  if (from.array !== to.array) return rewrite(`${label(from)} to ${label(to)} rewrites the table`);
  if (TEXTUAL.has(from.name) && to.name === 'text') return ok(`${label(from)} to text is binary-coercible`);
  if (TEXTUAL.has(from.name) && to.name === 'varchar') {
    const [limit] = to.mods;
    const [old] = from.mods;
    if (limit === undefined) return ok(`${label(from)} to varchar is binary-coercible`);
    if (from.name === 'varchar' && old !== undefined && limit >= old) return ok(`raising the limit from ${old} to ${limit} needs no rewrite`);
    return rewrite(`${label(from)} to ${label(to)} must check every row against the new limit`);
  }
  if (from.name === to.name && (to.name === 'numeric' || to.name === 'varbit')) return widening(from, to, ok, rewrite);
  if (from.name === 'cidr' && to.name === 'inet') return ok('cidr to inet is binary-coercible');
  return rewrite(`${label(from)} to ${label(to)} rewrites the table and its indexes`);
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

/** USING col, or USING col::newtype: the contents do not change. */
function isPlainColumn(expr: unknown, column: string, to: TypeInfo): boolean {
  const ref = nodeAs(expr as never, 'ColumnRef');
  if (ref) return stringOf(ref.fields?.[ref.fields.length - 1]) === column;
  const cast = nodeAs(expr as never, 'TypeCast');
  if (cast) return isPlainColumn(cast.arg, column, to) && typeInfo(cast.typeName)?.name === to.name;
  return false;
}
