import { LockstepError, throwCollected } from '../core/errors.js';
import { noDownReason, noDownRemedy } from '../core/down-advice.js';
import type { Directives, MigrationFile, Section, SqlSection } from '../core/types.js';
import type { HistoryRow } from '../history/index.js';
import { prepareSection, type Prepared } from '../runner/index.js';
import type { PrepareOptions } from '../runner/index.js';
import { parseSection } from '../sql/index.js';

export interface PreparedUp {
  readonly file: MigrationFile;
  readonly up: Prepared;
  /** Recorded with the history row as written; parsed only if it is ever run, so a broken down blocks only its rollback. */
  readonly down: Section | undefined;
  readonly resumeFrom: number;
}

async function attempt<T>(errors: LockstepError[], fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof LockstepError) {
      errors.push(err);
      return undefined;
    }
    throw err;
  }
}

/** Parses every selected migration before anything runs, so bad SQL anywhere means nothing is applied. */
export async function prepareUps(steps: ReadonlyArray<{ file: MigrationFile; resumeFrom: number; row: HistoryRow | undefined }>, opts: PrepareOptions = {}): Promise<PreparedUp[]> {
  const errors: LockstepError[] = [];
  const out: PreparedUp[] = [];
  for (const { file, resumeFrom, row } of steps) {
    const up = await attempt(errors, () => prepareSection(file, file.up, opts));
    const down = file.down;
    if (up && resumeFrom > 0 && row?.upSql) {
      const changed = doneStatementsChanged(up, row.upSql, resumeFrom);
      if (changed) errors.push(changed);
    }
    if (up) out.push({ file, up, down, resumeFrom });
  }
  throwCollected(errors);
  return out;
}

/**
 * Resuming a partial migration is only safe if the statements that already ran are the same ones:
 * the operator may fix the failed statement (or later ones) in the file, nothing before it.
 */
function doneStatementsChanged(up: Prepared, storedSql: string, done: number): LockstepError | undefined {
  if (up.kind !== 'sql') return undefined;
  const before = parseSection({ sql: storedSql, path: up.section.path, startLine: up.section.startLine }).slice(0, done).map((s) => s.sql);
  const now = up.statements.slice(0, done).map((s) => s.sql);
  const differs = before.findIndex((sql, i) => sql !== now[i]);
  if (differs < 0 && now.length >= done) return undefined;
  const at = up.statements[Math.max(0, differs)];
  return new LockstepError('LOCKSTEP_E_PARTIAL', `cannot resume: statement ${differs + 1} of the partial migration already ran, but the file now has a different statement there`, {
    hint: `Only statements from ${done + 1} on may change while a migration is partial. Restore statements 1..${done} as they were, or finish the migration by hand and run \`lockstep repair --accept\`.`,
    location: { file: up.section.path, ...(at ? { line: at.line, column: at.column } : {}) },
  });
}

const NO_DIRECTIVES: Directives = { noTransaction: false, irreversible: false, lockFlag: false };

/** A stand-in for a migration whose file is gone: its down SQL comes from history. */
export function fileFromHistory(row: HistoryRow): MigrationFile {
  const down: SqlSection | undefined = row.downSql && !row.downSql.startsWith('-- module ')
    ? { kind: 'sql', path: `history:${row.version}.down`, sql: row.downSql, startLine: 1 }
    : undefined;
  return {
    id: row.version,
    tool: 'lockstep',
    version: row.version,
    name: row.name,
    layout: row.layout,
    paths: [],
    up: { kind: 'sql', path: `history:${row.version}.up`, sql: row.upSql ?? '', startLine: 1 },
    down,
    directives: NO_DIRECTIVES,
    checksum: row.checksum,
  };
}

export interface PreparedDown {
  readonly file: MigrationFile;
  readonly down: Prepared;
  readonly fromHistory: boolean;
}

export async function prepareDowns(steps: ReadonlyArray<{ file: MigrationFile | undefined; row: HistoryRow }>, opts: PrepareOptions = {}): Promise<PreparedDown[]> {
  const errors: LockstepError[] = [];
  const out: PreparedDown[] = [];
  for (const step of steps) {
    const file = step.file ?? fileFromHistory(step.row);
    if (!file.down) {
      errors.push(step.file ? noDownError(file) : new LockstepError('LOCKSTEP_E_IRREVERSIBLE', `migration ${file.id} has no file and no stored down SQL`, {
        hint: 'Restore the migration file so its down section can run.',
      }));
      continue;
    }
    const down = await attempt(errors, () => prepareSection(file, file.down as NonNullable<MigrationFile['down']>, opts));
    if (down) out.push({ file, down, fromHistory: step.file === undefined });
  }
  throwCollected(errors);
  return out;
}

/** Why `down` cannot roll this migration back: irreversible on purpose, no down at all, or a down that cannot be used. */
function noDownError(file: MigrationFile): LockstepError {
  const where = { file: file.paths[0] ?? file.id };
  if (file.downProblem) {
    const p = file.downProblem;
    return new LockstepError(p.code, `migration ${file.id} cannot be rolled back: ${p.message}`, { hint: `Fix its down part to roll it back (applying it is not affected). ${p.hint}`, location: p.location ?? where });
  }
  if (file.noDown === 'irreversible') {
    return new LockstepError('LOCKSTEP_E_IRREVERSIBLE', `migration ${file.id} (${file.paths.join(', ')}) is marked irreversible and cannot be rolled back`, {
      hint: 'Write a new forward migration that undoes it, or add a down section and remove -- lockstep:irreversible.',
      location: where,
    });
  }
  return new LockstepError('LOCKSTEP_E_NO_DOWN', `migration ${file.id} (${file.paths.join(', ')}) ${noDownReason(file)}, so it cannot be rolled back`, {
    hint: `${noDownRemedy(file)} Nothing was rolled back.`,
    location: where,
  });
}
