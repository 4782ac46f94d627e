import type { FunctionInfo, SchemaSnapshot } from '../types.js';
import { qname, quoteIdent, quoteLiteral } from './quote.js';

const FUNCTION_WORD: Readonly<Record<FunctionInfo['kind'], string>> = {
  function: 'FUNCTION',
  window: 'FUNCTION',
  procedure: 'PROCEDURE',
  aggregate: 'AGGREGATE',
};

/** COMMENT ON ... for every object that has one. */
export function renderComments(s: SchemaSnapshot): string[] {
  const out: string[] = [];
  const add = (what: string, comment: string | null): void => {
    if (comment !== null) out.push(`COMMENT ON ${what} IS ${quoteLiteral(comment)};`);
  };
  for (const x of s.schemas) add(`SCHEMA ${quoteIdent(x.name)}`, x.comment);
  for (const t of s.tables) {
    add(`TABLE ${qname(t.schema, t.name)}`, t.comment);
    for (const c of t.columns) add(`COLUMN ${qname(t.schema, t.name)}.${quoteIdent(c.name)}`, c.comment);
  }
  for (const v of s.views) add(`${v.kind === 'view' ? 'VIEW' : 'MATERIALIZED VIEW'} ${qname(v.schema, v.name)}`, v.comment);
  for (const f of s.functions) add(`${FUNCTION_WORD[f.kind]} ${qname(f.schema, f.name)}(${f.arguments || (f.kind === 'aggregate' ? '*' : '')})`, f.comment);
  for (const x of s.enums) add(`TYPE ${qname(x.schema, x.name)}`, x.comment);
  for (const x of s.compositeTypes) add(`TYPE ${qname(x.schema, x.name)}`, x.comment);
  for (const x of s.domains) add(`DOMAIN ${qname(x.schema, x.name)}`, x.comment);
  for (const c of s.constraints) add(`CONSTRAINT ${quoteIdent(c.name)} ON ${qname(c.schema, c.table)}`, c.comment);
  for (const i of s.indexes) add(`INDEX ${qname(i.schema, i.name)}`, i.comment);
  for (const t of s.triggers) add(`TRIGGER ${quoteIdent(t.name)} ON ${qname(t.schema, t.table)}`, t.comment);
  return out;
}
