import { LockstepError } from './errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** Parses "100ms", "5s", "2m", "1h" or a bare number of milliseconds. */
export function parseDuration(text: string, what = 'duration'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(text);
  if (!m || m[1] === undefined) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `invalid ${what} "${text}"`, {
      hint: 'Write a duration as a number with a unit: 100ms, 5s, 2m or 1h (a bare number means milliseconds).',
    });
  }
  const unit = (m[2] ?? 'ms').toLowerCase();
  return Math.round(Number(m[1]) * (UNITS[unit] ?? 1));
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
  const m = Math.floor(ms / 60_000);
  return `${m}m${Math.round((ms % 60_000) / 1000)}s`;
}
