/**
 * A migration that releases the session's advisory locks (DISCARD ALL, pg_advisory_unlock_all(), hidden in a DO block
 * or a function, with the discard-all rule suppressed) must not leave the run unguarded: before the next migration
 * the runner takes the run lock again, or stops with LOCKSTEP_E_RUN_LOCK_LOST when another run took it meanwhile.
 * Two real runner processes, against the real server.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type pg from 'pg';
import { join } from 'node:path';
import { createMigrator } from '../../src/api/index.js';
import { runLockKey } from '../../src/runner/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

const [K1, K2] = runLockKey('lockstep');

let db: TestDatabase;
const projects: TempProject[] = [];

beforeEach(async () => {
  db = await createTestDatabase('run_lock_kept');
}, 60_000);

afterEach(async () => {
  await db.drop();
  for (const p of projects.splice(0)) p.cleanup();
});

function project(files: Record<string, string>): TempProject {
  const p = tempProject(files);
  projects.push(p);
  return p;
}

/** Polls until `query` returns a row (a statement of the run is in flight, say), within 20 s. */
async function waitForRow(c: pg.Client, query: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if ((await c.query(query)).rows.length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for: ${query}`);
}

const runningNow = (marker: string): string =>
  `select 1 from pg_stat_activity where datname = current_database() and state = 'active' and query like '%${marker}%' and query not like '%pg_stat_activity%'`;

it('a second runner that takes the lock a migration released is not joined: the first stops before its next migration, having recorded the one it ran', async () => {
  const first = project({
    // pg_advisory_unlock_all() hidden in a DO block, then time for the other runner to take the lock.
    '001_release.sql': sqlMigration("DO $$ BEGIN PERFORM pg_advisory_unlock_all(); PERFORM pg_sleep(2.5); END $$;", 'SELECT 1;'),
    '002_after.sql': sqlMigration('CREATE TABLE first_after (id int);', 'DROP TABLE first_after;'),
  });
  const second = project({
    '900_other.sql': sqlMigration("SELECT pg_sleep(5) AS second_runner;", 'SELECT 1;'),
  });
  const c = await db.client();
  const a = runCli(['up', '--dir', first.dir, '--url', db.url, '--no-lint'], { cwd: first.root });
  await waitForRow(c, runningNow('pg_sleep(2.5)'));
  const b = runCli(['up', '--dir', second.dir, '--url', db.url, '--no-lint', '--lock-wait', '30s'], { cwd: second.root });
  await waitForRow(c, runningNow('second_runner'));
  const [ra, rb] = await Promise.all([a, b]);

  expect(rb.code, `${rb.stdout}\n${rb.stderr}`).toBe(0);
  expect(ra.code, `${ra.stdout}\n${ra.stderr}`).toBe(5);
  expect(`${ra.stdout}\n${ra.stderr}`).toContain('LOCKSTEP_E_RUN_LOCK_LOST');
  expect(`${ra.stdout}\n${ra.stderr}`).toMatch(/migration 001 released the run lock/);
  // 002 is where the run stopped, not a migration that failed: it never started.
  expect(ra.stdout).toContain('Stopped before: 002 after (it did not start; nothing of it ran)');
  expect(`${ra.stdout}\n${ra.stderr}`).not.toMatch(/Failed: 002|✗ 002/);
  expect(ra.stderr).toContain('■ stopped before 002 after: it did not start');
  // 001 ran and is recorded; 002 never started while the other run held the lock.
  const rows = (await c.query('select version, status from lockstep.migrations order by version')).rows;
  expect(rows).toEqual([{ version: '001', status: 'applied' }, { version: '900', status: 'applied' }]);
  expect((await c.query("select to_regclass('public.first_after') as t")).rows[0].t).toBeNull();
  const fail = (await c.query("select version, details->>'code' as code from lockstep.events where kind = 'fail'")).rows;
  expect(fail).toEqual([{ version: '002', code: 'LOCKSTEP_E_RUN_LOCK_LOST' }]);

  // Once the other run is done, the next `up` applies what is left.
  const again = await runCli(['up', '--dir', first.dir, '--url', db.url, '--no-lint'], { cwd: first.root });
  expect(again.code, `${again.stdout}\n${again.stderr}`).toBe(0);
  expect((await c.query("select to_regclass('public.first_after') is not null as t")).rows[0].t).toBe(true);
}, 60_000);

it('with no other runner, the lock a function released is taken again before the next migration, and held while it runs', async () => {
  const p = project({
    '001_fn.sql': sqlMigration(
      "CREATE FUNCTION release_everything() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_unlock_all() $$;\nSELECT release_everything();",
      'DROP FUNCTION release_everything();'),
    '002_slow.sql': sqlMigration('CREATE TABLE slow_marker (id int);\nSELECT pg_sleep(2) AS slow_second;', 'DROP TABLE slow_marker;'),
  });
  const c = await db.client();
  const run = runCli(['up', '--dir', p.dir, '--url', db.url, '--no-lint'], { cwd: p.root });
  await waitForRow(c, runningNow('slow_second'));
  // Another session (what a second runner does first) cannot take the lock while 002 runs.
  const got = (await c.query('select pg_try_advisory_lock($1, $2) as ok', [K1, K2])).rows[0].ok as boolean;
  if (got) await c.query('select pg_advisory_unlock($1, $2)', [K1, K2]);
  const r = await run;
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(got).toBe(false);
  // Taken again once, not counted twice: after the run it is free.
  expect((await c.query('select pg_try_advisory_lock($1, $2) as ok', [K1, K2])).rows[0].ok).toBe(true);
  await c.query('select pg_advisory_unlock($1, $2)', [K1, K2]);
}, 60_000);

it('an ordinary migration is followed by nothing; the check goes only after one that may release the lock, in the restore message when there is one', async () => {
  const p = project({
    '001_table.sql': sqlMigration('CREATE TABLE plain_one (id int, at timestamptz DEFAULT now());\nINSERT INTO plain_one (id) VALUES (1);', 'DROP TABLE plain_one;'),
    '002_table.sql': sqlMigration('CREATE TABLE plain_two (id int);', 'DROP TABLE plain_two;'),
    '003_discard.sql': sqlMigration('DISCARD ALL;', 'SELECT 1;'),
    '004_table.sql': sqlMigration('CREATE TABLE plain_three (id int);', 'DROP TABLE plain_three;'),
  });
  const r = await runCli(['up', '--dir', p.dir, '--url', db.url, '--no-lint', '--dry-run'], { cwd: p.root });
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  const script = r.stdout;
  const between = (from: string, to: string): string => script.slice(script.indexOf(from), script.indexOf(to));
  // After 001 and 002 (ordinary): their COMMIT, then the next BEGIN; nothing else is sent.
  expect(between('CREATE TABLE plain_one', 'CREATE TABLE plain_two')).not.toMatch(/pg_locks|reset all/);
  expect(between('CREATE TABLE plain_two', 'DISCARD ALL')).not.toMatch(/pg_locks|reset all/);
  // After DISCARD ALL: the restore and the lock check in one message (one line of the script before the DO's body).
  expect(between('DISCARD ALL', 'CREATE TABLE plain_three')).toMatch(/commit;\nreset session authorization; reset role; reset all; +do \$lockstep\$ begin/);
  // After the last migration there is nothing left to guard: no check.
  expect(script.slice(script.indexOf('CREATE TABLE plain_three'))).not.toContain('pg_locks');
}, 60_000);

it('on PGlite (one process, one backend) the check runs too: a run with DISCARD ALL and a DO block between migrations completes', async () => {
  const p = project({
    '001_discard.sql': sqlMigration('DISCARD ALL;', 'SELECT 1;'),
    '002_do.sql': sqlMigration('DO $$ BEGIN PERFORM pg_advisory_unlock_all(); END $$;', 'SELECT 1;'),
    '003_table.sql': sqlMigration('CREATE TABLE on_pglite (id int);', 'DROP TABLE on_pglite;'),
  });
  const m = await createMigrator({ cwd: p.root, dir: p.dir, url: `pglite://${join(p.root, 'pgdata')}` });
  try {
    const r = await m.up({ noLint: true });
    expect(r.failed?.error.message).toBeUndefined();
    expect(r.done.map((d) => d.version)).toEqual(['001', '002', '003']);
  } finally {
    await m.close();
  }
}, 60_000);

it('down takes the lock again too, after a down section that released it', async () => {
  const p = project({
    '001_slow_down.sql': sqlMigration('CREATE TABLE down_marker (id int);', 'SELECT pg_sleep(2) AS down_slow;\nDROP TABLE down_marker;'),
    '002_release_down.sql': sqlMigration('CREATE TABLE down_other (id int);', 'DROP TABLE down_other;\nSELECT pg_advisory_unlock_all();'),
  });
  const c = await db.client();
  const up = await runCli(['up', '--dir', p.dir, '--url', db.url, '--no-lint'], { cwd: p.root });
  expect(up.code, `${up.stdout}\n${up.stderr}`).toBe(0);
  const run = runCli(['down', '--to', '0', '--dir', p.dir, '--url', db.url], { cwd: p.root });
  await waitForRow(c, runningNow('down_slow'));
  const got = (await c.query('select pg_try_advisory_lock($1, $2) as ok', [K1, K2])).rows[0].ok as boolean;
  if (got) await c.query('select pg_advisory_unlock($1, $2)', [K1, K2]);
  const r = await run;
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(got).toBe(false);
}, 60_000);
