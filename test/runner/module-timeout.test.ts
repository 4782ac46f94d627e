/**
 * A module migration whose up() never settles holds its transaction and its table lock: with the module limits it
 * fails with LOCKSTEP_E_MIGRATION_TIMEOUT, rolls back and releases the lock (a writer goes through), and SIGINT
 * during it exits 130 at once instead of after the CLI's 10 s grace.
 */
import { afterEach, expect, it } from 'vitest';
import { harness, type Harness } from './backends.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';
import { createTestDatabase } from '../support/database.js';
import { tempProject } from '../support/fixtures.js';

let h: Harness | undefined;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const c of cleanups.splice(0)) await c();
});

const HUNG = "export async function up(ctx) {\n  await ctx.exec('LOCK TABLE t IN ACCESS EXCLUSIVE MODE');\n  await new Promise(() => {});\n}\nexport async function down() {}\n";
const BUSY = "export async function up(ctx) {\n  await ctx.exec('LOCK TABLE t IN ACCESS EXCLUSIVE MODE');\n  for (;;) await ctx.query('select pg_sleep(0.05)');\n}\nexport async function down() {}\n";

/** Inserts into t from another session; resolves with how long it waited. */
async function writer(h: Harness): Promise<number> {
  const started = Date.now();
  await h.query('insert into t values (1)');
  return Date.now() - started;
}

it('an up() that never settles: the idle limit stops it, rolls back, and a blocked writer goes through', async () => {
  h = await harness('postgres', { '001_hung.mjs': HUNG }, { idleInTransactionTimeout: '1s' });
  await h.query('create table t (id int)');
  const started = Date.now();
  const run = h.migrator.up({ noLint: true });
  await waitFor('the lock', async () => (await h!.query("select 1 from pg_locks where relation = 't'::regclass and mode = 'AccessExclusiveLock' and granted")).length === 1, 20_000);
  const waited = writer(h);
  const result = await run;
  const elapsed = Date.now() - started;
  expect(result.failed?.error.code).toBe('LOCKSTEP_E_MIGRATION_TIMEOUT');
  expect(result.failed?.error.message).toMatch(/^migration 001 was stopped: its transaction sat idle for 1(\.00)?s \(up\(\) sent nothing and did not return\)$/);
  expect(result.failed?.error.hint).toContain('idleInTransactionTimeout');
  expect(result.failed?.error.location?.file).toContain('001_hung.mjs');
  expect(await waited).toBeLessThan(15_000);
  expect(elapsed).toBeLessThan(15_000);
  expect(await h.query('select count(*)::int as n from t')).toEqual([{ n: 1 }]);
  expect(await h.query("select version from lockstep.migrations where version = '001'")).toEqual([]);
});

it('an up() that keeps working past moduleTimeout is stopped and rolled back', async () => {
  h = await harness('postgres', { '001_busy.mjs': BUSY }, { moduleTimeout: '1s' });
  await h.query('create table t (id int)');
  const result = await h.migrator.up({ noLint: true });
  expect(result.failed?.error.code).toBe('LOCKSTEP_E_MIGRATION_TIMEOUT');
  expect(result.failed?.error.message).toMatch(/^migration 001 was stopped: it ran longer than 1(\.00)?s$/);
  expect(await h.query("select count(*)::int as n from pg_locks where relation = 't'::regclass")).toEqual([{ n: 0 }]);
  expect(await h.query("select version from lockstep.migrations where version = '001'")).toEqual([]);
});

it('the config refuses a limit that is not a duration', async () => {
  const { resolveConfig } = await import('../../src/config/index.js');
  const project = tempProject();
  cleanups.push(() => project.cleanup());
  // Library options are checked as the flags they stand for.
  await expect(resolveConfig({ cwd: project.root, moduleTimeout: 'soon' })).rejects.toMatchObject({ code: 'LOCKSTEP_E_USAGE', message: expect.stringContaining('invalid --module-timeout "soon"') });
  await expect(resolveConfig({ cwd: project.root }, { LOCKSTEP_IDLE_IN_TRANSACTION_TIMEOUT: 'later' })).rejects.toMatchObject({ message: expect.stringContaining('"later"') });
});

it('SIGINT while up() hangs: exits 130 within moments, lock released, nothing applied', async () => {
  const db = await createTestDatabase('module_sigint');
  const project = tempProject({ '001_hung.mjs': HUNG });
  cleanups.push(() => db.drop(), () => project.cleanup());
  const c = await db.client('lockstep-test observer');
  await c.query('create table t (id int)');
  const run = spawnCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root });
  await waitFor('the lock', async () => {
    if (run.child.exitCode !== null) throw new Error(`up exited early: ${run.stderr()}`);
    return (await c.query("select 1 from pg_locks where relation = 't'::regclass and mode = 'AccessExclusiveLock' and granted")).rowCount === 1;
  }, 30_000);
  const signalled = Date.now();
  run.child.kill('SIGINT');
  const result = await run.exited;
  expect(result.code, result.stderr).toBe(130);
  expect(Date.now() - signalled).toBeLessThan(5_000);
  expect(result.stderr).toContain('lockstep: interrupted by SIGINT: 001 rolled back, nothing of it applied');
  expect((await c.query("select count(*)::int as n from pg_locks where relation = 't'::regclass")).rows).toEqual([{ n: 0 }]);
});

it('a process stuck in a loop cannot stop it, the server can: the lock goes at the idle limit, the run ends coded', async () => {
  const db = await createTestDatabase('module_stuck');
  const stuck = "export async function up(ctx) {\n  await ctx.exec('LOCK TABLE t IN ACCESS EXCLUSIVE MODE');\n  const end = Date.now() + 6000;\n  while (Date.now() < end) {}\n  await new Promise(() => {});\n}\nexport async function down() {}\n";
  const project = tempProject({ '001_stuck.mjs': stuck });
  cleanups.push(() => db.drop(), () => project.cleanup());
  const c = await db.client('lockstep-test observer');
  await c.query('create table t (id int)');
  const run = spawnCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root, env: { LOCKSTEP_IDLE_IN_TRANSACTION_TIMEOUT: '1s' } });
  await waitFor('the lock', async () => {
    if (run.child.exitCode !== null) throw new Error(`up exited early: ${run.stderr()}`);
    return (await c.query("select 1 from pg_locks where relation = 't'::regclass and mode = 'AccessExclusiveLock' and granted")).rowCount === 1;
  }, 30_000);
  const started = Date.now();
  await c.query("set statement_timeout = '20s'");
  await c.query('insert into t values (1)');
  const writerMs = Date.now() - started;
  const result = await run.exited;
  // The server ends the idle transaction a second after the client-side limit (2 s), while the loop still runs.
  expect(writerMs).toBeLessThan(5_000);
  expect(result.code, result.stderr).toBe(1);
  expect(`${result.stdout}${result.stderr}`).toContain('LOCKSTEP_E_MIGRATION_TIMEOUT');
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/Unhandled|LOCKSTEP_E_INTERNAL/);
  expect((await c.query("select count(*)::int as n from lockstep.migrations where version = '001'")).rows).toEqual([{ n: 0 }]);
});
