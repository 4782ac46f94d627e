/**
 * Which statements act on the whole server (sql/server-wide.ts): a rehearsal does not run them in a shadow database.
 * The catalogs they write are shared by every database of the server, which the server itself says
 * (pg_class.relisshared).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initParser, parseSql, roleCreated, rolesActedOn, serverWideStatement } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

beforeAll(() => initParser());

const one = (sql: string) => {
  const [stmt] = parseSql(sql);
  if (!stmt) throw new Error(`no statement in ${sql}`);
  return stmt;
};
const wide = (sql: string): string | undefined => serverWideStatement(one(sql));

describe('serverWideStatement', () => {
  it('names privileges on databases, tablespaces and parameters, REVOKE role, and comments and labels on shared objects', () => {
    expect([
      'GRANT CONNECT ON DATABASE app TO r',
      'REVOKE CONNECT ON DATABASE app FROM r',
      'GRANT CREATE ON TABLESPACE ts TO r',
      'GRANT SET ON PARAMETER work_mem TO r',
      'REVOKE r FROM m',
      'REVOKE ADMIN OPTION FOR r FROM m',
      "COMMENT ON ROLE r IS 'x'",
      "COMMENT ON DATABASE app IS 'x'",
      "SECURITY LABEL ON TABLESPACE ts IS 'x'",
      'ALTER ROLE r SET search_path = app',
    ].map(wide)).toEqual([
      'GRANT … ON DATABASE', 'REVOKE … ON DATABASE', 'GRANT … ON TABLESPACE', 'GRANT … ON PARAMETER', 'REVOKE role', 'REVOKE role',
      'COMMENT ON ROLE', 'COMMENT ON DATABASE', 'SECURITY LABEL ON TABLESPACE', 'ALTER ROLE … SET',
    ]);
  });

  it('leaves what acts in the database, and CREATE ROLE and GRANT role (the statements after them need them)', () => {
    expect([
      'CREATE ROLE r NOLOGIN',
      'GRANT r TO m',
      'GRANT SELECT ON t TO r',
      'GRANT USAGE ON SCHEMA s TO r',
      'REVOKE ALL ON ALL TABLES IN SCHEMA s FROM r',
      "COMMENT ON TABLE t IS 'x'",
      'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r',
    ].map(wide)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('rolesActedOn, roleCreated', () => {
  it('name the roles of statements on named roles only, as the server stores the names', () => {
    expect([
      'DROP ROLE IF EXISTS a, "B c"',
      'DROP USER a',
      'ALTER ROLE a WITH LOGIN',
      'ALTER USER A SET search_path = app',
      'ALTER ROLE a IN DATABASE d SET work_mem = 1',
      'ALTER ROLE a RENAME TO b',
      'ALTER ROLE ALL SET work_mem = 1',
      'ALTER ROLE CURRENT_USER SET work_mem = 1',
      'DROP ROLE a, CURRENT_USER',
      "COMMENT ON ROLE a IS 'x'",
      'REVOKE a FROM b',
      'ALTER SYSTEM SET work_mem = 1',
    ].map((sql) => rolesActedOn(one(sql)))).toEqual([
      ['a', 'B c'], ['a'], ['a'], ['a'], ['a'], ['a'], undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('name the role CREATE ROLE creates and the new name of a RENAME', () => {
    expect(['CREATE ROLE "App" LOGIN', 'CREATE USER u', 'ALTER ROLE a RENAME TO b', 'DROP ROLE a', 'CREATE TABLE t (id int)'].map((sql) => roleCreated(one(sql))))
      .toEqual(['App', 'u', 'b', undefined, undefined]);
  });
});

describe('the catalogs they write', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('server_wide');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('are shared by every database of the server', async () => {
    const client = await db.client();
    const catalogs = ['pg_authid', 'pg_auth_members', 'pg_database', 'pg_tablespace', 'pg_shdescription', 'pg_shseclabel', 'pg_db_role_setting', 'pg_shdepend'];
    const major = Number((await client.query<{ v: string }>('show server_version_num')).rows[0]?.v) / 10000;
    if (major >= 15) catalogs.push('pg_parameter_acl');
    const res = await client.query<{ relname: string; relisshared: boolean }>(
      `select relname, relisshared from pg_class where relnamespace = 'pg_catalog'::regnamespace and relname = any($1::text[]) order by relname`,
      [catalogs],
    );
    expect(res.rows).toEqual([...catalogs].sort().map((relname) => ({ relname, relisshared: true })));
  });
});
