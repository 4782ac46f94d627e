/**
 * How long the statements that change rows of existing tables will take on the target. A shadow built from the
 * live schema has the target's tables but not their rows, so an UPDATE there finishes at once; the estimate
 * comes from the table's rows on the target and the speed of UPDATE batches measured in the shadow (calibrate()).
 * - a backfill (`-- lockstep:backfill`): ceil(rows / batch size) batches, each (batch size / 1000) × the measured
 *   time of a 1,000-row batch, plus its pause; row locks are held one batch at a time;
 * - a plain UPDATE, DELETE or INSERT … SELECT on an existing table: rows / 1000 × the same figure, its row locks
 *   held until COMMIT (writers of those rows wait). The WHERE clause is not evaluated: every row is counted.
 */
import type { MigrationTrace, StatementTrace } from '../rehearsal/index.js';
import type { Calibration, DataChangeEstimate, RelationSize } from './types.js';

const KINDS: Readonly<Record<string, DataChangeEstimate['kind']>> = { UpdateStmt: 'update', DeleteStmt: 'delete', InsertStmt: 'insert', backfill: 'backfill' };

/** Whether the migration changes rows of tables that existed before it (so the calibration is needed). */
export function changesData(trace: MigrationTrace): boolean {
  return trace.statements.some((st) => KINDS[st.kind] !== undefined && st.locks.length > 0);
}

function rowsOf(size: RelationSize | undefined): number | null {
  if (!size) return 0; // created by an earlier pending migration: empty when this one runs
  return size.rows;
}

function estimate(st: StatementTrace, relation: string, size: RelationSize | undefined, cal: Calibration | undefined): DataChangeEstimate {
  const kind = KINDS[st.kind] ?? 'update';
  const rows = rowsOf(size);
  const base = { relation, kind, statement: st.index, file: st.file, line: st.line, rows };
  const perRow = cal ? cal.updateMsPerThousandRows / 1000 : null;
  if (rows === null || perRow === null) {
    const why = rows === null ? `the size of ${relation} is unknown` : 'no calibration';
    return { ...base, batches: null, estimatedMs: null, rowLocksMs: null, basis: `${kind} of ${relation}: ${why}` };
  }
  if (st.backfill) {
    const batches = Math.ceil(rows / st.backfill.batchSize);
    const batchMs = st.backfill.batchSize * perRow;
    const rate = cal ? Math.round(1000 / (cal.updateMsPerThousandRows / 1000)) : 0;
    return { ...base, batches, estimatedMs: batches * (batchMs + st.backfill.pauseMs), rowLocksMs: rows === 0 ? 0 : batchMs, basis: `${rows} rows in ${batches} batches of ${st.backfill.batchSize} at ${rate} rows/s (measured in the ${cal?.shadow} shadow)${st.backfill.pauseMs ? ` + ${st.backfill.pauseMs} ms pause each` : ''}` };
  }
  const ms = rows * perRow;
  return { ...base, batches: null, estimatedMs: ms, rowLocksMs: st.inTransaction ? null : ms, basis: `up to ${rows} rows of ${relation} (every row counted; the WHERE clause is not evaluated)` };
}

/** One estimate per statement that changes rows of an existing table. */
export function estimateDataChanges(trace: MigrationTrace, sizes: ReadonlyMap<string, RelationSize>, cal: Calibration | undefined): DataChangeEstimate[] {
  const out: DataChangeEstimate[] = [];
  for (const st of trace.statements) {
    if (KINDS[st.kind] === undefined) continue;
    // The relation whose rows change: the one it takes ROW EXCLUSIVE on (INSERT … SELECT also reads others).
    const target = st.locks.find((l) => l.modes.includes('RowExclusiveLock')) ?? st.locks[0];
    if (target) out.push(estimate(st, target.relation, sizes.get(target.relation), cal));
  }
  return out;
}
