/**
 * Which statements may release the session's advisory locks (the run lock) and which may change the user a
 * transaction's later statements run as (sql/session-state.ts), with what the server does for the ones the answer
 * rests on: DISCARD ALL releases advisory locks and DISCARD TEMP or PLANS do not; SET LOCAL ROLE holds to COMMIT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { initParser, mayChangeCurrentUser, mayReleaseAdvisoryLocks, parseSql } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

beforeAll(() => initParser());

const one = (sql: string) => {
  const [stmt] = parseSql(sql);
  if (!stmt) throw new Error(`no statement in ${sql}`);
  return stmt;
};

describe('mayReleaseAdvisoryLocks', () => {
  it('counts DISCARD ALL, the unlock functions wherever they stand, DO blocks, CALLs and a SELECT that calls a function', () => {
    for (const sql of [
      'DISCARD ALL', 'SELECT pg_advisory_unlock_all()', 'SELECT pg_catalog.pg_advisory_unlock(1, 2)',
      'UPDATE t SET ok = pg_advisory_unlock(7)', 'DO $$ BEGIN PERFORM 1; END $$', 'CALL p()', 'SELECT my_function()',
      'SELECT * FROM my_function()',
    ]) expect(mayReleaseAdvisoryLocks(one(sql)), sql).toBe(true);
  });

  it('leaves out what an ordinary migration does: DDL with a DEFAULT now(), an INSERT, other DISCARDs, a SELECT without calls', () => {
    for (const sql of [
      'CREATE TABLE t (id int, at timestamptz DEFAULT now())', "INSERT INTO t (id, at) VALUES (1, now())", 'ALTER TABLE t ADD COLUMN c int',
      'CREATE INDEX ON t (lower(name))', 'DISCARD TEMP', 'DISCARD PLANS', 'DISCARD SEQUENCES', 'SELECT 1', 'SET search_path TO x',
    ]) expect(mayReleaseAdvisoryLocks(one(sql)), sql).toBe(false);
  });
});

describe('mayChangeCurrentUser', () => {
  it('counts SET [LOCAL] ROLE, SET [LOCAL] SESSION AUTHORIZATION, set_config of role (local too, or of an unknown name), DO and CALL', () => {
    for (const sql of [
      'SET ROLE app', 'SET LOCAL ROLE app', 'SET SESSION AUTHORIZATION app', 'SET LOCAL SESSION AUTHORIZATION app', 'RESET ROLE',
      "SELECT set_config('role', 'app', true)", 'SELECT set_config(name, value, true) FROM settings', 'DO $$ BEGIN END $$', 'CALL p()',
    ]) expect(mayChangeCurrentUser(one(sql)), sql).toBe(true);
  });

  it('leaves out other settings set locally and ordinary statements', () => {
    for (const sql of ["SET LOCAL search_path TO x", "SELECT set_config('search_path', 'x', true)", 'CREATE TABLE t (id int)', 'SET LOCAL lock_timeout = 1000']) {
      expect(mayChangeCurrentUser(one(sql)), sql).toBe(false);
    }
  });
});

describe('on the server', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('session_state');
  }, 60_000);
  afterAll(() => db.drop());

  it('DISCARD ALL releases a session-level advisory lock; DISCARD TEMP, PLANS and SEQUENCES keep it', async () => {
    const c = await db.client();
    const held = async (): Promise<boolean> =>
      (await c.query("select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()")).rows[0].n > 0;
    await c.query('select pg_advisory_lock(42)');
    for (const d of ['TEMP', 'PLANS', 'SEQUENCES']) {
      await c.query(`DISCARD ${d}`);
      expect(await held(), `DISCARD ${d}`).toBe(true);
    }
    await c.query('DISCARD ALL');
    expect(await held()).toBe(false);
  });

  it('SET LOCAL ROLE lasts until COMMIT, so a write after it in the same transaction runs as that role', async () => {
    const c = await db.client();
    const me = (await c.query('select current_user as u')).rows[0].u as string;
    await c.query('begin');
    await c.query('set local role pg_read_all_data');
    expect((await c.query('select current_user as u')).rows[0].u).toBe('pg_read_all_data');
    // What the runner sends before the history row of such a migration (runner/session-settings.ts AS_SESSION_USER).
    await c.query('set local session authorization default; set local role none;');
    expect((await c.query('select current_user as u')).rows[0].u).toBe(me);
    await c.query('commit');
  });

  it('a user that is not a superuser may send it too, after switching to a role it is a member of', async () => {
    const c = await db.client();
    const login = `${db.name}_login`;
    const app = `${db.name}_app`;
    await c.query(`create role ${login} login; create role ${app}; grant ${app} to ${login}`);
    const url = new URL(db.url);
    url.username = login;
    url.password = '';
    const other = new pg.Client({ connectionString: url.toString() });
    try {
      await other.connect();
      await other.query(`set role ${app}`);
      await other.query('begin');
      await other.query('set local session authorization default; set local role none;');
      expect((await other.query('select current_user as u')).rows[0].u).toBe(login);
      await other.query('commit');
      expect((await other.query('select current_user as u')).rows[0].u).toBe(app);
    } finally {
      await other.end().catch(() => undefined);
      await c.query(`drop role ${app}; drop role ${login}`);
    }
  });
});
