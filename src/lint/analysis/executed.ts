/**
 * The statement a statement runs: itself, or the one EXPLAIN ANALYZE wraps. EXPLAIN ANALYZE executes its statement
 * (an UPDATE or DELETE under it writes its rows and keeps them when the transaction commits); EXPLAIN without ANALYZE
 * only plans it (https://www.postgresql.org/docs/current/sql-explain.html).
 */
import type { Node, NodeKind, NodeOf } from '../../sql/index.js';
import { bodyOf, nodeAs } from '../../sql/index.js';

/** The body of `kind` the statement executes, if it executes one. */
export function executed<K extends NodeKind>(stmt: { readonly node: Node }, kind: K): NodeOf<K> | undefined {
  const direct = bodyOf(stmt, kind);
  if (direct) return direct;
  const explain = bodyOf(stmt, 'ExplainStmt');
  if (!explain?.query || !analyzes(explain.options)) return undefined;
  return nodeAs(explain.query, kind);
}

/** EXPLAIN ANALYZE, EXPLAIN (ANALYZE), EXPLAIN (ANALYZE true|on|1); not EXPLAIN (ANALYZE false|off|0). */
function analyzes(options: readonly unknown[] | undefined): boolean {
  return (options ?? []).some((o) => {
    const def = (o as { DefElem?: { defname?: string; arg?: { String?: { sval?: string }; Integer?: { ival?: number } } } }).DefElem;
    if (def?.defname !== 'analyze') return false;
    if (!def.arg) return true;
    // The parser leaves a zero out of Integer.
    const value = def.arg.Integer ? String(def.arg.Integer.ival ?? 0) : (def.arg.String?.sval ?? 'true').toLowerCase();
    return !['false', 'off', '0', 'no'].includes(value);
  });
}
