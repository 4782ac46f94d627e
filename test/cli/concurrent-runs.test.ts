/** Eight deploy pods start `lockstep up` at once on a fresh database: each migration runs exactly once. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;
const COUNT = 12;

beforeAll(async () => {
  db = await createTestDatabase('concurrent');
  const files: Record<string, string> = {};
  for (let i = 1; i <= COUNT; i++) {
    const v = String(i).padStart(3, '0');
    // pg_sleep makes the runs overlap for real; a second run of any migration would fail on CREATE TABLE.
    files[`${v}_t${i}.sql`] = sqlMigration(`CREATE TABLE t${i} (id bigint PRIMARY KEY);\nSELECT pg_sleep(0.05);`, `DROP TABLE t${i};`);
  }
  project = tempProject(files);
});

afterAll(async () => {
  await db.drop();
  project.cleanup();
});

it('eight real processes: every migration applied exactly once, every process exits 0 or with the run-lock error', async () => {
  const runs = await Promise.all(
    Array.from({ length: 8 }, () => runCli(['up', '--dir', project.dir, '--url', db.url, '--lock-wait', '60s', '--json'], { cwd: project.root })),
  );
  for (const r of runs) expect([0, 5], r.stderr).toContain(r.code);
  const appliedByRun = runs.filter((r) => r.code === 0).map((r) => (JSON.parse(r.stdout) as { done: unknown[] }).done.length);
  expect(appliedByRun.reduce((a, b) => a + b, 0)).toBe(COUNT);
  const c = await db.client();
  const rows = await c.query<{ n: number; d: number }>('select count(*)::int as n, count(distinct version)::int as d from lockstep.migrations where status = $1', ['applied']);
  expect(rows.rows[0]).toEqual({ n: COUNT, d: COUNT });
  const events = await c.query<{ n: number }>("select count(*)::int as n from lockstep.events where kind = 'apply'");
  expect(events.rows[0]?.n).toBe(COUNT);
  const failures = await c.query<{ n: number }>("select count(*)::int as n from lockstep.events where kind = 'fail'");
  expect(failures.rows[0]?.n).toBe(0);
});
