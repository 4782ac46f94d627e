/**
 * Which procedures COMMIT or ROLL BACK at each point of a run, by unqualified name: a CALL of one (or a DO block that
 * CALLs one) fails inside a transaction block (SQLSTATE 2D000, https://www.postgresql.org/docs/current/sql-call.html),
 * so describeExecution runs it outside one. Known from the database (`base`, read by the commands that have one) and
 * from the statements before it, in the migrations before its own in the run's order (applied ones included: they
 * made the procedure) and in its own file: a later CREATE OR REPLACE without COMMIT, or a DROP, changes the answer for
 * what follows.
 */
import { isLockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { procedureChanges, type ParsedStatement } from '../sql/index.js';
import { sectionStatements } from './statements.js';

/** Committing procedures by unqualified name. Never changed in place: a change makes a new set. */
export type CommittingProcedures = ReadonlySet<string>;

export const NO_PROCEDURES: CommittingProcedures = new Set();

/** The procedures known after `stmt`: the same set when it changes nothing (most statements, told by kind alone). */
export function afterStatement(known: CommittingProcedures, stmt: ParsedStatement): CommittingProcedures {
  const changes = procedureChanges(stmt);
  if (changes.length === 0) return known;
  const next = new Set(known);
  for (const c of changes) {
    const commits = c.kind === 'commits' ? c.commits : c.kind === 'renamed' && known.has(c.name);
    next.delete(c.name);
    if (commits) next.add(c.kind === 'renamed' ? c.to : c.name);
  }
  return next.size === known.size && [...next].every((n) => known.has(n)) ? known : next;
}

/** What a run knows before each migration (its up section) and after it (for its down section). */
export interface ProcedureScope {
  before(file: Pick<MigrationFile, 'id'>): CommittingProcedures;
  after(file: Pick<MigrationFile, 'id'>): CommittingProcedures;
}

/**
 * Only a file that names a procedure (or a routine) can change the set: the others are not parsed here, so a folder of
 * 10,000 migrations costs one text search per file (bench/lint/phases.mjs). A file whose SQL does not parse changes
 * nothing; its own error is reported where it is prepared.
 */
const NAMES_A_PROCEDURE = /\b(procedure|routine)\b/i;

function afterSection(known: CommittingProcedures, file: MigrationFile): CommittingProcedures {
  const up = file.up;
  if (up.kind !== 'sql' || !NAMES_A_PROCEDURE.test(up.sql)) return known;
  try {
    return sectionStatements(up).parsed.reduce(afterStatement, known);
  } catch (err) {
    // A syntax error (a LockstepError); anything else (the parser not loaded) is a bug to see.
    if (isLockstepError(err)) return known;
    throw err;
  }
}

/**
 * One walk over the project's migrations in the order they run (`migrations`, as the loader orders them), once per
 * command: each migration is asked for in O(1). A migration not among them (a free-standing file) knows `base` only.
 */
export function procedureScope(migrations: readonly MigrationFile[], base: CommittingProcedures = NO_PROCEDURES): ProcedureScope {
  const before = new Map<string, CommittingProcedures>();
  const after = new Map<string, CommittingProcedures>();
  let known = base;
  for (const file of migrations) {
    before.set(file.id, known);
    known = afterSection(known, file);
    after.set(file.id, known);
  }
  return { before: (file) => before.get(file.id) ?? base, after: (file) => after.get(file.id) ?? base };
}
