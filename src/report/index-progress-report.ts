import { formatDuration } from '../core/duration.js';
import { progressBar } from './progress-report.js';
import type { IndexProgress } from '../core/events.js';

// Made on first use: building a number format loads ICU data that most runs never need.
let countFormat: Intl.NumberFormat | undefined;
const count = { format: (n: number): string => (countFormat ??= new Intl.NumberFormat('en-US')).format(n) };

/** What the phase is counting: "1,234 of 5,000 blocks", "waiting for 1 of 2 sessions", or nothing. */
function counters(p: IndexProgress): string {
  if (p.blocksTotal > 0) return `${count.format(p.blocksDone)} of ${count.format(p.blocksTotal)} blocks`;
  if (p.tuplesTotal > 0) return `${count.format(p.tuplesDone)} of ${count.format(p.tuplesTotal)} tuples`;
  if (p.lockersTotal > 0) return `waited for ${p.lockersDone} of ${p.lockersTotal} session(s)`;
  return '';
}

function details(p: IndexProgress): string {
  return [p.finished ? 'built' : p.phase, counters(p), formatDuration(p.elapsedMs)].filter(Boolean).join(', ');
}

/** A plain line, for logs and CI (printed periodically there). */
export function formatIndexProgressLine(p: IndexProgress): string {
  const pct = p.fraction === null || p.finished ? '' : ` ${Math.floor(p.fraction * 100)}%`;
  return `  index ${p.index}:${pct} ${details(p)}`;
}

/** A one-line bar redrawn in place on a terminal. */
export function formatIndexProgressBar(p: IndexProgress): string {
  return `  index ${p.index} ${progressBar(p.finished ? 1 : p.fraction)}${details(p)}`;
}
