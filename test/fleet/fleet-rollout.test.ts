/**
 * Issue 15's acceptance: 20 databases and 50 tenant schemas; three `fleet up` runners share one coordinator, one is
 * SIGKILLed mid-rollout and the others finish its targets once its leases run out; every migration ran exactly once
 * on every target (each writes a row to a log table in the same transaction as its history row).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';

const DATABASES = 20;
const SCHEMAS = 50;
const MIGRATIONS = ['001', '002', '003', '004'];

let coordinator: TestDatabase;
let tenants: TestDatabase;
let databases: TestDatabase[] = [];
let project: TempProject;
let targetsFile: string;

beforeAll(async () => {
  coordinator = await createTestDatabase('fleet_coord');
  tenants = await createTestDatabase('fleet_tenants');
  databases = await Promise.all(Array.from({ length: DATABASES }, (_, i) => createTestDatabase(`fleet_db${i}`)));
  project = tempProject({
    '001_log.sql': sqlMigration("CREATE TABLE mig_log (id text NOT NULL, at timestamptz NOT NULL DEFAULT now());\nINSERT INTO mig_log (id) VALUES ('001');", 'DROP TABLE mig_log;'),
    '002_accounts.sql': sqlMigration("CREATE TABLE accounts (id bigint PRIMARY KEY);\nINSERT INTO mig_log (id) VALUES ('002');\nSELECT pg_sleep(0.05);", 'DROP TABLE accounts;'),
    '003_index.sql': sqlMigration("CREATE INDEX accounts_id ON accounts (id);\nINSERT INTO mig_log (id) VALUES ('003');", 'DROP INDEX accounts_id;'),
    '004_more.sql': sqlMigration("ALTER TABLE accounts ADD COLUMN note text;\nINSERT INTO mig_log (id) VALUES ('004');\nSELECT pg_sleep(0.05);", 'ALTER TABLE accounts DROP COLUMN note;'),
  });
  const lines = ['# 20 databases, then 50 tenant schemas of one database (--url)', ...databases.map((d) => d.url), ''];
  for (let i = 1; i <= SCHEMAS; i++) lines.push(`tenant_${String(i).padStart(2, '0')}`);
  targetsFile = join(project.root, 'targets.txt');
  writeFileSync(targetsFile, `${lines.join('\n')}\n`);
}, 180_000);

afterAll(async () => {
  await Promise.all([coordinator, tenants, ...databases].filter(Boolean).map((d) => d.drop().catch(() => undefined)));
  project.cleanup();
}, 120_000);

async function logCounts(url: string, schema: string | undefined): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const table = schema ? `${schema}.mig_log` : 'public.mig_log';
    const { rows } = await c.query<{ id: string; n: number }>(`select id, count(*)::int as n from ${table} group by id order by id`);
    return Object.fromEntries(rows.map((r) => [r.id, r.n]));
  } finally {
    await c.end();
  }
}

const fleetArgs = (): string[] => ['--dir', project.dir, '--url', tenants.url, '--targets', targetsFile, '--coordinator', coordinator.url];

it('three runners, one SIGKILLed mid-rollout: the others finish, every migration exactly once per target', async () => {
  const args = ['fleet', 'up', ...fleetArgs(), '--concurrency', '3', '--lease', '2s', '--json'];
  const runners = [0, 1, 2].map(() => spawnCli(args, { cwd: project.root }));
  const victim = runners[0]!;
  await waitFor('the first runner to finish two targets', () => (victim.stderr().match(/✓/g) ?? []).length >= 2, 90_000, 50);
  // Killed while it holds claims: those targets are stuck until their lease runs out.
  const c = await coordinator.client();
  const held = async (): Promise<boolean> => (await c.query("select 1 from lockstep_fleet.targets where state = 'running' and runner like $1", [`%:${victim.child.pid}:%`])).rowCount! > 0;
  await waitFor('the first runner to hold a claim', held, 30_000, 10);
  victim.child.kill('SIGKILL');
  const [killed, ...rest] = await Promise.all(runners.map((r) => r.exited));
  expect(killed?.signal).toBe('SIGKILL');
  for (const r of rest) expect(r.code, r.stderr).toBe(0);

  // Exactly once, on every database and every schema.
  const expected = Object.fromEntries(MIGRATIONS.map((m) => [m, 1]));
  for (const d of databases) expect(await logCounts(d.url, undefined), d.name).toEqual(expected);
  for (let i = 1; i <= SCHEMAS; i++) expect(await logCounts(tenants.url, `tenant_${String(i).padStart(2, '0')}`)).toEqual(expected);

  // The victim's claims were taken over after their lease ran out: some target needed a second attempt.
  const last = JSON.parse(rest[0]!.stdout) as { rollout: { state: string }; targets: Array<{ state: string; attempts: number }> };
  expect(last.rollout.state).toBe('done');
  expect(last.targets.every((t) => t.state === 'done')).toBe(true);
  expect(last.targets.some((t) => t.attempts >= 2)).toBe(true);

  const status = await runCli(['fleet', 'status', ...fleetArgs(), '--json'], { cwd: project.root });
  expect(status.code, status.stderr).toBe(0);
  const s = JSON.parse(status.stdout) as { summary: { total: number; upToDate: number; behind: number }; versions: Array<{ version: string; targets: number }> };
  expect(s.summary).toMatchObject({ total: DATABASES + SCHEMAS, upToDate: DATABASES + SCHEMAS, behind: 0 });
  expect(s.versions).toEqual([{ version: '004', targets: DATABASES + SCHEMAS }]);
}, 240_000);
