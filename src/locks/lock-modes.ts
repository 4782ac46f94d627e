/**
 * PostgreSQL's eight table-level lock modes and their conflict table
 * (https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-TABLES, table "Conflicting Lock Modes").
 */

export type LockMode =
  | 'AccessShare'
  | 'RowShare'
  | 'RowExclusive'
  | 'ShareUpdateExclusive'
  | 'Share'
  | 'ShareRowExclusive'
  | 'Exclusive'
  | 'AccessExclusive';

export type Blocked = 'reads' | 'writes' | 'ddl';

/** Weakest first, as PostgreSQL numbers them (lockdefs.h); ALTER TABLE takes the strongest of its subcommands. */
export const LOCK_MODES: readonly LockMode[] = [
  'AccessShare',
  'RowShare',
  'RowExclusive',
  'ShareUpdateExclusive',
  'Share',
  'ShareRowExclusive',
  'Exclusive',
  'AccessExclusive',
];

const CONFLICTS: Readonly<Record<LockMode, readonly LockMode[]>> = {
  AccessShare: ['AccessExclusive'],
  RowShare: ['Exclusive', 'AccessExclusive'],
  RowExclusive: ['Share', 'ShareRowExclusive', 'Exclusive', 'AccessExclusive'],
  ShareUpdateExclusive: ['ShareUpdateExclusive', 'Share', 'ShareRowExclusive', 'Exclusive', 'AccessExclusive'],
  Share: ['RowExclusive', 'ShareUpdateExclusive', 'ShareRowExclusive', 'Exclusive', 'AccessExclusive'],
  ShareRowExclusive: ['RowExclusive', 'ShareUpdateExclusive', 'Share', 'ShareRowExclusive', 'Exclusive', 'AccessExclusive'],
  Exclusive: ['RowShare', 'RowExclusive', 'ShareUpdateExclusive', 'Share', 'ShareRowExclusive', 'Exclusive', 'AccessExclusive'],
  AccessExclusive: LOCK_MODES,
};

/** True when a lock in mode `a` and one in mode `b` on the same table cannot be held at once. */
export function conflicts(a: LockMode, b: LockMode): boolean {
  return CONFLICTS[a].includes(b);
}

export function strongest(a: LockMode, b: LockMode): LockMode {
  return LOCK_MODES.indexOf(a) >= LOCK_MODES.indexOf(b) ? a : b;
}

/**
 * What a mode blocks: plain SELECTs take ACCESS SHARE, INSERT/UPDATE/DELETE take ROW EXCLUSIVE, and
 * VACUUM, ANALYZE, CREATE INDEX CONCURRENTLY and the lightest ALTER TABLE forms take SHARE UPDATE EXCLUSIVE.
 */
export function blockedBy(mode: LockMode): Blocked[] {
  const out: Blocked[] = [];
  if (conflicts(mode, 'AccessShare')) out.push('reads');
  if (conflicts(mode, 'RowExclusive')) out.push('writes');
  if (conflicts(mode, 'ShareUpdateExclusive')) out.push('ddl');
  return out;
}

/** "ACCESS EXCLUSIVE", as PostgreSQL writes the mode in docs and pg_locks ("AccessExclusiveLock"). */
export function modeLabel(mode: LockMode): string {
  return mode.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}

/** "reads and writes", "writes", "other schema changes": for messages. */
export function blockedLabel(blocks: readonly string[]): string {
  const parts: string[] = [];
  if (blocks.includes('reads')) parts.push('reads');
  if (blocks.includes('writes')) parts.push('writes');
  if (parts.length === 0 && blocks.includes('ddl')) return 'other schema changes and autovacuum';
  return parts.join(' and ');
}

/** LOCK TABLE's numeric mode in the AST (1 = ACCESS SHARE ... 8 = ACCESS EXCLUSIVE). */
export function lockModeFromNumber(n: number | undefined): LockMode {
  return LOCK_MODES[(n ?? 8) - 1] ?? 'AccessExclusive';
}
