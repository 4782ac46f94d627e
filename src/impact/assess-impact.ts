/** The target-side facts for one rehearsed migration: sizes, live lock activity, lock-hold estimates. */
import type { Session } from '../db/index.js';
import { LOCK_MODES } from '../locks/index.js';
import { toLintMode, type MigrationTrace } from '../rehearsal/index.js';
import { estimateHolds, statementCosts } from './estimate-hold.js';
import { longestTransaction, readLockActivity } from './lock-activity.js';
import { estimateDataChanges } from './data-changes.js';
import type { Calibration, DataChangeEstimate, HoldEstimate, LockSession, LongestTransaction, RelationSize } from './types.js';

export interface MigrationImpact {
  /** Every existing relation the migration locks or rewrites, with its size on the target. */
  readonly relations: readonly RelationSize[];
  readonly sessions: readonly LockSession[];
  readonly longestTransaction: LongestTransaction | null;
  readonly holds: readonly HoldEstimate[];
  /** Statements that change rows of existing tables (UPDATE, DELETE, INSERT … SELECT, backfills), estimated. */
  readonly dataChanges: readonly DataChangeEstimate[];
}

const rank = (mode: string): number => LOCK_MODES.indexOf(toLintMode(mode) ?? 'AccessShare');

/** relation → the strongest mode the migration takes on it. */
export function plannedLocks(trace: MigrationTrace): Map<string, string> {
  const out = new Map<string, string>();
  for (const st of trace.statements) {
    for (const lock of st.locks) {
      const prev = out.get(lock.relation);
      if (!prev || rank(lock.strongest) > rank(prev)) out.set(lock.relation, lock.strongest);
    }
  }
  return out;
}

function touched(trace: MigrationTrace): string[] {
  const names = new Set<string>();
  for (const st of trace.statements) {
    for (const l of st.locks) names.add(l.relation);
    for (const r of st.rewrites) names.add(r.table ?? r.relation);
  }
  return [...names].sort();
}

export interface ImpactContext {
  readonly session: Session;
  readonly sizes: ReadonlyMap<string, RelationSize>;
  readonly calibration: Calibration | undefined;
  /** The trace ran on the target itself: its durations are real. */
  readonly measured: boolean;
}

export async function assessImpact(ctx: ImpactContext, trace: MigrationTrace): Promise<MigrationImpact> {
  const planned = plannedLocks(trace);
  const sessions = await readLockActivity(ctx.session, planned);
  return {
    relations: touched(trace).map((r) => ctx.sizes.get(r)).filter((s): s is RelationSize => s !== undefined),
    sessions,
    longestTransaction: longestTransaction(sessions),
    holds: estimateHolds(trace, statementCosts(trace, ctx.sizes, ctx.calibration, ctx.measured)),
    // On the target (--on-target) the statements ran on the real rows: their durations are the figures.
    dataChanges: ctx.measured ? [] : estimateDataChanges(trace, ctx.sizes, ctx.calibration),
  };
}
