/** The shared vocabulary of `lockstep adopt`: another tool's history table, what it says of each migration. */
import type { AdoptableTool, MigrationFile } from '../core/types.js';

/** A tool whose history Lockstep can take over (core's AdoptableTool: every tool but Lockstep itself, and sqlx). */
export type ForeignTool = AdoptableTool;

/** Where one tool keeps its history in the target database. */
export interface HistoryTable {
  readonly tool: ForeignTool;
  readonly schema: string;
  readonly table: string;
  /** Found by its columns under a name of its own, not by the tool's default name: see ToolAdapter.shape. */
  readonly byShape?: boolean | undefined;
}

/**
 * What the other tool's history says of one migration file:
 * - `applied`: a row says it ran, and the checksum it stored (if any) matches the file;
 * - `implied`: no row of its own, but the tool counts it as applied (at or below a Flyway BASELINE row, below
 *   golang-migrate's current version);
 * - `failed`: the tool started it and did not finish (golang-migrate dirty, Prisma without finished_at, Flyway
 *   success = false);
 * - `edited`: a row says it ran, but the checksum the tool stored differs from the file as it is now;
 * - `skipped-by-tool`: no row, yet the tool would never run it (drizzle runs only migrations newer than its newest row);
 * - `pending`: the tool has not run it.
 */
export type Verdict = 'applied' | 'implied' | 'failed' | 'edited' | 'skipped-by-tool' | 'pending';

export interface Finding {
  readonly file: MigrationFile;
  readonly verdict: Verdict;
  /** When the other tool applied it, if its row says. */
  readonly appliedAt: Date | null;
  /** The key of the tool's row (its version, name, id or hash), when there is one. */
  readonly key?: string | undefined;
  /** The checksum the tool stored, and the one computed from the file now, the tool's way (edited rows). */
  readonly stored?: string | undefined;
  readonly actual?: string | undefined;
  /** Why, in a few words (e.g. "dirty", "finished_at is null"). */
  readonly note?: string | undefined;
}

/** A row of the other tool's history that no file matches. */
export interface Orphan {
  readonly key: string;
  readonly appliedAt: Date | null;
  /** A failed or dirty row without a file still needs resolving before anything is recorded. */
  readonly failed?: boolean | undefined;
  readonly note?: string | undefined;
}

/** What one tool's history says of the project's files. */
export interface ToolReading {
  readonly findings: readonly Finding[];
  readonly orphans: readonly Orphan[];
  /** How many rows the table holds (bookkeeping rows included). */
  readonly rows: number;
}
