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
  /** The schema it is created in when that is fixed (drizzle); otherwise the connection's current schema. */
  readonly defaultSchema?: string | undefined;
  /** Columns its table always has: a table with this name but other columns is not this tool's. */
  readonly columns: readonly string[];
  /** Columns its table never has (dbmate's schema_migrations has no `dirty`; golang-migrate's has). */
  readonly without?: readonly string[] | undefined;
  /** Reads the table and says, file by file, what the tool has done. */
  read(ctx: ReadContext): Promise<ToolReading>;
}

/** "schema"."table", quoted for SQL. */
export function qualifiedTable(table: HistoryTable): string {
  return `${quoteIdent(table.schema)}.${quoteIdent(table.table)}`;
}

/** Whether a table with these columns can be `adapter`'s history table. */
export function fitsColumns(adapter: ToolAdapter, columns: readonly string[]): boolean {
  const have = new Set(columns);
  return adapter.columns.every((c) => have.has(c)) && !(adapter.without ?? []).some((c) => have.has(c));
}
