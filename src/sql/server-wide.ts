/**
 * Statements that act on the whole server (its databases, tablespaces, configuration, existing roles), not on the
 * database the session is connected to: they do the same whichever database runs them
 * (https://www.postgresql.org/docs/current/manage-ag-overview.html: roles, databases and tablespaces are shared by
 * the cluster; https://www.postgresql.org/docs/current/sql-altersystem.html). A rehearsal in a shadow database would
 * do them to the server the shadow lives on.
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
  return undefined;
}
