/**
 * The run's session terminated from another connection (what an admin, a failover script or a server restart
 * does): `lockstep up` ends with LOCKSTEP_E_CONNECTION_LOST (exit 4) naming the state it left, never Node's
 * "Unhandled 'error' event", and the next `up` completes with every statement applied exactly once.
 */
import { afterAll, expect, it } from 'vitest';
import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';

/** Sleeps 30 s while a table named go_slow exists, so the same file applies at once once it is dropped. */
const SLOW = "SELECT pg_sleep(CASE WHEN to_regclass('go_slow') IS NOT NULL THEN 30 ELSE 0 END);";

const dbs: TestDatabase[] = [];
const projects: TempProject[] = [];
afterAll(async () => {
  await Promise.all(dbs.map((d) => d.drop()));
  for (const p of projects) p.cleanup();
});

async function setup(label: string, files: Record<string, string>): Promise<{ db: TestDatabase; c: pg.Client; project: TempProject }> {
  const db = await createTestDatabase(label);
  dbs.push(db);
  const project = tempProject(files);
  projects.push(project);
  const c = await db.client('lockstep-test observer');
  await c.query('create table log (v text); create table go_slow ()');
  return { db, c, project };
}

/** Starts `up`, waits for it to sleep, terminates its backend; returns how the process ended and what it was running. */
async function terminateWhileSleeping(db: TestDatabase, c: pg.Client, project: TempProject, flags: readonly string[] = []) {
  const run = spawnCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint', ...flags], { cwd: project.root });
  await waitFor('the migration to sleep', async () => {
    if (run.child.exitCode !== null) throw new Error(`up exited early: ${run.stderr()}`);
    const active = await c.query("select 1 from pg_stat_activity where datname = current_database() and application_name = 'lockstep up' and state = 'active' and query like '%pg_sleep%'");
    return active.rowCount === 1;
  });
  const killed = await c.query<{ ok: boolean; query: string }>("select pg_terminate_backend(pid) as ok, query from pg_stat_activity where datname = current_database() and application_name = 'lockstep up' and query like '%pg_sleep%'");
  expect(killed.rows.map((r) => r.ok)).toEqual([true]);
  const ended = await run.exited;
  // The run report (stdout) carries the failed migration's error; stderr the progress.
  return { ...ended, output: `${ended.stdout}\n${ended.stderr}`, killedQuery: killed.rows[0]?.query ?? '' };
}

/** The failed migration's error in `up --json`'s report. */
function failedError(stdout: string): { code: string; message: string; hint: string; details?: { state?: string } } {
  return (JSON.parse(stdout) as { failed: { error: { code: string; message: string; hint: string; details?: { state?: string } } } }).failed.error;
}

it('a transactional migration: exit 4, LOCKSTEP_E_CONNECTION_LOST, rolled back; the next up applies it once', async () => {
  const { db, c, project } = await setup('lost_tx', {
    '001_log.sql': sqlMigration(`INSERT INTO log VALUES ('a');\n${SLOW}\nINSERT INTO log VALUES ('b');`, "DELETE FROM log WHERE v IN ('a', 'b');"),
  });
  const result = await terminateWhileSleeping(db, c, project);
  expect(result.signal, result.stderr).toBeNull();
  expect(result.code, result.stderr).toBe(4);
  expect(result.output).toContain('LOCKSTEP_E_CONNECTION_LOST');
  expect(result.output).toContain('lost the connection to the database during migration 001');
  expect(result.output).toContain('The server rolled back its transaction: nothing of it was applied.');
  expect(result.output).not.toMatch(/Unhandled|at .*node_modules/);
  expect((await c.query('select v from log')).rows).toEqual([]);
  // The run lock went with the session: nothing of the run is left in the server.
  await waitFor('the run\'s sessions to end', async () => (await c.query("select 1 from pg_stat_activity where datname = current_database() and application_name like 'lockstep %'")).rowCount === 0, 5_000);

  await c.query('drop table go_slow');
  const again = await runCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root });
  expect(again.code, again.stderr).toBe(0);
  expect((await c.query('select v from log order by v')).rows).toEqual([{ v: 'a' }, { v: 'b' }]);
});

it('a batched migration (its statements in one message) lost mid-batch: the terminate itself is reported, not the rollback to the savepoint', async () => {
  const { db, c, project } = await setup('lost_batch', {
    '001_first.sql': sqlMigration("INSERT INTO log VALUES ('first');", "DELETE FROM log WHERE v = 'first';"),
    '002_log.sql': sqlMigration(`INSERT INTO log VALUES ('a');\n${SLOW}\nINSERT INTO log VALUES ('b');`, "DELETE FROM log WHERE v IN ('a', 'b');"),
  });
  const result = await terminateWhileSleeping(db, c, project, ['--json']);
  // What was terminated is the batch: BEGIN, the timeouts, the savepoint and all three statements in one message.
  expect(result.killedQuery).toMatch(/^begin;[^]*savepoint lockstep_batch;[^]*INSERT INTO log VALUES \('a'\)[^]*pg_sleep[^]*INSERT INTO log VALUES \('b'\)/);
  expect(result.code, result.stderr).toBe(4);
  const error = failedError(result.stdout);
  expect(error.code).toBe('LOCKSTEP_E_CONNECTION_LOST');
  // The server's reason for ending the session, and the batch it ended, not the next call's failure on the dead session.
  expect(error.message).toBe('lost the connection to the database during migration 002 (statements 1..3 of 3, sent together) (terminating connection due to administrator command). The server rolled back its transaction: nothing of it was applied.');
  expect(error.hint).toBe('Run `lockstep up` when the database is reachable again to apply it. The run lock went with the session, so nothing stays locked.');
  expect(error.details?.state).toBe('rolled-back');
  expect(result.output).not.toMatch(/Unhandled|at .*node_modules|savepoint/);
  expect((await c.query('select v from log')).rows).toEqual([{ v: 'first' }]);
  expect((await c.query('select version, status from lockstep.migrations order by version')).rows).toEqual([{ version: '001', status: 'applied' }]);
  await waitFor('the run\'s sessions to end', async () => (await c.query("select 1 from pg_stat_activity where datname = current_database() and application_name like 'lockstep %'")).rowCount === 0, 5_000);

  await c.query('drop table go_slow');
  const again = await runCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root });
  expect(again.code, again.stderr).toBe(0);
  expect((await c.query('select v from log order by v')).rows).toEqual([{ v: 'a' }, { v: 'b' }, { v: 'first' }]);
  expect((await c.query('select version, status from lockstep.migrations order by version')).rows).toEqual([{ version: '001', status: 'applied' }, { version: '002', status: 'applied' }]);
});

