/**
 * Fleets made visible: the webhook on a failed wave (sent once, by the runner that stopped the rollout), the
 * service's /v1/fleets routes, and the per-fleet Prometheus gauges. The fleet comes from the config file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { createApp } from '../../src/http/app.js';
import { createServerContext } from '../../src/http/start-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let coordinator: TestDatabase;
let project: TempProject;
let receiver: Server;
const received: Array<{ text: string; lockstep: Record<string, unknown> }> = [];
const TOKEN = 'fleet-reader-token-0123456789';

beforeAll(async () => {
  db = await createTestDatabase('fleet_visible');
  coordinator = await createTestDatabase('fleet_visible_coord');
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body) as (typeof received)[number]);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as AddressInfo).port;
  project = tempProject({
    '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
    '002_b.sql': sqlMigration('CREATE TABLE b (id int);', 'DROP TABLE b;'),
    '003_c.sql': sqlMigration('CREATE TABLE c (id int);', 'DROP TABLE c;'),
  });
  const c = await db.client();
  await c.query('create schema shop_2; create table shop_2.b (x int)'); // 002 fails there
  writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({
    url: db.url,
    fleets: { shops: { targets: ['shop_1', 'shop_2', 'shop_3', 'shop_4'], coordinator: coordinator.url, canary: 2, concurrency: 2 } },
    alerts: { webhooks: [{ url: `http://127.0.0.1:${port}/hook` }] },
    serve: { tokens: [{ name: 'reader', token: TOKEN, scope: 'read', environments: ['*'] }] },
  }));
}, 60_000);

afterAll(async () => {
  receiver.close();
  await db.drop();
  await coordinator.drop();
  project.cleanup();
});

it('a failed canary wave raises one webhook naming the rollout, the failed target and its error', async () => {
  const r = await runCli(['fleet', 'up'], { cwd: project.root });
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toContain('LOCKSTEP_E_FLEET_FAILED');
  expect(received).toHaveLength(1);
  const alert = received[0]!;
  expect(alert.text).toContain('[lockstep] fleet:shops: rollout');
  expect(alert.text).toContain('stopped (canary target');
  expect(alert.text).toContain('#shop_2 (LOCKSTEP_E_MIGRATION_FAILED)');
  expect(alert.lockstep).toMatchObject({ event: 'failure', fleet: 'shops', state: 'stopped', notMigrated: 2 });
}, 60_000);

it('serves the fleets and one fleet\'s targets × migrations, and exports per-fleet gauges', async () => {
  const config = await resolveConfig({ cwd: project.root }, {});
  const ctx = createServerContext(config, { log: () => undefined, env: {} });
  const app = createApp(ctx);
  const auth = { headers: { authorization: `Bearer ${TOKEN}` } };
  try {
    const list = (await (await app.request('/v1/fleets', auth)).json()) as { fleets: Array<{ name: string; rollout: { state: string } | null }> };
    expect(list.fleets).toEqual([expect.objectContaining({ name: 'shops', rollout: expect.objectContaining({ state: 'stopped' }) })]);

    const res = await app.request('/v1/fleets/shops', auth);
    expect(res.status).toBe(200);
    const fleet = (await res.json()) as { byMigration: Array<{ id: string; counts: Record<string, number> }>; summary: Record<string, number>; targets: Array<{ target: string; failedAt: string | null; states: Record<string, string> }> };
    expect(fleet.summary).toMatchObject({ total: 4, upToDate: 1, behind: 3 });
    // shop_1 is done; shop_2 has 001 applied and failed at 002 (each migration commits alone), so 003 was never
    // attempted there and is pending, not failed; 3 and 4 never ran.
    expect(fleet.byMigration).toEqual([
      { id: '001', counts: { applied: 2, pending: 2 } },
      { id: '002', counts: { applied: 1, failed: 1, pending: 2 } },
      { id: '003', counts: { applied: 1, pending: 3 } },
    ]);
    expect(fleet.targets.map((t) => t.failedAt)).toEqual([null, '002', null, null]);
    const metrics = await (await app.request('/metrics', auth)).text();
    expect(metrics).toContain('lockstep_fleet_targets{fleet="shops",state="up_to_date"} 1');
    expect(metrics).toContain('lockstep_fleet_targets{fleet="shops",state="behind"} 3');
    expect(metrics).toContain('lockstep_fleet_rollout_failed_targets{fleet="shops"} 1');

    expect((await app.request('/v1/fleets/nope', auth)).status).toBe(404);
    expect((await app.request('/v1/fleets/shops')).status).toBe(401);
  } finally {
    await ctx.pool.close();
  }
}, 60_000);
