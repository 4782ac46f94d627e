/** The coordinator's reads of a fleet's rollouts, on a real server, past the ninth rollout. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Coordinator } from '../../src/fleet/coordinator.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let coordinator: Coordinator;
const opts = { canary: 0, maxFailures: undefined, leaseMs: 30_000 };

beforeAll(async () => {
  db = await createTestDatabase('fleet_coordinator');
  coordinator = await Coordinator.open(db.url);
}, 60_000);

afterAll(async () => {
  await coordinator?.close();
  await db?.drop();
});

it('the last rollout and the running one are the newest by number, not by their text (rollout 10 comes after 9)', async () => {
  const c = await db.client();
  // Nine finished rollouts, then the tenth still running.
  await c.query("insert into lockstep_fleet.rollouts (fleet, goal, latest, state, finished_at) select 'f', 'g', '001', 'done', now() from generate_series(1, 9)");
  await c.query("insert into lockstep_fleet.rollouts (fleet, goal, latest, state) values ('f', 'g', '001', 'running'), ('f', 'g', '001', 'running')");
  await c.query("update lockstep_fleet.rollouts set state = 'abandoned', finished_at = now() where id = 10");
  const last = await coordinator.lastRollout('f');
  expect(last).toMatchObject({ id: '11', state: 'running' });
  // A runner joins the running rollout 11 (the newest), not a new one.
  expect(await coordinator.join('f', ['t1'], { hash: 'g', latest: '001' }, opts)).toEqual({ id: '11', started: false });

  // Rollout 11 fails: the fleet's last rollout is the failed one, not the done rollout 9.
  await c.query("update lockstep_fleet.rollouts set state = 'failed', finished_at = now() where id = 11");
  expect((await coordinator.lastRollout('f'))?.state).toBe('failed');
}, 60_000);
