import { formatDuration } from '../../core/duration.js';
import type { BackfillProgress } from '../../core/events.js';
import { formatBytes } from '../../core/sizes.js';

/** Rate and ETA of one run of a backfill; says when an update is due (about once a second). */
export class ProgressMeter {
  private readonly startedAt = Date.now();
  private lastEmit = -Infinity;
  private startFraction: number | null = null;

  constructor(
    private readonly version: string,
    private readonly table: string,
    private readonly rowsAtStart: number,
    /** The key range, when the key is numeric. */
    private readonly range: { readonly lo: number; readonly hi: number } | null,
    private readonly everyMs = 1000,
  ) {}

  /** The progress to report now, or undefined when the last report is recent enough. */
  next(rowsDone: number, batches: number, lastKey: string | null, finished: boolean, waitingForLagBytes?: number): BackfillProgress | undefined {
    const now = Date.now();
    if (!finished && waitingForLagBytes === undefined && now - this.lastEmit < this.everyMs) return undefined;
    this.lastEmit = now;
    const elapsed = Math.max(1, now - this.startedAt);
    const fraction = finished ? 1 : this.fractionAt(lastKey);
    this.startFraction ??= fraction;
    const gained = fraction !== null && this.startFraction !== null ? fraction - this.startFraction : 0;
    const etaMs = finished ? 0 : fraction !== null && gained > 0 ? Math.round((elapsed * (1 - fraction)) / gained) : null;
    return {
      version: this.version,
      table: this.table,
      rowsDone,
      batches,
      rowsPerSecond: Math.round(((rowsDone - this.rowsAtStart) * 1000) / elapsed),
      fraction,
      etaMs,
      ...(waitingForLagBytes !== undefined ? { waitingForLagBytes } : {}),
      finished,
    };
  }

  private fractionAt(lastKey: string | null): number | null {
    if (!this.range) return null;
    if (lastKey === null) return 0;
    const { lo, hi } = this.range;
    if (hi <= lo) return 1;
    return Math.min(1, Math.max(0, (Number(lastKey) - lo) / (hi - lo)));
  }
}

/** "12,000 rows, 12 batches, 3,000 rows/s, ETA 4s": what a backfill's line and bar (report/progress-report.ts) say. */
export function backfillCounts(p: BackfillProgress): string {
  return [
    `${p.rowsDone.toLocaleString('en-US')} rows`,
    `${p.batches.toLocaleString('en-US')} batches`,
    `${p.rowsPerSecond.toLocaleString('en-US')} rows/s`,
    p.finished || p.etaMs === null ? '' : `ETA ${formatDuration(p.etaMs)}`,
    p.waitingForLagBytes !== undefined ? `waiting: replica lag ${formatBytes(p.waitingForLagBytes)}` : '',
  ].filter(Boolean).join(', ');
}

/** A plain progress line, for logs and pipes. */
export function formatProgressLine(p: BackfillProgress): string {
  const pct = p.fraction === null ? '' : ` ${Math.floor(p.fraction * 100)}%`;
  return `  backfill ${p.table}${p.finished ? ' finished' : ''}:${pct} ${backfillCounts(p)}`;
}
