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
  for (const shadowUrl of [undefined, staging.url]) {
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
