/**
 * A transactional migration's history row is written in its transaction, after its statements. A migration that does
 * `SET ROLE x`, `SET LOCAL ROLE x` or `SET SESSION AUTHORIZATION x` must not have that row written as x: x may have
 * no right to the history schema (up would fail after the migration ran) and would be recorded as its db_user.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { admin, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let c: pg.Client;
const role = `lockstep_app_${randomBytes(4).toString('hex')}`;
let me: string;

beforeAll(async () => {
  db = await createTestDatabase('history_role');
  c = await db.client();
  // A role that may create tables in public and nothing else: no right at all on the history schema.
  await c.query(`create role ${role} nologin; grant create on schema public to ${role}`);
  me = (await c.query('select current_user as u')).rows[0].u as string;
}, 60_000);

afterAll(async () => {
  await db.drop();
  await admin((a) => a.query(`drop role if exists ${role}`));
});

async function run(p: TempProject, args: readonly string[]): Promise<void> {
  const r = await runCli([...args, '--dir', p.dir, '--url', db.url, ...(args[0] === 'up' ? ['--no-lint'] : [])], { cwd: p.root });
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
}

const owner = async (table: string): Promise<string> => (await c.query('select tableowner from pg_tables where tablename = $1', [table])).rows[0]?.tableowner as string;

it('up and down: a migration that switches to a role without rights on the history schema is recorded as the session user', async () => {
  const p = tempProject({
    '001_role.sql': sqlMigration(`SET ROLE ${role};\nCREATE TABLE by_role (id int);`, `SET ROLE ${role};\nDROP TABLE by_role;`),
    '002_local.sql': sqlMigration(`SET LOCAL ROLE ${role};\nCREATE TABLE by_local_role (id int);`, `SET LOCAL ROLE ${role};\nDROP TABLE by_local_role;`),
    '003_auth.sql': sqlMigration(`SET SESSION AUTHORIZATION ${role};\nCREATE TABLE by_auth (id int);`, `SET SESSION AUTHORIZATION ${role};\nDROP TABLE by_auth;`),
    '004_plain.sql': sqlMigration('CREATE TABLE by_session (id int);', 'DROP TABLE by_session;'),
  });
  try {
    await run(p, ['up']);
    // Each migration ran as it asked; its row was written as the session's own user; the next ran as the session's.
    expect(await owner('by_role')).toBe(role);
    expect(await owner('by_local_role')).toBe(role);
    expect(await owner('by_auth')).toBe(role);
    expect(await owner('by_session')).toBe(me);
    const rows = (await c.query("select version, status, db_user from lockstep.migrations order by version")).rows;
    expect(rows).toEqual(['001', '002', '003', '004'].map((version) => ({ version, status: 'applied', db_user: me })));
    const events = (await c.query("select distinct db_user from lockstep.events where kind = 'apply'")).rows;
    expect(events).toEqual([{ db_user: me }]);

    await run(p, ['down', '--to', '0']);
    const left = (await c.query("select version, status from lockstep.migrations where status <> 'rolled_back' order by version")).rows;
    expect(left).toEqual([]);
    expect(await owner('by_role')).toBeUndefined();
  } finally {
    p.cleanup();
  }
}, 60_000);

it('--single-transaction: the row of a migration that set a role is written as the session user too', async () => {
  const p = tempProject({
    '101_role.sql': sqlMigration(`SET ROLE ${role};\nCREATE TABLE batch_by_role (id int);`, 'DROP TABLE batch_by_role;'),
    '102_plain.sql': sqlMigration('CREATE TABLE batch_plain (id int);', 'DROP TABLE batch_plain;'),
  });
  try {
    await run(p, ['up', '--single-transaction']);
    expect(await owner('batch_by_role')).toBe(role);
    const rows = (await c.query("select version, db_user from lockstep.migrations where version in ('101', '102') order by version")).rows;
    expect(rows).toEqual([{ version: '101', db_user: me }, { version: '102', db_user: me }]);
  } finally {
    p.cleanup();
  }
}, 60_000);

it('a migration run statement by statement (CREATE INDEX CONCURRENTLY) records its progress as the session user after its SET ROLE', async () => {
  const p = tempProject({
    '201_stepwise.sql': sqlMigration(`SET ROLE ${role};\nCREATE TABLE stepwise_by_role (id int);\nCREATE INDEX CONCURRENTLY stepwise_by_role_id ON stepwise_by_role (id);`, 'DROP TABLE stepwise_by_role;'),
    '202_plain.sql': sqlMigration('CREATE TABLE stepwise_after (id int);', 'DROP TABLE stepwise_after;'),
  });
  try {
    await run(p, ['up']);
    expect(await owner('stepwise_by_role')).toBe(role);
    expect(await owner('stepwise_after')).toBe(me);
    const rows = (await c.query("select version, status, statements_done, db_user from lockstep.migrations where version in ('201', '202') order by version")).rows;
    expect(rows).toEqual([{ version: '201', status: 'applied', statements_done: 3, db_user: me }, { version: '202', status: 'applied', statements_done: 1, db_user: me }]);
  } finally {
    p.cleanup();
  }
}, 60_000);

it('a no-transaction migration that fails after its SET ROLE is recorded as failed, row and fail event, by the session user', async () => {
  const p = tempProject({
    '301_fails.sql': sqlMigration(`SET ROLE ${role};\nCREATE TABLE stepwise_fails (id int);\nCREATE INDEX CONCURRENTLY stepwise_fails_id ON no_such_table (id);`, 'DROP TABLE stepwise_fails;'),
  });
  try {
    const r = await runCli(['up', '--dir', p.dir, '--url', db.url, '--no-lint'], { cwd: p.root });
    expect(r.code, `${r.stdout}\n${r.stderr}`).not.toBe(0);
    const row = (await c.query("select status, statements_done, last_error, db_user from lockstep.migrations where version = '301'")).rows[0];
    expect(row).toMatchObject({ status: 'partial', statements_done: 2, db_user: me });
    expect(row.last_error).toContain('no_such_table');
    const fail = (await c.query("select db_user from lockstep.events where kind = 'fail' and version = '301'")).rows;
    expect(fail).toEqual([{ db_user: me }]);
  } finally {
    p.cleanup();
  }
}, 60_000);
