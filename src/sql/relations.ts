import type { ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

/**
 * Every relation named in a statement (RangeVar nodes anywhere in its AST), schema-qualified
 * when written so. Used to ask the server who holds locks on what a statement touches.
 */
export function relationsOf(stmt: Pick<ParsedStatement, 'node'>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const obj = value as Obj;
    const rv = obj.RangeVar as Obj | undefined;
    if (rv && typeof rv.relname === 'string') {
      found.add(typeof rv.schemaname === 'string' ? `${rv.schemaname}.${rv.relname}` : rv.relname);
    }
    for (const v of Object.values(obj)) visit(v);
  };
  visit(stmt.node);
  return [...found];
}
