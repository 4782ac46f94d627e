/**
 * Pure: what `adopt` records, given what the other tool's history says of each file and what Lockstep's own
 * history already holds. Failed and edited migrations are problems unless the user said how to take them.
 */
import { LockstepError } from '../core/errors.js';
import type { HistoryRow } from '../history/index.js';
import { chooseBaseline } from '../plan/index.js';
import type { Finding, HistoryTable, Orphan, ToolReading, Verdict } from './types.js';

/** How to take a migration the other tool started and did not finish (the user checked the database by hand). */
export type FailedAs = 'applied' | 'rolled-back';

export interface AdoptDecisions {
  readonly failedAs?: FailedAs | undefined;
  /** Record migrations whose file changed since the other tool ran them (the file as it is now). */
  readonly acceptEdited?: boolean | undefined;
}

/**
 * What adopt does with one migration file. `ignored`: nothing, and `lockstep up` will not run it either (a Flyway
 * baseline migration took its place; `status` shows it `ignored`, for the reason in `ignored`).
 */
export type AdoptAction = 'record' | 'already-recorded' | 'leave-pending' | 'ignored' | 'refuse';

export interface AdoptItem {
  readonly id: string;
  readonly name: string;
  readonly verdict: Verdict;
  readonly action: AdoptAction;
  /** ISO time the other tool applied it, when its row says. */
  readonly appliedAt: string | null;
  readonly note?: string | undefined;
  readonly stored?: string | undefined;
  readonly actual?: string | undefined;
  /** Why `lockstep up` will not run it (action `ignored`), as `status` says it. */
  readonly ignored?: string | undefined;
}

export interface AdoptionPlan {
  readonly items: readonly AdoptItem[];
  /** The findings to record, in file order. */
  readonly toRecord: readonly Finding[];
  readonly orphans: readonly Orphan[];
  readonly problems: readonly LockstepError[];
}

function actionFor(f: Finding, decisions: AdoptDecisions): AdoptAction {
  switch (f.verdict) {
    case 'applied':
    case 'implied':
      return 'record';
    case 'failed':
      return decisions.failedAs === undefined ? 'refuse' : decisions.failedAs === 'applied' ? 'record' : 'leave-pending';
    case 'edited':
      return decisions.acceptEdited ? 'record' : 'refuse';
    default:
      return 'leave-pending';
  }
}

function failedProblem(source: HistoryTable, what: string, note: string | undefined): LockstepError {
  return new LockstepError('LOCKSTEP_E_ADOPT_FAILED', `${source.tool} recorded ${what} as started but not finished${note ? ` (${note})` : ''}`, {
    hint: 'Check the database by hand: if the migration\'s changes are all there, run `lockstep adopt --failed-as applied`; if none are (undo any that are), run `lockstep adopt --failed-as rolled-back` and `lockstep up` runs it again.',
    details: { tool: source.tool, migration: what },
  });
}

function editedProblem(source: HistoryTable, f: Finding): LockstepError {
  return new LockstepError('LOCKSTEP_E_CHECKSUM_MISMATCH', `migration ${f.file.id}: ${f.file.paths.join(', ')} changed since ${source.tool} applied it (${source.tool} stored ${f.stored}, the file gives ${f.actual})`, {
    hint: 'Revert the file to what was applied (see its history in version control), or record it as it is now with `lockstep adopt --accept-edited`.',
    location: { file: f.file.paths[0] ?? f.file.id },
    details: { id: f.file.id, stored: f.stored, actual: f.actual },
  });
}

function item(f: Finding, action: AdoptAction, ignored: string | undefined): AdoptItem {
  return {
    id: f.file.id, name: f.file.name, verdict: f.verdict, action,
    appliedAt: f.appliedAt ? f.appliedAt.toISOString() : null,
    ...(f.note ? { note: f.note } : {}), ...(f.stored ? { stored: f.stored, actual: f.actual } : {}),
    ...(ignored ? { ignored } : {}),
  };
}

/** Rows of Lockstep's own history that count as recorded (applied or partial). */
function recordedIds(rows: readonly HistoryRow[]): Set<string> {
  return new Set(rows.filter((r) => r.status !== 'rolled_back').map((r) => r.version));
}

export function planAdoption(source: HistoryTable, reading: ToolReading, lockstepRows: readonly HistoryRow[], decisions: AdoptDecisions): AdoptionPlan {
  const recorded = recordedIds(lockstepRows);
  const actions = reading.findings.map((f) => (recorded.has(f.file.id) ? 'already-recorded' : actionFor(f, decisions)));
  // What `status` will show once this is recorded: a Flyway baseline migration the history holds covers the
  // versioned migrations at or below it, which `lockstep up` then ignores rather than runs.
  const live = new Set(reading.findings.filter((_, i) => actions[i] === 'record' || actions[i] === 'already-recorded').map((f) => f.file));
  const { ignored } = chooseBaseline(reading.findings.map((f) => f.file), live, live.size > 0 || recorded.size > 0);
  const items: AdoptItem[] = [];
  const toRecord: Finding[] = [];
  const problems: LockstepError[] = [];
  for (const [i, f] of reading.findings.entries()) {
    const why = actions[i] === 'leave-pending' ? ignored.get(f.file) : undefined;
    const action: AdoptAction = why === undefined ? (actions[i] as AdoptAction) : 'ignored';
    items.push(item(f, action, why));
    if (action === 'record') toRecord.push(f);
    if (action === 'refuse') problems.push(f.verdict === 'edited' ? editedProblem(source, f) : failedProblem(source, `migration ${f.file.id}`, f.note));
  }
  for (const o of reading.orphans.filter((x) => x.failed && decisions.failedAs === undefined)) {
    problems.push(failedProblem(source, `version ${o.key}, which no file has,`, o.note));
  }
  return { items, toRecord, orphans: reading.orphans, problems };
}
