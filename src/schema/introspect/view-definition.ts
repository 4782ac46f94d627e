/**
 * pg_get_viewdef qualifies column names ("users.id") when the query has more than one range-table
 * entry. Up to PostgreSQL 15 every stored view query carried two hidden entries (OLD and NEW), so
 * columns were always qualified; from 16 on they are gone, and a query over a single relation prints
 * plain "id". The same view thus reads differently on a 15 server and on PGlite (18). We normalise to
 * the newer form: in the top-level SELECT of a query with a single FROM item, the qualifier naming
 * that item is removed. Sub-queries are left alone (both versions qualify inside them).
 */
import { byteToCharIndex, initParser, parseSql } from '../../sql/index.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function normaliseViewDefinitions(definitions: readonly string[]): Promise<string[]> {
  await initParser();
  return definitions.map(normaliseViewDefinition);
}

export function normaliseViewDefinition(sql: string): string {
  let statements;
  try {
    statements = parseSql(sql, '<view>');
  } catch {
    return sql;
  }
  const select = statements.length === 1 ? field(statements[0]?.node, 'SelectStmt') : undefined;
  const qualifier = select ? soleFromItemName(select) : undefined;
  if (!select || qualifier === undefined) return sql;
  const toChar = byteToCharIndex(sql);
  const starts = collectQualified(select, qualifier).map(toChar).sort((a, b) => b - a);
  let out = sql;
  for (const start of starts) {
    for (const prefix of [`${qualifier}.`, `"${qualifier.replace(/"/g, '""')}".`]) {
      if (out.startsWith(prefix, start)) {
        out = out.slice(0, start) + out.slice(start + prefix.length);
        break;
      }
    }
  }
  return out;
}

/** The name columns are qualified with, when FROM has exactly one plain item (no join). */
function soleFromItemName(select: Obj): string | undefined {
  if (select.op !== undefined && select.op !== 'SETOP_NONE') return undefined;
  const from = select.fromClause;
  if (!Array.isArray(from) || from.length !== 1) return undefined;
  const item: unknown = from[0];
  const rangeVar = field(item, 'RangeVar');
  const other = rangeVar ?? field(item, 'RangeFunction') ?? field(item, 'RangeSubselect') ?? field(item, 'RangeTableFunc');
  const alias = field(other, 'alias');
  const name = alias?.aliasname ?? rangeVar?.relname;
  return typeof name === 'string' ? name : undefined;
}

/** Byte offsets of two-part column references "<qualifier>.<column>" at this query level. */
function collectQualified(select: Obj, qualifier: string): number[] {
  const found: number[] = [];
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n));
    if (!isObj(node)) return;
    // Another query level: a FROM item, a CTE, or a sub-query expression's SELECT.
    if (key === 'fromClause' || key === 'withClause' || key === 'subselect') return;
    const ref = field(node, 'ColumnRef');
    if (ref && Array.isArray(ref.fields) && ref.fields.length === 2 && typeof ref.location === 'number') {
      const first = field(ref.fields[0], 'String');
      if (first?.sval === qualifier) found.push(ref.location);
      return;
    }
    for (const [k, v] of Object.entries(node)) visit(v, k);
  };
  for (const [k, v] of Object.entries(select)) visit(v, k);
  return found;
}

function field(node: unknown, key: string): Obj | undefined {
  if (!isObj(node)) return undefined;
  const v = node[key];
  return isObj(v) ? v : undefined;
}
