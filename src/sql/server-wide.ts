/**
 * Statements that act on the whole server (its databases, tablespaces, configuration, existing roles), not on the
 * database the session is connected to: they do the same whichever database runs them
 * (https://www.postgresql.org/docs/current/manage-ag-overview.html: roles, databases and tablespaces are shared by
 * the cluster; https://www.postgresql.org/docs/current/sql-altersystem.html). A rehearsal in a shadow database would
 * do them to the server the shadow lives on. Privileges on a database, tablespace or parameter, and comments and
 * security labels on a database, role or tablespace, are stored in shared catalogs too (pg_database.datacl,
 * pg_parameter_acl, pg_shdescription, pg_shseclabel). REVOKE of a role membership is here, GRANT is not: the statements
 * after a GRANT may need it, and the shadow revokes the memberships its rehearsal granted (shadow/server-roles.ts),
 * as it drops the roles it created (CREATE ROLE runs for the same reason).
 *
 * `rolesActedOn` names the roles of the server-wide statements that act on roles only (ALTER ROLE, ALTER ROLE … SET,
 * ALTER ROLE … RENAME, DROP ROLE), and `roleCreated` the role a statement brings into being (CREATE ROLE, or the new
 * name of a RENAME): on a role the rehearsal created itself those statements do nothing to the server that the
 * shadow does not undo, so a shadow may run them (rehearsal/server-wide-skips.ts decides).
 */
import type { ParsedStatement } from './parser.js';

type Obj = Record<string, unknown>;

const SERVER_WIDE: Readonly<Record<string, string>> = {
  CreatedbStmt: 'CREATE DATABASE',
  DropdbStmt: 'DROP DATABASE',
  AlterDatabaseStmt: 'ALTER DATABASE',
  AlterDatabaseSetStmt: 'ALTER DATABASE … SET',
  AlterDatabaseRefreshCollStmt: 'ALTER DATABASE … REFRESH COLLATION VERSION',
  AlterSystemStmt: 'ALTER SYSTEM',
  CreateTableSpaceStmt: 'CREATE TABLESPACE',
  DropTableSpaceStmt: 'DROP TABLESPACE',
  AlterTableSpaceOptionsStmt: 'ALTER TABLESPACE',
  AlterRoleStmt: 'ALTER ROLE',
  AlterRoleSetStmt: 'ALTER ROLE … SET',
  DropRoleStmt: 'DROP ROLE',
};

const SHARED_OBJECTS: Readonly<Record<string, string>> = { OBJECT_DATABASE: 'DATABASE', OBJECT_ROLE: 'ROLE', OBJECT_TABLESPACE: 'TABLESPACE' };
/** Objects whose privileges live in a shared catalog. */
const SHARED_PRIVILEGES: Readonly<Record<string, string>> = { OBJECT_DATABASE: 'DATABASE', OBJECT_TABLESPACE: 'TABLESPACE', OBJECT_PARAMETER_ACL: 'PARAMETER' };
const ABOUT_SHARED: Readonly<Record<string, string>> = { CommentStmt: 'COMMENT ON', SecLabelStmt: 'SECURITY LABEL ON' };

/** What the statement does to the whole server, in words, or undefined when it acts in its own database. */
export function serverWideStatement(stmt: ParsedStatement): string | undefined {
  const named = SERVER_WIDE[stmt.kind];
  if (named) return named;
  const body = ((stmt.node as Obj)[stmt.kind] ?? {}) as Obj;
  if (stmt.kind === 'RenameStmt') {
    const shared = SHARED_OBJECTS[String(body.renameType)];
    return shared ? `ALTER ${shared} … RENAME` : undefined;
  }
  if (stmt.kind === 'AlterOwnerStmt') {
    const shared = SHARED_OBJECTS[String(body.objectType)];
    return shared ? `ALTER ${shared} … OWNER` : undefined;
  }
  if (stmt.kind === 'GrantRoleStmt') return body.is_grant === true ? undefined : 'REVOKE role';
  if (stmt.kind === 'GrantStmt') {
    const shared = SHARED_PRIVILEGES[String(body.objtype)];
    return shared ? `${body.is_grant === true ? 'GRANT' : 'REVOKE'} … ON ${shared}` : undefined;
  }
  const about = ABOUT_SHARED[stmt.kind];
  const on = SHARED_OBJECTS[String(body.objtype)];
  return about && on ? `${about} ${on}` : undefined;
}

type RoleSpec = { readonly roletype?: string; readonly rolename?: string };

/** A role written by name (not CURRENT_USER, SESSION_USER, PUBLIC). */
function namedRole(spec: unknown): string | undefined {
  const r = ((spec as { RoleSpec?: RoleSpec } | undefined)?.RoleSpec ?? spec) as RoleSpec | undefined;
  return r?.roletype === 'ROLESPEC_CSTRING' && r.rolename ? r.rolename : undefined;
}

/**
 * The roles, by name as the server stores them, of a statement that acts on named roles and on nothing else of the
 * server: ALTER ROLE, ALTER ROLE … SET (also IN DATABASE: the setting goes with the role), ALTER ROLE … RENAME (the old
 * name) and DROP ROLE. Undefined for any other statement, and for ALTER ROLE ALL or CURRENT_USER.
 */
export function rolesActedOn(stmt: ParsedStatement): readonly string[] | undefined {
  const body = ((stmt.node as Obj)[stmt.kind] ?? {}) as Obj;
  let names: Array<string | undefined>;
  if (stmt.kind === 'DropRoleStmt') names = ((body.roles ?? []) as unknown[]).map(namedRole);
  else if (stmt.kind === 'AlterRoleStmt' || stmt.kind === 'AlterRoleSetStmt') names = [namedRole(body.role)];
  else if (stmt.kind === 'RenameStmt' && body.renameType === 'OBJECT_ROLE') names = [typeof body.subname === 'string' ? body.subname : undefined];
  else return undefined;
  return names.length > 0 && names.every((n): n is string => n !== undefined) ? names : undefined;
}

/** The role a statement creates (CREATE ROLE/USER/GROUP) or renames a role to, by name as the server stores it. */
export function roleCreated(stmt: ParsedStatement): string | undefined {
  const body = ((stmt.node as Obj)[stmt.kind] ?? {}) as Obj;
  if (stmt.kind === 'CreateRoleStmt') return typeof body.role === 'string' ? body.role : undefined;
  if (stmt.kind === 'RenameStmt' && body.renameType === 'OBJECT_ROLE') return typeof body.newname === 'string' ? body.newname : undefined;
  return undefined;
}
