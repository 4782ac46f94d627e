import { LockstepError } from './errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/**
 * The longest duration Lockstep accepts: 2^31 - 1 milliseconds (about 24.8 days). PostgreSQL's lock_timeout and
 * statement_timeout are int milliseconds (https://www.postgresql.org/docs/current/runtime-config-client.html) and
 * Node's timers fire at once past this value, so a longer one would fail mid-run or, worse, not wait at all.
 */
export const MAX_DURATION_MS = 2_147_483_647;

export const DURATION_HINT = 'Write a duration as a number with a unit: 100ms, 5s, 2m or 1h (a bare number means milliseconds).';

const RANGE_HINT = `Durations go up to ${MAX_DURATION_MS}ms (about 24 days), PostgreSQL's limit for lock_timeout and statement_timeout.`;

/** Parses "100ms", "5s", "2m", "1h" or a bare number of milliseconds, up to MAX_DURATION_MS. */
export function parseDuration(text: string, what = 'duration'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(text);
  if (!m || m[1] === undefined) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `invalid ${what} "${text}"`, { hint: DURATION_HINT });
  }
  const unit = (m[2] ?? 'ms').toLowerCase();
  const ms = Math.round(Number(m[1]) * (UNITS[unit] ?? 1));
  if (!(ms <= MAX_DURATION_MS)) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `${what} "${text.trim()}" is out of range`, { hint: RANGE_HINT });
  }
  return ms;
}

/** A duration given as a number of milliseconds (a config file's `lockTimeout: 500`): the same range check. */
export function checkDurationMs(ms: number, what = 'duration'): number {
  if (!Number.isFinite(ms) || ms < 0) throw new LockstepError('LOCKSTEP_E_USAGE', `invalid ${what} ${ms}`, { hint: DURATION_HINT });
  if (ms > MAX_DURATION_MS) throw new LockstepError('LOCKSTEP_E_USAGE', `${what} ${ms} is out of range`, { hint: RANGE_HINT });
  return ms;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
  const m = Math.floor(ms / 60_000);
  return `${m}m${Math.round((ms % 60_000) / 1000)}s`;
}
