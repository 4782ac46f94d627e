/**
 * Which procedures COMMIT or ROLL BACK at each point of a run, by unqualified name: a CALL of one (or a DO block that
 * CALLs one) fails inside a transaction block (SQLSTATE 2D000, https://www.postgresql.org/docs/current/sql-call.html),
 * so describeExecution runs it outside one. Known from the database (`base`, read by the commands that have one:
 * schema/committing-procedures.ts) and from the statements before it, in the migrations before its own in the run's
 * order (applied ones included: they made the procedure) and in its own file: a later CREATE OR REPLACE without
 * COMMIT, or a DROP, changes the answer for what follows.
 */
import { isLockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { procedureChanges, type ParsedStatement } from '../sql/index.js';
import { sectionStatements } from './statements.js';

/**
 * Committing procedures by unqualified name, each with where it comes from in words ('' for the migration being
 * described; "created by migration 001"; "on the target database, created by no migration"), which the reason for
 * running a CALL outside a transaction repeats. Never changed in place: a change makes a new map.
 */
export type CommittingProcedures = ReadonlyMap<string, string>;

export const NO_PROCEDURES: CommittingProcedures = new Map();

/** The procedures known after `stmt` (of `origin`): the same map when it changes nothing (most statements, by kind alone). */
export function afterStatement(known: CommittingProcedures, stmt: ParsedStatement, origin = ''): CommittingProcedures {
  const changes = procedureChanges(stmt);
  if (changes.length === 0) return known;
  const next = new Map(known);
  for (const c of changes) {
    next.delete(c.name);
    if (c.kind === 'commits' && c.commits) next.set(c.name, origin);
    const moved = c.kind === 'renamed' ? known.get(c.name) : undefined;
    if (c.kind === 'renamed' && moved !== undefined) next.set(c.to, moved);
  }
  return next;
}

/** What a run knows before each migration (its up section) and after it (for its down section). */
export interface ProcedureScope {
  before(file: Pick<MigrationFile, 'id'>): CommittingProcedures;
  after(file: Pick<MigrationFile, 'id'>): CommittingProcedures;
}

/**
 * Only a file that names a procedure (or a routine) can change the map: the others are not parsed here, so a folder of
 * 10,000 migrations costs one text search per file (bench/lint/phases.mjs). A file whose SQL does not parse changes
 * nothing; its own error is reported where it is prepared.
 */
const NAMES_A_PROCEDURE = /\b(procedure|routine)\b/i;

function afterSection(known: CommittingProcedures, file: MigrationFile): CommittingProcedures {
  const up = file.up;
  if (up.kind !== 'sql' || !NAMES_A_PROCEDURE.test(up.sql)) return known;
  const origin = `created by migration ${file.id}`;
  try {
    return sectionStatements(up).parsed.reduce((k, stmt) => afterStatement(k, stmt, origin), known);
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
