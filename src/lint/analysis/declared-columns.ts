/** Columns a statement declares: CREATE TABLE columns, ALTER TABLE ADD COLUMN and ALTER COLUMN TYPE. */
import type { ColumnDef } from '../ast.js';
import { alterCommands, bodyOf, nodeAs, relationName } from '../ast.js';
import type { ParsedStatement } from '../../sql/index.js';

export interface DeclaredColumn {
  readonly table: string;
  readonly name: string;
  readonly col: ColumnDef;
  readonly typeName: ColumnDef['typeName'];
  readonly how: 'create' | 'add' | 'alter-type';
}

export function declaredColumns(stmt: ParsedStatement): DeclaredColumn[] {
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
