/** What Lockstep knows of one other tool's history: where it is by default, how to recognise it, how to read it. */
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import { quoteIdent } from '../history/index.js';
import type { ForeignTool, HistoryTable, ToolReading } from './types.js';

export interface ReadContext {
  readonly session: Session;
  readonly table: HistoryTable;
  readonly files: readonly MigrationFile[];
  /** Where the files' display paths are relative to (to read their raw bytes for checksums). */
  readonly cwd: string;
}

export interface ToolAdapter {
  readonly tool: ForeignTool;
  /** The table's name when the tool is not told otherwise. */
  readonly defaultTable: string;
  /**
   * Names earlier versions of the tool gave it by default, still found in databases that started on them and kept
   * the name on upgrading (Flyway before 5.0: `schema_version`, https://github.com/flyway/flyway/issues/1848).
   */
  readonly legacyTables?: readonly string[] | undefined;
  /** The schema it is created in when that is fixed (drizzle); otherwise the connection's current schema. */
  readonly defaultSchema?: string | undefined;
  /** Columns its table always has: a table with this name but other columns is not this tool's. */
  readonly columns: readonly string[];
  /** Columns its table never has (dbmate's schema_migrations has no `dirty`; golang-migrate's has). */
  readonly without?: readonly string[] | undefined;
  /**
   * Every column of the table the tool creates, when that set is its own: a table of ANOTHER name with exactly these
   * columns is taken for this tool's history renamed by its setting (golang-migrate's `x-migrations-table`, goose's
   * `-table`, sql-migrate's `SetTable`…), once its rows name the project's migrations. Unset where the set is too
   * common to tell (dbmate's lone `version`).
   */
  readonly shape?: readonly string[] | undefined;
  /** Reads the table and says, file by file, what the tool has done. */
  read(ctx: ReadContext): Promise<ToolReading>;
}

/** "schema"."table", quoted for SQL. */
export function qualifiedTable(table: HistoryTable): string {
  return `${quoteIdent(table.schema)}.${quoteIdent(table.table)}`;
}

/** The names the tool's table has when nobody chose one. */
export function defaultNames(adapter: ToolAdapter): string[] {
  return [adapter.defaultTable, ...(adapter.legacyTables ?? [])];
}

/** Whether a table with these columns, whatever its name, is `adapter`'s table renamed: exactly its columns. */
export function fitsShape(adapter: ToolAdapter, columns: readonly string[]): boolean {
  const shape = adapter.shape;
  return shape !== undefined && shape.length === columns.length && shape.every((c) => columns.includes(c));
}

/** Whether a table with these columns can be `adapter`'s history table. */
export function fitsColumns(adapter: ToolAdapter, columns: readonly string[]): boolean {
  const have = new Set(columns);
  return adapter.columns.every((c) => have.has(c)) && !(adapter.without ?? []).some((c) => have.has(c));
}
