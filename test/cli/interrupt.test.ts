/**
 * `lockstep up` stopped with SIGTERM (CI cancelling a job, Kubernetes stopping a pod) or SIGINT (Ctrl-C)
 * while its migration holds ACCESS EXCLUSIVE: the statement is cancelled on the server, the lock is gone
 * within moments, the failure is recorded, the process exits 143 / 130, and the next `up` applies it.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { REPO_ROOT, runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';

/** Sleeps 30 s while a table named go_slow exists, so the same file applies at once once it is dropped. */
const SLOW = "SELECT pg_sleep(CASE WHEN to_regclass('go_slow') IS NOT NULL THEN 30 ELSE 0 END);";

let project: TempProject;
const dbs: TestDatabase[] = [];

beforeAll(() => {
  project = tempProject({ '001_add_z.sql': sqlMigration(`ALTER TABLE a ADD COLUMN z int;\n${SLOW}`, 'ALTER TABLE a DROP COLUMN z;') });
});

afterAll(async () => {
  await Promise.all(dbs.map((d) => d.drop()));
  project.cleanup();
});

const locksOnA = async (c: pg.Client): Promise<string[]> =>
  (await c.query<{ who: string }>("select a.application_name || ' ' || l.mode as who from pg_locks l join pg_stat_activity a using (pid) where l.relation = 'a'::regclass")).rows.map((r) => r.who);

it.each([
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const)('%s: cancels the statement, releases the lock at once, records the failure, exits %i; the next up applies it', async (sig, exitCode) => {
  const db = await createTestDatabase(`interrupt_${sig}`);
  dbs.push(db);
  const c = await db.client('lockstep-test observer');
  await c.query('create table a (id int); create table go_slow ()');

  const run = spawnCli(['up', '--dir', project.dir, '--url', db.url], { cwd: project.root });
  await waitFor('the migration to hold its lock and sleep', async () => {
    if (run.child.exitCode !== null) throw new Error(`up exited early: ${run.stderr()}`);
    const active = await c.query("select 1 from pg_stat_activity where application_name = 'lockstep up' and state = 'active' and query like '%pg_sleep%'");
    return active.rowCount === 1;
  });
  expect(await locksOnA(c)).toEqual(['lockstep up AccessExclusiveLock']);

  const signalled = performance.now();
  run.child.kill(sig);
  await waitFor('the lock to be released', async () => (await locksOnA(c)).length === 0, 5_000, 5);
  const releasedMs = performance.now() - signalled;
  const result = await run.exited;
  const exitedMs = result.at - signalled;
  const insertStart = performance.now();
  await c.query("set statement_timeout = '1s'");
  await c.query('insert into a values (1)');
  const insertMs = performance.now() - insertStart;
  console.log(`${sig}: lock released ${releasedMs.toFixed(0)} ms after the signal, process exited after ${exitedMs.toFixed(0)} ms, insert took ${insertMs.toFixed(0)} ms`);

  expect(result.signal, result.stderr).toBeNull();
  expect(result.code, result.stderr).toBe(exitCode);
  expect(releasedMs).toBeLessThan(2000);
  expect(exitedMs).toBeLessThan(2000);
  expect(insertMs).toBeLessThan(500);
  expect(result.stderr).toContain(`lockstep: interrupted by ${sig}: 001 rolled back, nothing of it applied; 0 migration(s) applied before it; run lock released.`);
  expect((await c.query("select 1 from information_schema.columns where table_name = 'a' and column_name = 'z'")).rows).toEqual([]);
  expect((await c.query("select status from lockstep.migrations where version = '001'")).rows).toEqual([]);
  expect((await c.query("select kind, error from lockstep.events where version = '001'")).rows).toEqual([
    { kind: 'fail', error: `migration 001 (statements 1..2 of 2, sent together) was interrupted (${sig})` },
  ]);
  // Every session of the run (and of its cancel) is gone: their backends end right after the client closes them.
  await waitFor('the run\'s sessions to end', async () =>
    (await c.query("select 1 from pg_stat_activity where datname = current_database() and application_name in ('lockstep up', 'lockstep cancel')")).rowCount === 0, 2_000);

  await c.query('drop table go_slow');
  const again = await runCli(['up', '--dir', project.dir, '--url', db.url], { cwd: project.root });
  expect(again.code, again.stderr).toBe(0);
  expect((await c.query("select status from lockstep.migrations where version = '001'")).rows).toEqual([{ status: 'applied' }]);
});

it('a second signal while the run is stopping exits at once', async () => {
  // A process that traps the signals and never stops (as a run stuck in a cancel would).
  const script = `import { trapInterrupts } from ${JSON.stringify(join(REPO_ROOT, 'dist/cli/interrupt.js'))};
    const trap = trapInterrupts();
    trap.signal.addEventListener('abort', () => process.stdout.write('aborted\\n'));
    setInterval(() => undefined, 1000);
    process.stdout.write('ready\\n');`;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await waitFor('the trap', () => out.includes('ready'));
  child.kill('SIGTERM');
  await waitFor('the abort', () => out.includes('aborted'));
  expect(child.exitCode).toBeNull();
  child.kill('SIGINT');
  expect(await exited).toBe(143);
  expect(err).toContain('lockstep: SIGINT again: exiting now, without waiting for the run to stop');
});

it('PGlite: the signal is handled once the running statement ends; the migration is rolled back and the process exits 143', async () => {
  const busy = 'SELECT count(*) FROM generate_series(1, 3000000);';
  const pglite = tempProject({ '001_busy.sql': sqlMigration(`CREATE TABLE p1 (id int);\n${busy}\nCREATE TABLE p2 (id int);`, 'DROP TABLE p2;\nDROP TABLE p1;') });
  try {
    const url = `pglite://${join(pglite.root, 'pgdata')}`;
    const run = spawnCli(['up', '--dir', pglite.dir, '--url', url, '--verbose', '--no-lint'], { cwd: pglite.root });
    await waitFor('the busy statement to start', () => {
      if (run.child.exitCode !== null) throw new Error(`up exited early: ${run.stderr()}`);
      return run.stderr().includes('generate_series');
    }, 60_000, 5);
    const signalled = performance.now();
    run.child.kill('SIGTERM');
    const result = await run.exited;
    console.log(`PGlite: exited ${(result.at - signalled).toFixed(0)} ms after SIGTERM`);
    expect(result.signal, result.stderr).toBeNull();
    expect(result.code, result.stderr).toBe(143);
    expect(result.stderr).toContain('lockstep: interrupted by SIGTERM: 001 rolled back, nothing of it applied');

    // Statement 1 was rolled back too: the next up creates p1 again, which would fail if it existed.
    const status = await runCli(['history', '--dir', pglite.dir, '--url', url, '--json'], { cwd: pglite.root });
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain('was interrupted (SIGTERM)');
    const again = await runCli(['up', '--dir', pglite.dir, '--url', url, '--no-lint', '--json'], { cwd: pglite.root });
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { done: Array<{ version: string }> }).done.map((d) => d.version)).toEqual(['001']);
  } finally {
    pglite.cleanup();
  }
});
