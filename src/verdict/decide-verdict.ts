/**
 * One verdict per migration, with its reasons: blocked (it fails, or a gate refuses it), needs attention
 * (it will block reads or writes of a table that matters, rewrite data, or wait behind live sessions),
 * or safe. Pure: the facts come from the linter, the rehearsal and the target's catalog.
 */
import { reachesFailOn, type Finding } from '../lint/index.js';
import type { DataChangeEstimate, HoldEstimate, LockSession, LongestTransaction, RelationSize } from '../impact/index.js';
import { isTimeout, type MigrationTrace, type TraceError } from '../rehearsal/index.js';
import type { Reason, Verdict, VerdictLevel, VerdictThresholds } from './types.js';

export interface VerdictInput {
  readonly trace: MigrationTrace | null;
  /** Parse or preparation error (the migration cannot even be read). */
  readonly loadError: TraceError | null;
  /** Why `lockstep up` would refuse to run the pending migrations at all (checksum, order). */
  readonly refusals: readonly string[];
  /** The trace was skipped after an earlier failure: blocked, or only unknown (an earlier timeout on the target). */
  readonly skippedLevel: 'blocked' | 'attention' | null;
  /** Rehearsed on the target itself (plan --on-target): timeouts there are contention, not bugs. */
  readonly onTarget: boolean;
  readonly findings: readonly Finding[];
  readonly sizes: ReadonlyMap<string, RelationSize>;
  readonly activity: readonly LockSession[];
  readonly longest: LongestTransaction | null;
  readonly holds: readonly HoldEstimate[];
  readonly dataChanges: readonly DataChangeEstimate[];
  readonly thresholds: VerdictThresholds;
}

