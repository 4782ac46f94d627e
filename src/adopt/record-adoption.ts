/**
 * Writes an adoption: each migration as applied in Lockstep's history (applied_at from the other tool's row
 * when it has one, the SQL as in the file) and ONE `adopt` event, in one transaction. The caller holds the run
 * lock, so no `up` can start in between.
 */
import type { MigrationFile, Section } from '../core/types.js';
import { inTransaction, type Session } from '../db/index.js';
import type { HistoryStore } from '../history/index.js';
import { parseSection } from '../sql/index.js';
import type { AdoptionPlan } from './plan-adoption.js';
import type { HistoryTable } from './types.js';

/** What a history row keeps of a section: its SQL, or which module or file it was. */
function sectionText(s: Section | undefined): string | null {
  if (!s) return null;
  if (s.kind === 'sql') return s.sql;
  return s.kind === 'module' ? `-- module ${s.path}` : `-- ${s.path}: ${s.reason}`;
}

/** How many statements the up part has (for the row's done/total); a file this parser cannot read counts as one. */
function statementCount(s: Section): number {
  if (s.kind !== 'sql') return 1;
  if (s.explicitStatements) return s.explicitStatements.length;
  try {
    return parseSection(s).length;
  } catch {
    return 1;
  }
}

function rowOf(file: MigrationFile, batch: number, appliedAt: Date | null) {
  const total = statementCount(file.up);
  return {
    version: file.id, name: file.name, layout: file.layout, checksum: file.checksum, status: 'applied' as const,
    executionMs: null, batch, upSql: sectionText(file.up), downSql: sectionText(file.down),
    statementsDone: total, statementsTotal: total, lastError: null, appliedAt,
  };
}

export async function recordAdoption(session: Session, history: HistoryStore, source: HistoryTable, plan: AdoptionPlan, details: Readonly<Record<string, unknown>>): Promise<number> {
  const batch = await history.nextBatch(session);
  await inTransaction(session, async () => {
    for (const f of plan.toRecord) await history.write(session, rowOf(f.file, batch, f.appliedAt));
    await history.event(session, {
      kind: 'adopt',
      details: { tool: source.tool, table: `${source.schema}.${source.table}`, ids: plan.toRecord.map((f) => f.file.id), batch, ...details },
    });
  });
  return batch;
}
