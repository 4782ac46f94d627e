/**
 * Table sizes under the names that migrations give tables. After `ALTER TABLE big RENAME TO big2` (or
 * `ALTER TABLE big SET SCHEMA archive`) in a pending migration, a later statement on big2 locks a table as big as
 * big is today: without this it would look like a table that does not exist yet, and its finding would drop to info.
 */
import type { ParsedStatement } from '../sql/index.js';
import { bodyOf, relationName } from '../sql/index.js';
import { byName } from '../locks/index.js';

/** The new name a statement gives an existing table, if it renames or moves one. */
function renamed(stmt: Pick<ParsedStatement, 'node' | 'kind'>): { from: string; to: string } | undefined {
  const rename = bodyOf(stmt, 'RenameStmt');
  if (rename?.renameType === 'OBJECT_TABLE' && rename.newname) {
    const from = relationName(rename.relation);
    if (!from) return undefined;
    const schema = from.includes('.') ? from.slice(0, from.lastIndexOf('.') + 1) : '';
    return { from, to: `${schema}${rename.newname}` };
  }
  const move = bodyOf(stmt, 'AlterObjectSchemaStmt');
  if (move?.objectType === 'OBJECT_TABLE' && move.newschema) {
    const from = relationName(move.relation);
    if (!from) return undefined;
    return { from, to: `${move.newschema}.${from.slice(from.lastIndexOf('.') + 1)}` };
  }
  return undefined;
}

/** `sizes` plus an entry for every new name the statements (in run order) give a table whose size is known. */
export function followRenames<T>(sizes: ReadonlyMap<string, T>, statements: Iterable<Pick<ParsedStatement, 'node' | 'kind'>>): Map<string, T> {
  const out = new Map(sizes);
  for (const stmt of statements) {
    if (stmt.kind !== 'RenameStmt' && stmt.kind !== 'AlterObjectSchemaStmt') continue;
    const r = renamed(stmt);
    if (!r) continue;
    const size = byName(out, r.from);
    if (size !== undefined && !out.has(r.to)) out.set(r.to, size);
  }
  return out;
}
