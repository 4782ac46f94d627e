/** Waves and failures: a failing canary stops the rollout, --max-failures stops it, the next run retries only what is not done. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let coordinator: TestDatabase;
let project: TempProject;

interface UpJson {
  rollout: { id: string; state: string; stopReason: string | null };
  mine: string[];
  targets: Array<{ target: string; state: string; attempts: number; errorCode: string | null; rolloutId: string }>;
  error?: { code: string };
}

beforeAll(async () => {
  db = await createTestDatabase('fleet_waves');
  coordinator = await createTestDatabase('fleet_waves_coord');
  project = tempProject({
    '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
    // Fails on a tenant that already has a table b (the tests plant one).
    '002_b.sql': sqlMigration('CREATE TABLE b (id int);', 'DROP TABLE b;'),
  });
  const c = await db.client();
  for (const s of ['bad_1', 'bad_2', 'bad_3', 'bad_4']) await c.query(`create schema ${s}; create table ${s}.b (x int)`);
}, 60_000);

afterAll(async () => {
  await db.drop();
  await coordinator.drop();
  project.cleanup();
});

function targets(name: string, lines: readonly string[]): string {
  const path = join(project.root, `${name}.txt`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const up = (file: string, ...more: string[]) =>
  runCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--targets', file, '--fleet', file.replace(/.*\/|\.txt$/g, ''), '--coordinator', coordinator.url, '--json', ...more], { cwd: project.root });

const key = (schema: string): string => `${db.url}#${schema}`;

async function schemaExists(name: string): Promise<boolean> {
  const c = await db.client();
  return (await c.query('select 1 from pg_namespace where nspname = $1', [name])).rowCount === 1;
}

it('a failing canary stops the rollout before the other wave; after the fix the next run retries only what is not done', async () => {
  const file = targets('canary', ['ok_1', 'bad_1', 'ok_2', 'ok_3', 'ok_4']);
  const first = await up(file, '--canary', '2', '--concurrency', '2');
  expect(first.code, first.stderr).toBe(1);
  const r1 = JSON.parse(first.stdout) as UpJson;
  expect(r1.error?.code).toBe('LOCKSTEP_E_FLEET_FAILED');
  expect(r1.rollout.state).toBe('stopped');
  expect(r1.rollout.stopReason).toContain(`canary target ${key('bad_1')} failed (LOCKSTEP_E_MIGRATION_FAILED)`);
  const byKey = new Map(r1.targets.map((t) => [t.target, t]));
  expect(byKey.get(key('ok_1'))?.state).toBe('done');
  expect(byKey.get(key('bad_1'))).toMatchObject({ state: 'failed', errorCode: 'LOCKSTEP_E_MIGRATION_FAILED' });
  for (const s of ['ok_2', 'ok_3', 'ok_4']) {
    expect(byKey.get(key(s))?.state).toBe('pending');
    expect(await schemaExists(s)).toBe(false); // never touched
  }
  expect(first.stdout + first.stderr).toContain('bad_1');

  const c = await db.client();
  await c.query('drop table bad_1.b');
  const second = await up(file, '--canary', '2');
  expect(second.code, second.stderr).toBe(0);
  const r2 = JSON.parse(second.stdout) as UpJson;
  expect(r2.rollout.state).toBe('done');
  expect(r2.rollout.id).not.toBe(r1.rollout.id);
  // ok_1 was done at this goal: not claimed again.
  expect(r2.mine.sort()).toEqual(['bad_1', 'ok_2', 'ok_3', 'ok_4'].map(key).sort());
  expect(new Map(r2.targets.map((t) => [t.target, t.attempts])).get(key('ok_1'))).toBe(1);
  expect(first.stderr).toContain('(5 of 5 targets to migrate)');
  expect(second.stderr).toContain('(4 of 5 targets to migrate)');
}, 120_000);

it('fleet down rolls every target back, fleet status shows where each is, fleet plan judges a sample with its own sizes', async () => {
  const file = join(project.root, 'canary.txt');
  const args = ['--dir', project.dir, '--url', db.url, '--targets', file, '--fleet', 'canary', '--coordinator', coordinator.url, '--json'];
  const down = await runCli(['fleet', 'down', ...args, '--step', '1'], { cwd: project.root });
  expect(down.code, down.stderr).toBe(0);
  const d = JSON.parse(down.stdout) as { failed: number; targets: Array<{ target: string; rolledBack: string[] }> };
  expect(d.failed).toBe(0);
  expect(d.targets.map((t) => t.rolledBack)).toEqual([['002'], ['002'], ['002'], ['002'], ['002']]);
  const status = await runCli(['fleet', 'status', ...args], { cwd: project.root });
  const s = JSON.parse(status.stdout) as { versions: unknown; summary: { behind: number } };
  expect(s.versions).toEqual([{ version: '001', targets: 5 }]);
  expect(s.summary.behind).toBe(5);
  const plan = await runCli(['fleet', 'plan', ...args, '--sample', '2'], { cwd: project.root });
  expect(plan.code, plan.stderr).toBe(0);
  const p = JSON.parse(plan.stdout) as { sampled: number; total: number; samples: Array<{ target: string; pending: string[]; errors: number }> };
  expect(p).toMatchObject({ sampled: 2, total: 5 });
  expect(p.samples.map((x) => [x.target, x.pending, x.errors])).toEqual([[key('ok_1'), ['002'], 0], [key('ok_4'), ['002'], 0]]);

  // The coordinator had every target done at this goal; after the rollback the next fleet up migrates them again.
  const again = await runCli(['fleet', 'up', ...args], { cwd: project.root });
  expect(again.code, again.stderr).toBe(0);
  expect((JSON.parse(again.stdout) as UpJson).mine).toHaveLength(5);
  const after = JSON.parse((await runCli(['fleet', 'status', ...args], { cwd: project.root })).stdout) as { versions: unknown };
  expect(after.versions).toEqual([{ version: '002', targets: 5 }]);
}, 120_000);

it('targetsQuery: the platform\'s tenant table drives the fleet', async () => {
  const c = await db.client();
  await c.query("create schema platform; create table platform.tenants (id int primary key, schema_name text not null, active boolean not null); insert into platform.tenants values (1, 'q_1', true), (2, 'q_2', false), (3, 'q_3', true)");
  writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({
    fleets: { tenants: { targetsQuery: 'select schema_name as schema from platform.tenants where active order by id', controlUrl: db.url, coordinator: coordinator.url } },
  }));
  try {
    const r = await runCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--json'], { cwd: project.root });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as UpJson).targets.map((t) => t.target)).toEqual([key('q_1'), key('q_3')]);
    expect(await schemaExists('q_2')).toBe(false);
  } finally {
    rmSync(join(project.root, 'lockstep.config.json'));
  }
}, 60_000);

it('--max-failures stops the rollout at the M-th failed target; the next run retries the failed and the rest', async () => {
  const file = targets('maxfail', ['bad_2', 'bad_3', 'bad_4', 'ok_5', 'ok_6']);
  const first = await up(file, '--max-failures', '2', '--concurrency', '1');
  expect(first.code, first.stderr).toBe(1);
  const r1 = JSON.parse(first.stdout) as UpJson;
  expect(r1.rollout.state).toBe('stopped');
  expect(r1.rollout.stopReason).toContain('--max-failures');
  expect(r1.targets.filter((t) => t.state === 'failed').map((t) => t.target)).toEqual([key('bad_2'), key('bad_3')]);
  expect(r1.targets.filter((t) => t.state === 'pending')).toHaveLength(3);
  expect(first.stdout).not.toContain('"state": "done"');

  const c = await db.client();
  await c.query('drop table bad_2.b; drop table bad_3.b');
  const second = await up(file);
  expect(second.code).toBe(1); // bad_4 still fails, everything else is done
  const r2 = JSON.parse(second.stdout) as UpJson;
  expect(r2.rollout.state).toBe('failed');
  expect(r2.targets.filter((t) => t.state === 'failed').map((t) => t.target)).toEqual([key('bad_4')]);
  expect(r2.targets.filter((t) => t.state === 'done')).toHaveLength(4);
}, 120_000);

it('fleet up --to is a goal of its own: a plain fleet up afterwards migrates every target the rest of the way', async () => {
  const file = targets('partway', ['to_1', 'to_2']);
  const first = await up(file, '--to', '001');
  expect(first.code, first.stderr).toBe(0);
  const r1 = JSON.parse(first.stdout) as UpJson & { goal: { latest: string; count: number } };
  expect(r1.goal).toMatchObject({ latest: '001', count: 1 });
  expect(r1.targets.map((t) => [t.target, t.state])).toEqual([[key('to_1'), 'done'], [key('to_2'), 'done']]);
  const c = await db.client();
  const hasB = async (s: string): Promise<boolean> => (await c.query("select to_regclass($1) is not null as b", [`${s}.b`])).rows[0].b as boolean;
  expect([await hasB('to_1'), await hasB('to_2')]).toEqual([false, false]);

  // Done at 001 is not done at 002: the next rollout takes both targets again instead of reporting them done.
  const second = await up(file);
  expect(second.code, second.stderr).toBe(0);
  const r2 = JSON.parse(second.stdout) as UpJson & { goal: { latest: string } };
  expect(r2.goal.latest).toBe('002');
  expect(r2.rollout.id).not.toBe(r1.rollout.id);
  expect([...r2.mine].sort()).toEqual([key('to_1'), key('to_2')]);
  expect([await hasB('to_1'), await hasB('to_2')]).toEqual([true, true]);

  const unknown = await up(file, '--to', '009');
  expect(unknown.code).toBe(2);
  expect(unknown.stdout + unknown.stderr).toContain('LOCKSTEP_E_UNKNOWN_VERSION');
}, 60_000);

it('the embedded coordinator (no --coordinator) keeps the rollout between runs of one machine', async () => {
  const file = targets('embedded', ['emb_1', 'emb_2']);
  const run = () => runCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--targets', file, '--json'], { cwd: project.root });
  const first = await run();
  expect(first.code, first.stderr).toBe(0);
  const second = await run();
  const r2 = JSON.parse(second.stdout) as UpJson;
  expect(r2.rollout.state).toBe('done');
  expect(r2.mine).toEqual([]); // both were done at this goal
}, 120_000);

it('a runner with --concurrency 12 on the schemas of one database opens more pools rather than starve them', async () => {
  // Each migration holds its session for 11 s: with one pool of 10 connections, the 11th and 12th runs would wait
  // longer than the 10 s connect timeout and fail as LOCKSTEP_E_DB_UNREACHABLE.
  const slow = tempProject({ '001_slow.sql': sqlMigration('CREATE TABLE slow (id int);\nSELECT pg_sleep(11);', 'DROP TABLE slow;') });
  try {
    const file = targets('wide', Array.from({ length: 12 }, (_, i) => `wide_${i}`));
    const r = await runCli(['fleet', 'up', '--dir', slow.dir, '--url', db.url, '--targets', file, '--fleet', 'wide', '--coordinator', coordinator.url, '--json', '--concurrency', '12'], { cwd: slow.root });
    expect(r.code, r.stdout).toBe(0);
    expect((JSON.parse(r.stdout) as UpJson).targets.filter((t) => t.state === 'done')).toHaveLength(12);
  } finally {
    slow.cleanup();
  }
}, 120_000);

it('a bad line in the targets file is refused with its file and line, before anything runs', async () => {
  const file = targets('broken', ['# tenants', 'ok_9', 'postgres://x@h/db tenant extra']);
  const r = await runCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--targets', file], { cwd: project.root });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('LOCKSTEP_E_FLEET_TARGETS');
  expect(r.stderr).toContain('broken.txt:3');
  expect(await schemaExists('ok_9')).toBe(false);
  const dup = targets('dup', ['ok_9', 'ok_9']);
  const d = await runCli(['fleet', 'status', '--dir', project.dir, '--url', db.url, '--targets', dup], { cwd: project.root });
  expect(d.code).toBe(2);
  expect(d.stderr).toContain('dup.txt:2: target');
  expect(d.stderr).toContain('listed twice');
}, 60_000);

it('a lease shorter than its heartbeats can keep is refused before anything runs', async () => {
  const file = targets('lease', ['ok_10']);
  const r = await runCli(['fleet', 'up', '--dir', project.dir, '--url', db.url, '--targets', file, '--lease', '10ms'], { cwd: project.root });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('LOCKSTEP_E_USAGE');
  expect(r.stderr).toContain('--lease of 10 ms');
  expect(await schemaExists('ok_10')).toBe(false);
}, 60_000);
