/**
 * Migration versions are the leading token of a file or directory name: groups of digits,
 * optionally joined by '-', '_' or '.', e.g. 20240315120000, 20240315_001, 0001, 2019-11-15-182353.
 * Versions are ordered as sequences of integers, group by group (leading zeros do not matter);
 * when one sequence is a prefix of the other, the shorter comes first.
 * Two versions with equal sequences are the same version.
 */

import { LockstepError } from './errors.js';

export interface SplitName {
  readonly version: string;
  readonly name: string;
}

/** Splits "20240315_001_create_users" into version "20240315_001" and name "create_users". */
export function splitVersionedName(base: string): SplitName | undefined {
  const match = /^\d+(?:[-_.]\d+)*/.exec(base);
  if (!match) return undefined;
  const token = match[0];
  const rest = base.slice(token.length);
  const name = rest.replace(/^[-_.]+/, '');
  return { version: token, name };
}

/** A whole version as a user may give it: digit groups joined by '-', '_' or '.'. */
const VERSION = /^\d+(?:[-_.]\d+)*$/;

export function isVersion(text: string): boolean {
  return VERSION.test(text);
}

/**
 * Checks a version given by a user (a flag, an argument, an HTTP field, a library option) before it is
 * compared with anything: `what` names where it came from, e.g. "--to". Returns the version unchanged.
 */
export function checkVersionArgument(value: string, what: string): string {
  if (isVersion(value)) return value;
  const leading = splitVersionedName(value)?.version;
  throw new LockstepError('LOCKSTEP_E_USAGE', `${what} ${JSON.stringify(value)} is not a migration version`, {
    hint: `A version is the leading digits of a migration's file name, in groups joined by -, _ or . (e.g. 20240315120000, 0004, 20240315_001)${leading ? `; for ${value} give ${leading}` : ''}. \`lockstep status\` lists them.`,
  });
}

export function versionKey(version: string): readonly bigint[] {
  const groups = version.split(/[-_.]/).filter((g) => g.length > 0);
  // Versions from files always pass; anything else came from a caller that skipped checkVersionArgument.
  if (!groups.every((g) => /^\d+$/.test(g))) checkVersionArgument(version, 'version');
  return groups.map((g) => BigInt(g));
}

export function compareVersions(a: string, b: string): number {
  const ka = versionKey(a);
  const kb = versionKey(b);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const x = ka[i] as bigint;
    const y = kb[i] as bigint;
    if (x !== y) return x < y ? -1 : 1;
  }
  return ka.length - kb.length;
}

export function sameVersion(a: string, b: string): boolean {
  return compareVersions(a, b) === 0;
}

/**
 * Where a migration named by a user (`--to`, `--from`, `repair --accept`, an HTTP field) is in `list`: its id, else its
 * file name's stem (`<id>_<name>`, `001_setup` for 001), else its version when exactly one migration has that version
 * (`4` finds `0004`). -1 when none; a version shared by several migrations must be given as one of their ids, and
 * says so.
 */
export function findMigration(list: ReadonlyArray<{ readonly id: string; readonly version: string; readonly name?: string }>, ref: string, what: string): number {
  const exact = list.findIndex((m) => m.id === ref);
  if (exact >= 0) return exact;
  const stem = list.findIndex((m) => m.name !== undefined && m.name !== '' && `${m.id}_${m.name}` === ref);
  if (stem >= 0) return stem;
  if (!isVersion(ref)) return -1;
  const byVersion = list.flatMap((m, i) => (m.version !== '' && sameVersion(m.version, ref) ? [i] : []));
  // A Flyway baseline migration (id `B5`) shares its version with the versioned one (id `5`): the version names the latter.
  const plain = byVersion.filter((i) => isVersion(list[i]?.id ?? ''));
  if (byVersion.length > 1 && plain.length === 1) return plain[0] as number;
  if (byVersion.length > 1) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `${what} ${ref} matches ${byVersion.length} migrations (${byVersion.map((i) => list[i]?.id).join(', ')})`, {
      hint: 'Several migrations share this version: give the one you mean by its id, as `lockstep status` lists it.',
    });
  }
  return byVersion[0] ?? -1;
}

/**
 * A migration reference given by a user: an id or a version (`20240315120000`, `0004`, `0001_add_users` where
 * versions repeat, `20230101120000_init` for Prisma, `1.1` or `R__views` for Flyway). Checked where it enters.
 */
export function checkMigrationRef(value: string, what: string): string {
  if (/^[\w.-]+$/.test(value) && !value.startsWith('-')) return value;
  throw new LockstepError('LOCKSTEP_E_USAGE', `${what} ${JSON.stringify(value)} is not a migration id or version`, {
    hint: 'Give the version or the id of a migration as `lockstep status` lists it (e.g. 20240315120000, 0004, 20240315_001).',
  });
}