it('--single-transaction: a session lost in a one-statement migration (not batched) is LOCKSTEP_E_CONNECTION_LOST too; the batch is rolled back whole', async () => {
  const { db, c, project } = await setup('lost_single', {
    '001_first.sql': sqlMigration("INSERT INTO log VALUES ('first');", "DELETE FROM log WHERE v = 'first';"),
    '002_sleep.sql': sqlMigration(SLOW, 'SELECT 1;'),
  });
  const result = await terminateWhileSleeping(db, c, project, ['--json', '--single-transaction']);
  expect(result.killedQuery).not.toContain('savepoint');
  expect(result.code, result.stderr).toBe(4);
  const error = failedError(result.stdout);
  expect(error.code).toBe('LOCKSTEP_E_CONNECTION_LOST');
  expect(error.message).toContain('lost the connection to the database during migration 002 (terminating connection due to administrator command)');
  expect(error.details?.state).toBe('rolled-back');
  expect((await c.query('select v from log')).rows).toEqual([]);
  expect((await c.query("select count(*)::int as n from lockstep.migrations where status = 'applied'")).rows).toEqual([{ n: 0 }]);

  await c.query('drop table go_slow');
  const again = await runCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint', '--single-transaction'], { cwd: project.root });
  expect(again.code, again.stderr).toBe(0);
  expect((await c.query('select v from log')).rows).toEqual([{ v: 'first' }]);
});

it('a no-transaction migration: exit 4, partial 1 of 4 named; the next up resumes and runs every statement once', async () => {
  const { db, c, project } = await setup('lost_notx', {
    '001_log.sql': sqlMigration(
      `INSERT INTO log VALUES ('s1');\n${SLOW}\nINSERT INTO log VALUES ('s3');\nCREATE INDEX CONCURRENTLY log_v ON log (v);`,
      'DROP INDEX CONCURRENTLY log_v;',
      '-- lockstep:no-transaction\n',
    ),
  });
  const result = await terminateWhileSleeping(db, c, project);
  expect(result.code, result.stderr).toBe(4);
  expect(result.output).toContain('LOCKSTEP_E_CONNECTION_LOST');
  expect(result.output).toContain('during migration 001 (statement 2 of 4)');
  expect(result.output).toContain('statement 1 is applied and recorded');
  expect(result.output).toContain('it resumes at the first statement not recorded (2 or later)');
  expect(result.output).not.toMatch(/Unhandled|at .*node_modules/);
  expect((await c.query("select status, statements_done from lockstep.migrations where version = '001'")).rows).toEqual([{ status: 'partial', statements_done: 1 }]);

  await c.query('drop table go_slow');
  const again = await runCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root });
  expect(again.code, again.stderr).toBe(0);
  expect((await c.query('select v from log order by v')).rows).toEqual([{ v: 's1' }, { v: 's3' }]);
  expect((await c.query("select indisvalid from pg_index where indexrelid = 'log_v'::regclass")).rows).toEqual([{ indisvalid: true }]);
  expect((await c.query("select status, statements_done from lockstep.migrations where version = '001'")).rows).toEqual([{ status: 'applied', statements_done: 4 }]);
});

it('status, a read-only command: a session ended under it is LOCKSTEP_E_CONNECTION_LOST too, not a crash', async () => {
  const { db, c, project } = await setup('lost_status', { '001_a.sql': sqlMigration('SELECT 1;', 'SELECT 1;') });
  const applied = await runCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root });
  expect(applied.code, applied.stderr).toBe(0);
  // `status` waits behind a lock on the history table while its session is terminated.
  await c.query('begin');
  await c.query('lock table lockstep.migrations in access exclusive mode');
  const run = spawnCli(['status', '--dir', project.dir, '--url', db.url], { cwd: project.root });
  await waitFor('status to wait', async () => {
    if (run.child.exitCode !== null) throw new Error(`status exited early: ${run.stderr()}`);
    const side = await db.client('lockstep-test side');
    const waiting = await side.query("select 1 from pg_stat_activity where datname = current_database() and application_name = 'lockstep status' and wait_event_type = 'Lock'");
    await side.end();
    return waiting.rowCount === 1;
  });
  const side = await db.client('lockstep-test killer');
  await side.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'lockstep status'");
  await c.query('rollback');
  const result = await run.exited;
  expect(result.code, result.stderr).toBe(4);
  expect(result.stderr).toContain('LOCKSTEP_E_CONNECTION_LOST');
  expect(result.stderr).not.toMatch(/Unhandled|LOCKSTEP_E_INTERNAL/);
});
