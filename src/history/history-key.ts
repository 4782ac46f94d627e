import type { MigrationFile } from '../core/types.js';

/**
 * The key a migration's row in `<historySchema>.migrations` is stored under (the `version` column). Today that is
 * its version, which is what the runner, `status` and the planner key by; issue 16 moves every reader and writer
 * to `file.id` (unique even where two files share a version), and this is where that changes for `adopt`.
 */
export function historyKey(file: Pick<MigrationFile, 'id' | 'version'>): string {
  // A Flyway repeatable has no version: its id (R__<description>) is the only key it has.
  return file.version === '' ? file.id : file.version;
}
