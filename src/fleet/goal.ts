import { createHash } from 'node:crypto';
import type { MigrationFile } from '../core/types.js';

/** What a rollout migrates every target to: the project's migrations, identified by their ids and checksums. */
export interface Goal {
  readonly hash: string;
  /** The newest migration's id (null for an empty project). */
  readonly latest: string | null;
  readonly count: number;
}

export function goalOf(migrations: readonly MigrationFile[]): Goal {
  const digest = createHash('sha256');
  for (const m of migrations) digest.update(`${m.id}\0${m.checksum}\n`);
  return { hash: digest.digest('hex').slice(0, 16), latest: migrations.at(-1)?.id ?? null, count: migrations.length };
}
