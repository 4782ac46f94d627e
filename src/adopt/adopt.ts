/** `lockstep adopt`: find the other tool's history, say what it means for each file, record the applied ones. */
import { LockstepError, throwCollected } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import type { HistoryStore } from '../history/index.js';
import { chooseHistoryTable } from './find-history.js';
import { planAdoption, type AdoptDecisions, type AdoptItem } from './plan-adoption.js';
import { recordAdoption } from './record-adoption.js';
import { adapterFor } from './tools/index.js';
import type { ForeignTool, Orphan } from './types.js';

export interface AdoptOptions extends AdoptDecisions {
  readonly tool?: ForeignTool | undefined;
  /** `schema.table` or `table`. */
  readonly table?: string | undefined;
  /** Show what would be recorded; write nothing. */
  readonly dryRun?: boolean | undefined;
}

export interface AdoptReport {
  readonly tool: ForeignTool;
  /** schema.table of the history taken over. */
  readonly table: string;
  /** Rows the table holds. */
  readonly rowsRead: number;
  readonly dryRun: boolean;
  /** Every migration file, in order, with what the other tool's history says and what adopt does with it. */
  readonly migrations: readonly AdoptItem[];
  /** Ids recorded as applied (with dryRun: that would be). */
  readonly recorded: readonly string[];
  /** Rows of the other tool's history that no file matches (not recorded). */
  readonly orphans: ReadonlyArray<{ readonly key: string; readonly appliedAt: string | null; readonly note?: string | undefined }>;
  /** Lockstep batch the adoption was recorded as (null in a dry run or when nothing was recorded). */
  readonly batch: number | null;
}

export interface AdoptInput {
  readonly session: Session;
  readonly history: HistoryStore;
  readonly files: readonly MigrationFile[];
  readonly cwd: string;
  readonly options: AdoptOptions;
}

const orphanJson = (o: Orphan) => ({ key: o.key, appliedAt: o.appliedAt ? o.appliedAt.toISOString() : null, ...(o.note ? { note: o.note } : {}) });

/**
 * Reads, plans and (unless dryRun) records. Throws the coded errors of every failed or edited migration at once
 * before anything is written. The caller holds the run lock when it is not a dry run.
 */
export async function adoptHistory(input: AdoptInput): Promise<AdoptReport> {
  const { session, history, files, cwd, options } = input;
  const source = await chooseHistoryTable(session, { tool: options.tool, table: options.table, historySchema: history.schema });
  const reading = await adapterFor(source.tool).read({ session, table: source, files, cwd }).catch((err: unknown) => {
    if (!source.byShape) throw err;
    throw new LockstepError('LOCKSTEP_E_ADOPT_NOT_FOUND', `${source.schema}.${source.table} has ${source.tool}'s column names but is not its history (${(err as Error).message})`, {
      hint: 'Give the history table with --table schema.table (and --tool).',
    });
  });
  const plan = planAdoption(source, reading, await history.rows(session), options);
  throwCollected(plan.problems);
  const recorded = plan.toRecord.map((f) => f.file.id);
  const write = !options.dryRun && recorded.length > 0;
  const details = {
    ...(options.failedAs ? { failedAs: options.failedAs } : {}),
    edited: plan.toRecord.filter((f) => f.verdict === 'edited').map((f) => ({ id: f.file.id, stored: f.stored, actual: f.actual })),
    orphans: plan.orphans.map(orphanJson),
  };
  const batch = write ? await recordAdoption(session, history, source, plan, details) : null;
  return {
    tool: source.tool, table: `${source.schema}.${source.table}`, rowsRead: reading.rows, dryRun: options.dryRun === true,
    migrations: plan.items, recorded, orphans: plan.orphans.map(orphanJson), batch,
  };
}
