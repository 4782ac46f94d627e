import { createHash } from 'node:crypto';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { checkMigrationRef, findMigration } from '../core/version.js';

/**
 * What a rollout migrates every target to: the project's migrations up to `--to` (all of them without it),
 * identified by their ids and checksums. A target done at one goal is not done at another: after
 * `fleet up --to 0001`, a plain `fleet up` is a new goal and takes every target again.
 */
export interface Goal {
  readonly hash: string;
  /** The goal's newest migration's id (null for an empty project). */
  readonly latest: string | null;
  readonly count: number;
}

export function goalOf(migrations: readonly MigrationFile[], to?: string): Goal {
  const upTo = to === undefined ? migrations : migrations.slice(0, indexOfTo(migrations, to) + 1);
  const digest = createHash('sha256');
  for (const m of upTo) digest.update(`${m.id}\0${m.checksum}\n`);
  return { hash: digest.digest('hex').slice(0, 16), latest: upTo.at(-1)?.id ?? null, count: upTo.length };
}

function indexOfTo(migrations: readonly MigrationFile[], to: string): number {
  checkMigrationRef(to, '--to');
  const at = findMigration(migrations, to, '--to');
  if (at < 0) {
    throw new LockstepError('LOCKSTEP_E_UNKNOWN_VERSION', `no migration has the id or version ${to}`, {
      hint: 'Run `lockstep status` to list them; `fleet up --to` takes one of the project\'s migrations.',
    });
  }
  return at;
}
