/**
 * Before `baseline V` marks migrations applied without running them, it looks for them in the target: the
 * tables, views, sequences, indexes and types their SQL leaves behind (read with the PostgreSQL parser) must
 * exist (to_regclass / to_regtype, https://www.postgresql.org/docs/current/functions-info.html). A database
 * that has none of them has not run those migrations; one that lacks some may be at an earlier version than V.
 */
import { LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import { quoteIdent } from '../history/index.js';
import { objectsLeftBy } from '../lint/index.js';
import { sectionStatements } from '../execution/index.js';
import type { ParsedStatement } from '../sql/index.js';

export interface MissingObject {
  /** The migration whose SQL creates it. */
  readonly id: string;
  readonly object: string;
}

export interface BaselineEvidence {
  /** Objects the migrations leave behind (0: their SQL creates nothing this check can see). */
  readonly expected: number;
  readonly missing: readonly MissingObject[];
}

function* statementsOf(files: readonly MigrationFile[]): Generator<{ stmt: ParsedStatement; owner: string }> {
  for (const file of files) {
    if (file.up.kind !== 'sql') continue;
    let statements: readonly ParsedStatement[];
    try {
      statements = sectionStatements(file.up).parsed;
    } catch {
      continue; // SQL this parser rejects was checked when the files were loaded; what it creates cannot be known
    }
    for (const stmt of statements) yield { stmt, owner: file.id };
  }
}

/** "s.t" → "s"."t", so that mixed-case names (Prisma's "User") are looked up as written. */
const quoted = (name: string): string => name.split('.').map(quoteIdent).join('.');

export async function baselineEvidence(session: Session, files: readonly MigrationFile[]): Promise<BaselineEvidence> {
  const left = objectsLeftBy(statementsOf(files));
  if (left.size === 0) return { expected: 0, missing: [] };
  const names = [...left.keys()];
  const res = await session.query<{ i: number }>(
    `select i::int from unnest($1::text[]) with ordinality as t(name, i) where to_regclass(name) is null and to_regtype(name) is null`,
    [names.map(quoted)],
  );
  const missing = res.rows.map(({ i }) => names[i - 1] ?? '').map((object) => ({ id: left.get(object) ?? '', object }));
  return { expected: names.length, missing };
}

function listMissing(missing: readonly MissingObject[]): string {
  const shown = missing.slice(0, 10).map((m) => `${m.object} (${m.id})`).join(', ');
  return missing.length > 10 ? `${shown} and ${missing.length - 10} more` : shown;
}

/**
 * Refuses a baseline whose migrations left objects the target does not have, unless `force`; with force the
 * missing objects are returned (for the event and a warning) instead.
 */
export async function checkBaselineEvidence(session: Session, files: readonly MigrationFile[], version: string, force: boolean): Promise<readonly MissingObject[]> {
  const { expected, missing } = await baselineEvidence(session, files);
  if (missing.length === 0 || force) return missing;
  const what = missing.length === expected
    ? `the target shows no sign of the migrations up to ${version}: none of the ${expected} objects their SQL creates exists (${listMissing(missing)})`
    : `${missing.length} of the ${expected} objects that the migrations up to ${version} create do not exist in the target: ${listMissing(missing)}`;
  throw new LockstepError('LOCKSTEP_E_BASELINE_NO_EVIDENCE', `baseline ${version} refused: ${what}`, {
    hint: 'Baseline only migrations this database already ran: give the version of the newest one whose objects exist (on an empty database, run `lockstep up` instead). If they were dropped or renamed outside the migrations, pass --force; the missing objects are recorded with the baseline.',
    details: { missing },
  });
}