export function formatMs(ms: number): string {
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/** Small, or not on the target at all (an earlier pending migration creates it: empty when this one runs). */
function isSmall(size: RelationSize | undefined, t: VerdictThresholds): boolean {
  if (!size) return true;
  if (size.rows === null || size.bytes === null) return false;
  return size.rows < t.rows && size.bytes < t.bytes;
}

function failureReasons(input: VerdictInput): Reason[] {
  const out: Reason[] = input.refusals.map((message) => ({ level: 'blocked', code: 'up-refuses', message }));
  const err = input.loadError ?? input.trace?.error ?? null;
  const at = err?.location ? { location: err.location } : {};
  if (err && input.onTarget && isTimeout(err)) {
    const what = err.sqlState === '55P03' ? 'could not get its lock within the short lock_timeout (another session holds a conflicting lock)' : 'ran longer than the short statement_timeout';
    out.push({ level: 'attention', code: 'on-target', message: `on the target it ${what}: ${err.message}`, ...at });
  } else if (err) {
    // A migration only its own tool can run (goose .go, Flyway Java) is where `up` stops: a refusal, not an SQL error.
    const code = err.code === 'LOCKSTEP_E_UNSUPPORTED_MIGRATION' ? 'up-refuses' : 'sql-error';
    out.push({ level: 'blocked', code, message: err.message, ...at });
  }
  if (input.trace?.skipped) out.push({ level: input.skippedLevel ?? 'blocked', code: 'earlier-failed', message: input.trace.skipped });
  return out;
}

function lintReasons(input: VerdictInput): Reason[] {
  return input.findings
    .filter((f) => f.severity !== 'info')
    .map((f): Reason => ({
      level: reachesFailOn(f.severity, input.thresholds.failOn) ? 'blocked' : 'attention',
      code: `lint:${f.rule}`,
      message: f.message,
      location: { file: f.file, line: f.line, column: f.column },
    }));
}

function holdReasons(input: VerdictInput): Reason[] {
  const out: Reason[] = [];
  const t = input.thresholds;
  for (const h of input.holds) {
    const size = input.sizes.get(h.relation);
    const what = h.blocks.includes('reads') ? 'reads and writes' : 'writes';
    const long = h.estimatedMs === null || h.estimatedMs >= t.holdMs;
    const where = { file: h.file, line: h.line };
    if (!long && isSmall(size, t)) continue;
    const dur = h.estimatedMs === null ? 'for an unknown time (table size unknown)' : `for ${h.estimatedMs < 1 ? '' : '~'}${formatMs(h.estimatedMs)}`;
    out.push({ level: long ? 'attention' : 'note', code: 'blocking-lock', message: `${h.mode} on ${h.relation} blocks ${what} ${dur} (${h.basis})`, location: where });
  }
  return out;
}

/**
 * Row changes on existing tables: a backfill or a plain UPDATE/DELETE/INSERT … SELECT. Large (by the size
 * thresholds or the hold threshold) or unknown needs attention, with the estimate; small ones are a note.
 */
function dataChangeReasons(input: VerdictInput): Reason[] {
  const t = input.thresholds;
  return input.dataChanges.flatMap((d): Reason[] => {
    if (d.rows === 0) return [];
    const where = { file: d.file, line: d.line };
    const rows = d.rows === null ? 'an unknown number of rows' : `~${d.rows} rows`;
    if (d.estimatedMs === null) return [{ level: 'attention', code: 'data-change', message: `${d.kind} of ${rows} of ${d.relation}: duration unknown (${d.basis})`, location: where }];
    const big = (d.rows ?? 0) >= t.rows || d.estimatedMs >= t.holdMs;
    const locks = d.kind === 'backfill'
      ? `each batch holds its rows' locks for ~${formatMs(d.rowLocksMs ?? 0)}`
      : 'its row locks are held until COMMIT: writers of those rows wait that long';
    const message = `${d.kind} of ${rows} of ${d.relation}: ~${formatMs(d.estimatedMs)} (${d.basis}); ${locks}`;
    return [{ level: big ? 'attention' : 'note', code: d.kind === 'backfill' ? 'backfill' : 'data-change', message, location: where }];
  });
}

function rewriteReasons(input: VerdictInput): Reason[] {
  const out: Reason[] = [];
  for (const st of input.trace?.statements ?? []) {
    for (const r of st.rewrites) {
      if (r.kind === 'index' || r.kind === 'partitioned index' || st.kind === 'TruncateStmt') continue;
      const size = input.sizes.get(r.relation);
      const empty = !size || (size.rows === 0 && (size.heapBytes ?? 0) <= 8192 * 2);
      out.push({ level: empty ? 'note' : 'attention', code: 'rewrite', message: `rewrites ${r.relation}${empty ? ' (empty on the target)' : ''}`, location: { file: st.file, line: st.line, column: st.column } });
    }
  }
  return out;
}

function contentionReasons(input: VerdictInput): Reason[] {
  const out: Reason[] = [];
  const blockers = input.activity.filter((s) => s.conflicts);
  const seen = new Set<number>();
  for (const s of blockers) {
    if (seen.has(s.pid)) continue;
    seen.add(s.pid);
    const age = s.transactionMs === null ? '' : `, transaction open ${formatMs(s.transactionMs)}`;
    out.push({ level: 'attention', code: 'lock-contention', message: `pid ${s.pid} (${s.application ?? 'unknown application'}, ${s.state ?? 'unknown state'}${age}) ${s.granted ? 'holds' : 'waits for'} ${s.mode} on ${s.relation}: the migration would wait for it` });
  }
  const l = input.longest;
  if (l && l.transactionMs >= input.thresholds.longTransactionMs && !seen.has(l.pid)) {
    out.push({ level: 'attention', code: 'long-transaction', message: `pid ${l.pid} (${l.application ?? 'unknown application'}) has a transaction open for ${formatMs(l.transactionMs)} on ${l.relations.join(', ')}` });
  }
  return out;
}

function traceNotes(input: VerdictInput): Reason[] {
  const statements = input.trace?.statements ?? [];
  const modelled = statements.filter((s) => s.lockSource === 'static-model' && s.locks.length > 0);
  return modelled.length ? [{ level: 'note', code: 'static-locks', message: `locks of ${modelled.length} statement(s) outside a transaction come from the static lock model, not pg_locks` }] : [];
}

export function decideVerdict(input: VerdictInput): Verdict {
  const reasons = [...failureReasons(input), ...lintReasons(input), ...holdReasons(input), ...dataChangeReasons(input), ...rewriteReasons(input), ...contentionReasons(input), ...traceNotes(input)];
  const level: VerdictLevel = reasons.some((r) => r.level === 'blocked') ? 'blocked' : reasons.some((r) => r.level === 'attention') ? 'attention' : 'safe';
  return { level, reasons };
}
