/**
 * Which statements a rehearsal leaves out of a shadow, and what it says about them: the one answer for plan's trace,
 * test's round trips and fixtures, and drift's replay of the history.
 *
 * A statement that acts on the whole server (sql/server-wide.ts: ALTER SYSTEM, CREATE DATABASE, DROP ROLE, …) is not
 * run. A server shadow is one database of a server that may hold the target and others (--shadow-url): the statement
 * would act on that server for real, and only roles are cleaned up afterwards (shadow/server-roles.ts). It is left
 * out of a PGlite or throwaway-server shadow too, which are Lockstep's own: a rehearsal then covers the same
 * statements whatever the shadow, so plan, test and drift give one answer everywhere.
 *
 * One exception: ALTER ROLE, ALTER ROLE … RENAME and DROP ROLE of the rehearsal's own roles: ones a CREATE ROLE it
 * met earlier created (CREATE ROLE runs: what follows needs the role; or a RENAME of such a role) and that were not on
 * the server when the shadow opened. The shadow drops those anyway (shadow/server-roles.ts), and a down's DROP ROLE
 * must run for the second up of `test` to create the role again. A role created in a DO block is not seen: statements
 * on it are left out.
 */
import { LockstepError } from '../core/errors.js';
import type { Session } from '../db/index.js';
import type { Prepared } from '../runner/index.js';
import { initParser, parseSql, roleCreated, rolesActedOn, serverWideStatement, type ParsedStatement } from '../sql/index.js';

/** A statement left out of the shadow. */
export interface NotRunStatement {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** What it does to the server, in words ("ALTER SYSTEM", "GRANT … ON DATABASE"). */
  readonly what: string;
}

/** The note on a statement left out (plan's trace shows it on the statement; test and drift prefix file:line). */
export function notRunNote(what: string): string {
  return `not run in the shadow: ${what} acts on the whole server, not only on the shadow database`;
}

/**
 * Errors a statement gets when something a left-out statement would have made is missing (undefined_object: role
 * "x" does not exist; invalid_catalog_name: database does not exist) or still there (duplicate_object: a DROP ROLE of
 * a role that was on the server, left out, then CREATE ROLE of the same name).
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const MAY_NEED_LEFT_OUT = new Set(['42704', '3D000', '42710']);

export class ServerWideSkips {
  private readonly notRun = new Map<string, NotRunStatement>();
  /** Roles created by the statements met so far (CREATE ROLE, RENAME), in the order the rehearsal runs them. */
  private readonly created = new Set<string>();

  /** `rolesAtOpen`: the server's role names when the shadow opened; undefined: unknown, so no role is the rehearsal's own. */
  private constructor(private readonly rolesAtOpen: ReadonlySet<string> | undefined) {}

  /** Reads the server's roles: call it on a shadow where nothing ran yet. */
  static async open(session: Session): Promise<ServerWideSkips> {
    const res = await session.query<{ name: string }>('select rolname as name from pg_catalog.pg_roles');
    return new ServerWideSkips(new Set(res.rows.map((r) => r.name)));
  }

  /** Without the server's roles: every server-wide statement is left out. */
  static strict(): ServerWideSkips {
    return new ServerWideSkips(undefined);
  }

  /**
   * What `stmt` (of `file`) would do to the whole server when the shadow leaves it out (and records it), or undefined:
   * it runs. Ask in the order the statements run: a role is the rehearsal's own after its CREATE ROLE.
   */
  leavesOut(file: string, stmt: ParsedStatement): string | undefined {
    const what = serverWideStatement(stmt);
    const own = what !== undefined && this.rehearsalsOwnRoles(stmt);
    const creates = roleCreated(stmt);
    if (creates !== undefined && (stmt.kind === 'CreateRoleStmt' || own)) this.created.add(creates);
    if (!what || own) return undefined;
    const key = `${file}:${stmt.line}:${stmt.column}`;
    if (!this.notRun.has(key)) this.notRun.set(key, { file, line: stmt.line, column: stmt.column, what });
    return what;
  }

  private rehearsalsOwnRoles(stmt: ParsedStatement): boolean {
    const roles = rolesActedOn(stmt);
    const before = this.rolesAtOpen;
    return roles !== undefined && before !== undefined && roles.every((r) => this.created.has(r) && !before.has(r));
  }

  /**
   * The section as the shadow runs it: each statement left out replaced by a comment saying so, in its place, so the
   * runner runs the rest as `up` would (same statement numbers, same transactions).
   */
  prepared(p: Prepared): Prepared {
    if (p.kind !== 'sql') return p;
    let changed = false;
    const statements = p.statements.map((stmt) => {
      const what = this.leavesOut(p.section.path, stmt);
      if (!what) return stmt;
      changed = true;
      return { ...stmt, sql: `-- ${notRunNote(what)}` };
    });
    return changed ? { ...p, statements } : p;
  }

  /** The statements of `stmts` (of `file`) that the shadow runs. */
  runnable(file: string, stmts: readonly ParsedStatement[]): ParsedStatement[] {
    return stmts.filter((stmt) => this.leavesOut(file, stmt) === undefined);
  }

  /**
   * A script (a fixture) as the shadow runs it: as written, unless it holds statements to leave out; then its other
   * statements, in order. One that does not parse is run as written, for the server to say what is wrong.
   */
  async script(file: string, sql: string): Promise<string> {
    await initParser();
    let stmts: ParsedStatement[];
    try {
      stmts = parseSql(sql, file);
    } catch {
      return sql;
    }
    const kept = this.runnable(file, stmts);
    return kept.length === stmts.length ? sql : kept.map((s) => `${s.sql}\n;`).join('\n');
  }

  /** The statements left out so far, in the order first met. */
  get statements(): readonly NotRunStatement[] {
    return [...this.notRun.values()];
  }

  /** One note per statement left out, for a report's notes: "file:line: not run in the shadow: …". */
  get notes(): string[] {
    return this.statements.map((s) => `${s.file}:${s.line}: ${notRunNote(s.what)}; the rehearsal does not cover it`);
  }

  /**
   * A failure in the shadow that may come from a statement left out (a role it would have renamed, a role it would
   * have dropped): the same error, saying so. Any other error is returned as it is.
   */
  explain(err: unknown): unknown {
    if (!(err instanceof LockstepError) || this.notRun.size === 0) return err;
    const sqlState = typeof err.details.sqlState === 'string' ? err.details.sqlState : '';
    if (!MAY_NEED_LEFT_OUT.has(sqlState)) return err;
    // Those before the failing statement: a section's statements are all recorded when it is prepared.
    const at = err.location;
    const before = this.statements.filter((s) => !at || s.file !== at.file || at.line === undefined || s.line < at.line);
    if (before.length === 0) return err;
    const left = before.slice(-3).map((s) => `${s.file}:${s.line} (${s.what})`).join(', ');
    const more = before.length > 3 ? ` and ${before.length - 3} more` : '';
    return new LockstepError(err.code, `${err.message} — in the shadow, which did not run ${left}${more}: statements that act on the whole server are left out of it`, {
      hint: `What this statement needs may be what a left-out statement creates, renames or drops (a role, a database): the shadow does not run them, up on the target does, so this may not fail there. Check the statement against them; see docs/plan.md#statements-a-rehearsal-does-not-run. ${err.hint}`,
      ...(err.location ? { location: err.location } : {}), details: err.details, cause: err,
    });
  }
}
