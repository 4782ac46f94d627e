/**
 * Progress as text: bars redrawn in place on a terminal, plain lines for a log. Backfills and index builds (their
 * plain lines are in event-report), and the migrations a long command (test, plan) has got through. Pure.
 */
import type { Progress } from '../core/events.js';
import { backfillCounts } from '../runner/index.js';
import type { BackfillProgress } from '../core/events.js';

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

const WIDTH = 30;
const NOUN: Readonly<Record<Progress['task'], string>> = { test: 'round-tripped', plan: 'rehearsed' };

function failed(p: Progress): string {
  return `${p.failed ? `, ${p.failed} failed` : ''}${p.notRun ? `, ${p.notRun} not run` : ''}`;
}

/** "lockstep test: 120/300 migrations round-tripped, 3 failed (last: 0120 add_index)"; ", 5 not run" when some were not. */
export function formatProgressText(p: Progress): string {
  // Migrations not run were not round-tripped: then the count is of those gone through, not of those round-tripped.
  return `lockstep ${p.task}: ${p.done}/${p.total} migrations ${p.notRun ? 'gone through' : NOUN[p.task]}${failed(p)} (last: ${p.label})`;
}

/** "[##########--------------------]  40% 120/300, 3 failed  0120 add_index"; colour only when `color`. */
export function formatProgressBarText(p: Progress, color: boolean): string {
  const fraction = p.total === 0 ? 1 : p.done / p.total;
  const filled = Math.round(fraction * WIDTH);
  const done = '#'.repeat(filled);
  const bar = color ? `\x1b[${p.failed ? 33 : 32}m${done}\x1b[0m` : done;
  return `[${bar}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${p.done}/${p.total}${failed(p)}  ${p.label}`;
}
