/** What a tool's reader has decided about one migration before its files are read, and the parts every layout shares. */
import type { LockstepError } from '../core/errors.js';
import type { NoDown, Section, SqlSection, Tool } from '../core/types.js';
import { emptyUp } from './loader-errors.js';
import { UP_PLACEHOLDER } from './render-template.js';
import type { Claim } from './loaded.js';
import type { SourceTexts } from './read-source.js';
import { isBlankSql, sqlSection, type RawSection, type StatementDelimiters } from './sql-section.js';

export interface MigrationSpec {
  readonly tool: Tool;
  readonly id: string;
  readonly version: string;
  readonly name: string;
  /**
   * Lockstep's own files refuse an empty up part (it is almost always an unfinished `lockstep create`); the other
   * tools run an empty migration as a no-op and record it (Prisma writes such files on purpose). `template`: a no-op,
   * as every runner of up/down pairs (golang-migrate, sqlx, maragudk/migrate) takes it, unless the file still holds
   * the placeholder `lockstep create` wrote.
   */
  readonly emptyUp: 'problem' | 'no-op' | 'template';
  /** `none`: the tool has no down migrations (Prisma, drizzle), so their absence is no news. */
  readonly downs?: 'optional' | 'none' | undefined;
  readonly delimiters?: StatementDelimiters | undefined;
  readonly repeatable?: boolean | undefined;
  /** A Flyway baseline migration (MigrationFile.baseline). */
  readonly baseline?: boolean | undefined;
  readonly toolMeta?: Readonly<Record<string, string | number>> | undefined;
  readonly sources?: SourceTexts | undefined;
  /** Its place in a journal (drizzle). */
  readonly ordinal?: number | undefined;
}

export function claimOf(spec: MigrationSpec, path: string): Claim {
  return { id: spec.id, version: spec.version, path, name: spec.name, ...(spec.ordinal !== undefined ? { ordinal: spec.ordinal } : {}) };
}

/** The up section, or undefined after recording why (empty where the tool refuses that). */
export function upSection(path: string, raw: RawSection, spec: MigrationSpec, errors: LockstepError[], opts: { markerLine?: number; blankOk?: boolean } = {}): SqlSection | undefined {
  const refused = spec.emptyUp === 'problem' || (spec.emptyUp === 'template' && raw.sql.includes(UP_PLACEHOLDER));
  if (refused && !opts.blankOk && isBlankSql(raw.sql)) {
    errors.push(emptyUp(path, opts.markerLine));
    return undefined;
  }
  return sqlSection(path, raw, errors, spec.delimiters);
}

export interface DownPart {
  readonly down?: Section | undefined;
  readonly noDown?: NoDown | undefined;
  readonly downProblem?: LockstepError | undefined;
}

/**
 * The down part. Its absence is a fact, not an error: whether a migration must have one is a policy (`requireDown`,
 * the require-down lint rule). A down that cannot be used is kept as that migration's downProblem, so it blocks only
 * rolling that migration back.
 */
export function downPart(path: string | undefined, raw: RawSection | undefined, spec: MigrationSpec, irreversible: boolean, backfill = false): DownPart {
  if (irreversible) return { noDown: 'irreversible' };
  if (!raw || path === undefined) return { noDown: spec.downs === 'none' ? 'tool-has-none' : 'absent' };
  // A backfill's rows need no undoing: its comment-only down is a real, empty rollback.
  if (isBlankSql(raw.sql) && !backfill) return { noDown: 'empty' };
  const errors: LockstepError[] = [];
  const down = sqlSection(path, raw, errors, spec.delimiters);
  return errors[0] ? { downProblem: errors[0] } : { down };
}
