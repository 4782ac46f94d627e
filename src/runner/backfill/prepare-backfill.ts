import { LockstepError } from '../../core/errors.js';
import type { BackfillSpec, MigrationFile, Section, SqlSection } from '../../core/types.js';
import { isBlankSql } from '../../loader/index.js';
import { parseSection } from '../../sql/index.js';
import { validateBackfillSpec } from './validate-spec.js';

/**
 * Checks a `-- lockstep:backfill` migration before anything runs: it must say `-- lockstep:no-transaction`
 * (each batch commits on its own), its up section holds nothing but the directive, and set/where parse.
 */
export async function checkBackfillMigration(file: MigrationFile, section: Section, spec: BackfillSpec): Promise<SqlSection> {
  // The directive's line: where the author wrote what is wrong.
  const line = file.directives.backfillLine;
  const at = line === undefined ? { file: section.path } : { file: section.path, line };
  if (section.kind !== 'sql') {
    throw new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `${section.path}: lockstep:backfill is for SQL migrations`, {
      hint: 'In a TypeScript/JavaScript migration call `await backfill(ctx, { table, set, where })` from "lockstep" instead, with `export const transaction = false`.',
      location: at,
    });
  }
  if (!file.directives.noTransaction) {
    throw new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `${section.path}: a backfill commits batch by batch, so the migration cannot run in one transaction`, {
      hint: 'Add `-- lockstep:no-transaction` next to `-- lockstep:backfill`.',
      location: at,
    });
  }
  const stray = isBlankSql(section.sql) ? undefined : parseSection(section)[0];
  if (stray) {
    throw new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `${section.path}: the up section of a backfill migration holds SQL besides the directive`, {
      hint: 'Move that SQL into a migration of its own (before the backfill, e.g. the one adding the column); a backfill migration runs only its backfill.',
      location: { file: section.path, line: stray.line, column: stray.column },
    });
  }
  await validateBackfillSpec(spec, at);
  return section;
}
