/**
 * `lockstep drift`: the live schema against the schema its applied history produces (replayed in a
 * shadow), and one environment against another. An out-of-band ALTER is reported by object.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

let staging: TestDatabase;
let prod: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  [staging, prod] = await Promise.all([createTestDatabase('drift_staging'), createTestDatabase('drift_prod')]);
  project = tempProject({
    '001_customers.sql': sqlMigration('CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);', 'DROP TABLE customers;'),
    '002_orders.sql': sqlMigration(
      'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), total_cents int NOT NULL);\nCREATE INDEX orders_customer_idx ON orders (customer_id);',
      'DROP TABLE orders;',
    ),
  });
  writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({
    dir: 'migrations',
    environments: { staging: { url: staging.url }, prod: { url: prod.url, protected: true } },
  }));
  for (const env of ['staging', 'prod']) {
    const m = await createMigrator({ cwd: project.root, env });
    try {
      await m.up();
    } finally {
      await m.close();
    }
  }
});

afterAll(async () => {
  project?.cleanup();
  await Promise.all([staging?.drop(), prod?.drop()]);
});

async function driftOf(env: string, opts: { against?: string; shadowUrl?: string } = {}) {
  const m = await createMigrator({ cwd: project.root, env });
  try {
    return await m.drift(opts);
  } finally {
    await m.close();
  }
}

it('reports no drift when the live schema is what the history produces', async () => {
  const report = await driftOf('staging');
  expect(report).toMatchObject({ mode: 'history', drifted: false, differences: [], reference: { replayed: 2 } });
}, 60_000);

it('detects an out-of-band ALTER, by object, on a server shadow and on PGlite', async () => {
  const c = await staging.client();
  await c.query('ALTER TABLE orders ALTER COLUMN total_cents TYPE bigint');
  await c.query('ALTER TABLE orders ADD COLUMN note text');
  await c.query('DROP INDEX orders_customer_idx');
  const expected = [
    { kind: 'removed', objectType: 'index', name: 'public.orders_customer_idx' },
    { kind: 'changed', objectType: 'column', name: 'public.orders.total_cents', details: ['type: integer → bigint'] },
    { kind: 'added', objectType: 'column', name: 'public.orders.note' },
  ];
  for (const shadowUrl of [undefined, staging.url, 'pglite://memory']) {
    const report = await driftOf('staging', shadowUrl ? { shadowUrl } : {});
    expect(report.drifted).toBe(true);
    expect(report.differences).toEqual(expect.arrayContaining(expected));
    expect(report.differences).toHaveLength(3);
  }
  const cli = await runCli(['drift', '--env', 'staging'], { cwd: project.root });
  expect(cli.code).toBe(1);
  expect(cli.stdout).toContain('3 objects changed outside Lockstep');
  expect(cli.stdout).toContain('~ changed column public.orders.total_cents');
  expect(cli.stdout).toContain('    type: integer → bigint');
  const clean = await runCli(['drift', '--env', 'prod', '--json'], { cwd: project.root });
  expect(clean.code, clean.stderr).toBe(0);
  expect(JSON.parse(clean.stdout)).toMatchObject({ drifted: false });
}, 120_000);

it('compares two environments with --against', async () => {
  const report = await driftOf('staging', { against: 'prod' });
  expect(report).toMatchObject({ mode: 'environment', reference: { name: 'prod' }, drifted: true });
  expect(report.differences.map((d) => `${d.kind} ${d.name}`).sort()).toEqual(['added public.orders.note', 'changed public.orders.total_cents', 'removed public.orders_customer_idx']);
  const cli = await runCli(['drift', '--env', 'staging', '--against', 'prod', '--json'], { cwd: project.root });
  expect(cli.code).toBe(1);
  expect(JSON.parse(cli.stdout)).toMatchObject({ mode: 'environment', drifted: true });
}, 60_000);

it('schema dump prints the live schema as SQL or JSON, without the history schema', async () => {
  const sql = await runCli(['schema', 'dump', '--env', 'prod'], { cwd: project.root });
  expect(sql.code, sql.stderr).toBe(0);
  expect(sql.stdout).toContain('CREATE TABLE public.orders');
  expect(sql.stdout).not.toContain('lockstep.migrations');
  const json = await runCli(['schema', 'dump', '--env', 'prod', '--format', 'json'], { cwd: project.root });
  const snapshot = JSON.parse(json.stdout) as { tables: Array<{ schema: string; name: string }> };
  expect(snapshot.tables.map((t) => `${t.schema}.${t.name}`)).toEqual(['public.customers', 'public.orders']);
});

// On PostgreSQL 17+ a partition inherits its parent's identity column; on 15 it does not. Compared directly, a
// PostgreSQL 18 replay and a 15 target differ in "identity" of public.events_2024.id: a difference of version only.
it('reports no difference that comes only from the shadow\'s version (a PGlite shadow of another major than the target)', async () => {
  const p = tempProject({
    '001_events.sql': sqlMigration(
      "CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL, kind text NOT NULL DEFAULT 'x', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);\nCREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\nCREATE VIEW recent AS SELECT id, kind FROM events WHERE at > '2024-06-01';",
      'DROP VIEW recent;\nDROP TABLE events;',
    ),
  });
  const db = await createTestDatabase('drift_version');
  try {
    const m = await createMigrator({ dir: p.dir, cwd: p.root, url: db.url });
    try {
      await m.up();
      const onPglite = await m.drift({ shadowUrl: 'pglite://memory' });
      expect(onPglite.shadow).toMatchObject({ kind: 'pglite', serverVersion: expect.any(Number) });
      const versionsDiffer = Math.floor((onPglite.shadow?.serverVersion ?? 0) / 10000) !== Math.floor(Number((await (await db.client()).query('show server_version_num')).rows[0].server_version_num) / 10000);
      if (versionsDiffer) expect(onPglite.notes[0]).toContain('differences that come only from the version are not reported');
      expect(onPglite.differences).toEqual([]);
      const local = await m.drift();
      expect(local).toMatchObject({ drifted: false, shadow: { kind: versionsDiffer ? 'local' : 'pglite' } });
      // A real change is still reported on the PGlite shadow.
      await (await db.client()).query('ALTER TABLE events ADD COLUMN note text');
      const changed = await m.drift({ shadowUrl: 'pglite://memory' });
      expect(changed.differences.map((d) => `${d.kind} ${d.objectType} ${d.name}`)).toEqual(['added column public.events.note', 'added column public.events_2024.note']);
    } finally {
      await m.close();
    }
  } finally {
    await db.drop();
    p.cleanup();
  }
}, 120_000);
