/**
 * How long each lock that blocks reads or writes of an existing table will be held on the target.
 *
 * Method: each statement's duration on the target is estimated from what it does to existing tables,
 * as traced in the shadow, and from the target's table sizes:
 * - a table rewrite (relfilenode changed): heap MB × rewrite ms/MB + rows × indexes × index ms/row;
 * - a non-concurrent CREATE INDEX: rows × index ms/row;
 * - a full scan the static model knows of (VALIDATE CONSTRAINT, SET NOT NULL, a CHECK or FOREIGN KEY
 *   added without NOT VALID): heap MB × scan ms/MB;
 * - anything else is a catalog change: its duration as measured in the shadow.
 * The per-MB and per-row figures come from calibrate() (or, with --on-target, the statement's measured
 * duration on the real data is used as is). A lock taken inside a transaction is held until COMMIT, so
 * its hold time is the sum of its statement and every later statement of the migration.
 */
import type { MigrationTrace, StatementTrace } from '../rehearsal/index.js';
import type { Calibration, HoldEstimate, RelationSize } from './types.js';

export interface StatementCost {
  readonly ms: number | null;
  readonly basis: string;
}

const MB = 1024 * 1024;

function costOf(st: StatementTrace, sizes: ReadonlyMap<string, RelationSize>, cal: Calibration | undefined, measured: boolean): StatementCost {
  if (!st.executed) return { ms: 0, basis: 'not executed' };
  if (measured) return { ms: st.durationMs, basis: 'measured on the target' };
  const tables = st.kind === 'TruncateStmt' ? [] : st.rewrites.filter((r) => r.kind !== 'index' && r.kind !== 'partitioned index');
  const parts: StatementCost[] = [];
  for (const r of tables) parts.push(scaled(sizes.get(r.relation), cal, 'rewrite', r.relation));
  if (parts.length === 0 && st.buildsIndexOn) parts.push(scaled(sizes.get(st.buildsIndexOn), cal, 'index', st.buildsIndexOn));
  if (parts.length === 0) for (const rel of st.scans) parts.push(scaled(sizes.get(rel), cal, 'scan', rel));
  if (parts.length === 0) return { ms: st.durationMs, basis: 'catalog change (as measured in the shadow)' };
  const unknown = parts.some((p) => p.ms === null);
  return {
    // The shadow's own duration is left out: on an empty shadow it is fixed overhead (and, in PGlite, WASM warm-up).
    ms: unknown ? null : parts.reduce((sum, p) => sum + (p.ms ?? 0), 0),
    basis: parts.map((p) => p.basis).join('; '),
  };
}

function scaled(size: RelationSize | undefined, cal: Calibration | undefined, work: 'rewrite' | 'index' | 'scan', relation: string): StatementCost {
  const label = work === 'index' ? 'index build on' : work === 'scan' ? 'full scan of' : 'rewrite of';
  // Not on the target: an earlier pending migration creates it, so it is empty when this one runs.
  if (!size) return { ms: 0, basis: `${label} ${relation} (empty: not on the target yet)` };
  if (size.rows === null || size.heapBytes === null) return { ms: null, basis: `${label} ${relation} (size unknown)` };
  if (size.rows === 0 && size.heapBytes === 0) return { ms: 0, basis: `${label} ${relation} (empty)` };
  if (!cal) return { ms: null, basis: `${label} ${relation} (no calibration)` };
  const mb = size.heapBytes / MB;
  const indexMs = (rows: number): number => (rows / 1e6) * cal.indexMsPerMillionRows;
  switch (work) {
    case 'rewrite':
      return { ms: mb * cal.rewriteMsPerMB + indexMs(size.rows) * size.indexes, basis: `rewrite of ${relation} (${mb.toFixed(1)} MB, ${size.indexes} index${size.indexes === 1 ? '' : 'es'} rebuilt)` };
    case 'index':
      return { ms: indexMs(size.rows), basis: `index build over ${size.rows} rows of ${relation}` };
    default:
      return { ms: mb * cal.scanMsPerMB, basis: `full scan of ${relation} (${mb.toFixed(1)} MB)` };
  }
}

/** Per-statement costs, in statement order. */
export function statementCosts(trace: MigrationTrace, sizes: ReadonlyMap<string, RelationSize>, cal: Calibration | undefined, measured = false): StatementCost[] {
  return trace.statements.map((st) => costOf(st, sizes, cal, measured));
}

/** Whether the work scales with table size (so calibration is worth running). */
export function scalesWithSize(trace: MigrationTrace): boolean {
  return trace.statements.some((st) => st.rewrites.length > 0 || st.buildsIndexOn !== null || st.scans.length > 0);
}

const blocksData = (blocks: readonly string[]): number => (blocks.includes('reads') ? 2 : blocks.includes('writes') ? 1 : 0);

export function estimateHolds(trace: MigrationTrace, costs: readonly StatementCost[]): HoldEstimate[] {
  const out: HoldEstimate[] = [];
  // relation → how much it already blocks (2 reads and writes, 1 writes) since an earlier statement of the transaction.
  const already = new Map<string, number>();
  for (const st of trace.statements) {
    for (const lock of st.locks) {
      const level = blocksData(lock.blocks);
      if (level === 0 || (st.inTransaction && (already.get(lock.relation) ?? 0) >= level)) continue;
      if (st.inTransaction) already.set(lock.relation, level);
      // Held until COMMIT inside a transaction; a statement outside one releases its locks when it ends.
      const span = st.inTransaction ? costs.slice(st.index) : [costs[st.index]];
      const unknown = span.some((c) => c === undefined || c.ms === null);
      const heavy = span.filter((c) => c && c.basis !== 'catalog change (as measured in the shadow)' && c.basis !== 'not executed' && !c.basis.includes('(empty'));
      out.push({
        relation: lock.relation,
        mode: lock.strongest,
        blocks: lock.blocks,
        statement: st.index,
        file: st.file,
        line: st.line,
        estimatedMs: unknown ? null : span.reduce((sum, c) => sum + (c?.ms ?? 0), 0),
        basis: heavy.length ? heavy.map((c) => c?.basis).join('; ') : 'catalog changes only',
      });
    }
  }
  return out;
}
