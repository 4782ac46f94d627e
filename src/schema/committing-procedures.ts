/**
 * The procedures on a database that COMMIT or ROLL BACK, for the execution model (src/execution/procedures.ts): a
 * migration may CALL one that no migration creates (made by hand, or by another tool), and that CALL fails inside a
 * transaction block (SQLSTATE 2D000, https://www.postgresql.org/docs/current/sql-call.html). Read by the commands that
 * have the database (`up`, `plan`, `lint --url`, up's lint gate); `lockstep lint` without one cannot know them, and the
 * reason a CALL runs outside a transaction says where the procedure was found.
 */
import type { MigrationFile } from '../core/types.js';
import type { Session } from '../db/index.js';
import { NO_PROCEDURES, procedureScope, type CommittingProcedures, type ProcedureScope } from '../execution/index.js';
import { parseSql, procedureChanges } from '../sql/index.js';

/** Where a procedure found here comes from, in the reason a CALL of it gives (procedures.ts CommittingProcedures). */
export const ON_THE_DATABASE = 'on the target database, created by no migration';

// PL/pgSQL procedures (prokind 'p') whose source names COMMIT or ROLLBACK; each one's definition is parsed as the
// migrations' are, with the PL/pgSQL parser, so a word in a comment or a string does not count.
const QUERY = `select pg_catalog.pg_get_functiondef(p.oid) as def
  from pg_catalog.pg_proc p
  join pg_catalog.pg_language l on l.oid = p.prolang
  join pg_catalog.pg_namespace n on n.oid = p.pronamespace
 where p.prokind = 'p' and l.lanname = 'plpgsql'
   and n.nspname not in ('pg_catalog', 'information_schema')
   and p.prosrc ~* '(commit|rollback)'`;

export async function readCommittingProcedures(session: Session): Promise<CommittingProcedures> {
  const rows = (await session.query<{ def: string }>(QUERY)).rows;
  const known = new Map<string, string>();
  for (const { def } of rows) {
    let parsed;
    try {
      parsed = parseSql(def);
    } catch {
      continue; // a definition this parser version cannot read: not known, as before
    }
    // One that COMMITs under a name is enough (names are unqualified: another schema's, or an overload, may not).
    for (const c of parsed.flatMap(procedureChanges)) if (c.kind === 'commits' && c.commits) known.set(c.name, ON_THE_DATABASE);
  }
  return known.size > 0 ? known : NO_PROCEDURES;
}

/** What a command with the database knows before each migration: the database's committing procedures, then the migrations' in run order. */
export async function procedureScopeOn(session: Session, migrations: readonly MigrationFile[]): Promise<ProcedureScope> {
  return procedureScope(migrations, await readCommittingProcedures(session));
}
