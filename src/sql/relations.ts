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
    // A RangeVar appears wrapped ({ RangeVar: {...} }) where the grammar allows any node, and bare
    // (e.g. AlterTableStmt.relation, IndexStmt.relation) where the field is typed RangeVar.
    if (typeof obj.relname === 'string') {
      found.add(typeof obj.schemaname === 'string' ? `${obj.schemaname}.${obj.relname}` : obj.relname);
    }
    for (const v of Object.values(obj)) visit(v);
  };
  visit(stmt.node);
  return [...found];
}
