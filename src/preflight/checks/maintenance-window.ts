import type { Finding, MaintenanceWindow, MigrationLocks } from '../types.js';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Weekday and minute of the day of `now` in the window's time zone, by Intl (so DST is the zone's business). */
function localTime(now: Date, timeZone: string): { day: string; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { day: get('weekday').slice(0, 3).toLowerCase(), minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Inside the window? A window whose end is at or before its start runs past midnight into the next day. */
export function insideWindow(w: MaintenanceWindow, now: Date): boolean {
  const { day, minute } = localTime(now, w.timezone);
  const start = minutes(w.start);
  const end = minutes(w.end);
  if (end > start) return w.days.includes(day) && minute >= start && minute < end;
  const yesterday = DAYS[(DAYS.indexOf(day as (typeof DAYS)[number]) + 6) % 7] ?? '';
  return (w.days.includes(day) && minute >= start) || (w.days.includes(yesterday) && minute < end);
}

export function describeWindow(w: MaintenanceWindow): string {
  return `${w.days.join(', ')} ${w.start}–${w.end} ${w.timezone}`;
}

/**
 * On a protected environment with maintenance windows, migrations that block reads or writes (or whose locks
 * are unknown: module migrations) run only inside a window, unless forced.
 */
export function windowFindings(windows: readonly MaintenanceWindow[], locks: MigrationLocks, now: Date, force: boolean): Finding[] {
  if (windows.length === 0) return [];
  const blocking = locks.locks.filter((l) => l.blocks.includes('reads') || l.blocks.includes('writes'));
  const versions = [...new Set([...blocking.flatMap((l) => l.versions), ...locks.unknown])];
  if (versions.length === 0 || windows.some((w) => insideWindow(w, now))) return [];
  const what = blocking.length
    ? `takes locks that block reads or writes (${blocking.map((l) => `${l.relation}: ${l.blocks.filter((b) => b !== 'ddl').join(' and ')}`).join('; ')})`
    : 'has locks that cannot be known before it runs';
  const message = `outside the maintenance window (${windows.map(describeWindow).join('; ')}): ${versions.join(', ')} ${what}`;
  return force
    ? [{ check: 'maintenance-window', severity: 'warning', message: `${message}; running anyway because of --force`, hint: 'Watch the application while it runs.' }]
    : [{ check: 'maintenance-window', severity: 'blocker', message, hint: 'Run it inside the window, split out the blocking part, or pass --force if the impact is understood.' }];
}
