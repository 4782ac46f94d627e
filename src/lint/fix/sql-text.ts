/** Building SQL text for rewrites: identifiers, generated names, and the CONCURRENTLY / NOT VALID forms. */
import type { NodeOf } from '../../sql/index.js';
import { nodeAs } from '../../sql/index.js';
import { quoteIdent, quoteQualified } from '../quote-ident.js';

/** Quotes an identifier unless it is a plain lower-case name that is not a reserved keyword. */
export const ident = quoteIdent;

/** "s.t" with each part quoted as needed. */
export const qualified = quoteQualified;

/** A name for a generated file: lower-case letters, digits and `_`, at most 63 bytes. */
export function generatedName(...parts: string[]): string {
  const raw = parts
    .map((p) => p.replace(/.*\./, ''))
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_');
  return raw.slice(0, 63).replace(/_$/, '');
}

/**
 * A generated constraint or index name as PostgreSQL builds its own (`<table>_<columns>_fkey`): the parts (the
 * table's without its schema) joined with `_`, case and characters kept (so quote it), cut to 63 bytes. Keeping the
 * case matters: a down section written against PostgreSQL's name for `"Users"` says `"Users_Email_check"`, and the
 * not-null check's name must contain the column as written for the lint of the next migration to recognise it.
 */
export function casedName(...parts: string[]): string {
  let out = parts.join('_');
  while (Buffer.byteLength(out) > 63) out = [...out].slice(0, -1).join('');
  return out;
}

/** CREATE [UNIQUE] INDEX ... → CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS <name> ... */
export function concurrentIndexSql(sql: string, index: NodeOf<'IndexStmt'>): string | undefined {
  const head = /^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)(\s+CONCURRENTLY)?(\s+IF\s+NOT\s+EXISTS)?\s+/i.exec(sql);
  if (!head) return undefined;
  const rest = sql.slice(head[0].length);
  const table = index.relation?.relname ?? 'table';
  const cols = (index.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? 'expr');
  const name = index.idxname ? '' : `${ident(casedName(table, ...cols, 'idx'))} `;
  return `${head[1]} CONCURRENTLY IF NOT EXISTS ${name}${rest}`;
}

/** The index name a CREATE INDEX statement ends up with after concurrentIndexSql. */
export function indexNameAfterFix(index: NodeOf<'IndexStmt'>): string {
  if (index.idxname) return index.idxname;
  const cols = (index.indexParams ?? []).map((p) => nodeAs(p, 'IndexElem')?.name ?? 'expr');
  return casedName(index.relation?.relname ?? 'table', ...cols, 'idx');
}

/** ALTER TABLE t ADD [CONSTRAINT n] FOREIGN KEY/CHECK ... → with an explicit name and NOT VALID. */
export function notValidSql(sql: string, name: string, hasName: boolean): string | undefined {
  let out = sql.trimEnd();
  if (!hasName) {
    const add = /\bADD\s+(?=(FOREIGN\s+KEY|CHECK)\b)/i.exec(out);
    if (!add) return undefined;
    out = `${out.slice(0, add.index)}ADD CONSTRAINT ${ident(name)} ${out.slice(add.index + add[0].length)}`;
  }
  return `${out} NOT VALID`;
}
