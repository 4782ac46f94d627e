/** Progress bars redrawn in place on a terminal: backfills and index builds (their plain lines are in event-report). */
import { backfillCounts } from '../runner/backfill/progress.js';
import type { BackfillProgress } from '../runner/events.js';

const BAR_WIDTH = 24;

/** "[#####-----]  50% " for a share of work done, or nothing when the share is unknown. */
export function progressBar(fraction: number | null): string {
  if (fraction === null) return '';
  const filled = Math.round(fraction * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% `;
}

/** A backfill's one-line bar. */
export function formatProgressBar(p: BackfillProgress): string {
  return `  backfill ${p.table} ${progressBar(p.fraction)}${backfillCounts(p)}`;
}
