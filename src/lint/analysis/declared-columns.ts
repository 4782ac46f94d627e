/** Columns a statement declares: CREATE TABLE columns, ALTER TABLE ADD COLUMN and ALTER COLUMN TYPE. */
import { objectMemo } from '../../core/object-memo.js';
import type { ColumnDef } from '../../sql/index.js';
import { alterCommands, bodyOf, nodeAs, relationName } from '../../sql/index.js';
import type { ParsedStatement } from '../../sql/index.js';

export interface DeclaredColumn {
  readonly table: string;
  readonly name: string;
  readonly col: ColumnDef;
  readonly typeName: ColumnDef['typeName'];
  readonly how: 'create' | 'add' | 'alter-type';
}

const cache = objectMemo<ParsedStatement, readonly DeclaredColumn[]>();

/** Cached per statement: several style rules ask for the same list. */
export function declaredColumns(stmt: ParsedStatement): readonly DeclaredColumn[] {
  let cols = cache.get(stmt);
  if (!cols) {
    cols = computeDeclared(stmt);
    cache.set(stmt, cols);
  }
  return cols;
}

function computeDeclared(stmt: ParsedStatement): DeclaredColumn[] {
  if (stmt.kind !== 'CreateStmt' && stmt.kind !== 'AlterTableStmt') return [];
  const create = bodyOf(stmt, 'CreateStmt');
  if (create) {
    const table = relationName(create.relation) ?? '?';
    return (create.tableElts ?? [])
      .map((e) => nodeAs(e, 'ColumnDef'))
      .filter((c): c is ColumnDef => c !== undefined)
      .map((col) => ({ table, name: col.colname ?? '?', col, typeName: col.typeName, how: 'create' as const }));
  }
  const alter = bodyOf(stmt, 'AlterTableStmt');
  const table = relationName(alter?.relation) ?? '?';
  return alterCommands(alter)
    .filter((c) => c.subtype === 'AT_AddColumn' || c.subtype === 'AT_AlterColumnType')
    .map((c) => {
      const col = nodeAs(c.def, 'ColumnDef') ?? {};
      const how = c.subtype === 'AT_AddColumn' ? ('add' as const) : ('alter-type' as const);
      return { table, name: col.colname ?? c.name ?? '?', col, typeName: col.typeName, how };
    });
}
