/**
 * Flyway baseline migrations (`B<version>__…`, MigrationFile.baseline): which one, if any, the target runs, and which
 * migrations it stands for. The one home for this: computeStatus asks it, so status, plan, up (and its dry run),
 * test, drift and adopt see the same picture.
 *
 * What Flyway does, checked in its documentation (Concepts > Baseline migrations, flyway/flyway-docs
 * "Baseline Migrations" page) and in flyway-core (MigrationInfoImpl.getState: a pending versioned migration below the
 * latest baseline migration's version, or at it and not itself a baseline migration, is IGNORED):
 * - baseline migrations are used only on a new environment; where migrations have already been applied they are
 *   ignored;
 * - a new environment takes the latest baseline migration as its starting point and runs it in `migrate`; every
 *   versioned migration at or below its version is marked ignored (not run); repeatables run as usual;
 * - a baseline migration and a versioned migration may share a version.
 * With a target (`--to`), the latest baseline migration at or below it is taken (one above it would create what the
 * target leaves out).
 * Not followed: Flyway also declines a baseline migration when the schema holds other objects (flyway/flyway#3767);
 * here "empty" is read from the history alone, which keeps this choice pure.
 */
import { findMigration } from '../core/version.js';
import { compareFlywayVersions } from '../loader/index.js';
import type { MigrationFile } from '../core/types.js';

export interface BaselineChoice {
  /** The baseline migration that runs (pending) or ran (applied) on this target; undefined when none does. */
  readonly chosen: MigrationFile | undefined;
  /** Why a migration without a live history row is not pending: it is ignored, as Flyway's `info` shows it. */
  readonly ignored: ReadonlyMap<MigrationFile, string>;
}

const NONE: BaselineChoice = { chosen: undefined, ignored: new Map() };

/**
 * `live`: the files that have a history row which is not rolled back; `anyLive`: whether the target has any such row
 * (a file's or not). `to`: the `--to` reference, when given.
 */
export function chooseBaseline(files: readonly MigrationFile[], live: ReadonlySet<MigrationFile>, anyLive: boolean, to?: string | undefined): BaselineChoice {
  const baselines = files.filter((f) => f.baseline);
  if (baselines.length === 0) return NONE;
  const ignored = new Map<MigrationFile, string>();
  const applied = baselines.filter((b) => live.has(b)).sort((a, b) => compareFlywayVersions(a.version, b.version)).at(-1);
  let chosen: MigrationFile | undefined = applied;
  if (!applied && !anyLive) {
    const target = targetVersion(files, to);
    chosen = baselines.filter((b) => target === undefined || compareFlywayVersions(b.version, target) <= 0).sort((a, b) => compareFlywayVersions(a.version, b.version)).at(-1);
  }
  for (const b of baselines) {
    if (b === chosen || live.has(b)) continue;
    ignored.set(b, chosen
      ? `a baseline migration: B${chosen.version} is the one ${applied ? 'this database ran' : 'runs on this empty database'}`
      : anyLive
        ? 'a baseline migration: this database already has migrations applied, and Flyway runs one only on an empty database'
        : 'a baseline migration above the target');
  }
  if (chosen) {
    for (const f of files) {
      if (f.baseline || f.repeatable || live.has(f) || f.version === '') continue;
      if (compareFlywayVersions(f.version, chosen.version) <= 0) ignored.set(f, `covered by the baseline migration B${chosen.version} (at or below its version)`);
    }
  }
  return { chosen, ignored };
}

/** The version `--to` names, when it names a migration of the project (else the caller reports it). */
function targetVersion(files: readonly MigrationFile[], to: string | undefined): string | undefined {
  if (to === undefined) return undefined;
  let at = -1;
  try {
    at = findMigration(files, to, '--to');
  } catch {
    return undefined;
  }
  return at < 0 ? undefined : files[at]?.version;
}
