/** Session.cancel() of the pg adapter: ends the running statement with SQLSTATE 57014, leaves an idle session alone. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DbError, type Database } from '../../src/db/index.js';
import { PgDatabase } from '../../src/db/pg/pg-database.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let db: Database;
beforeAll(async () => {
  tdb = await createTestDatabase('cancel');
  db = new PgDatabase(tdb.url);
});
afterAll(async () => {
  await db.close();
  await tdb.drop();
});

it('cancels the statement in flight; the session stays usable', async () => {
  const s = await db.connect('lockstep cancel-test');
  const running = s.exec('select pg_sleep(30)').then(() => undefined, (e: unknown) => e);
  await new Promise((r) => setTimeout(r, 200));
  const started = performance.now();
  await s.cancel?.();
  const err = await running;
  expect(performance.now() - started).toBeLessThan(1000);
  expect(err).toBeInstanceOf(DbError);
  expect((err as DbError).sqlState).toBe('57014');
  expect((await s.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
  await s.release();
});

it('a cancel sent the moment the statement is sent still lands (it is repeated until the statement ends)', async () => {
  const s = await db.connect('lockstep cancel-test');
  const running = s.exec('select pg_sleep(30)').then(() => undefined, (e: unknown) => e);
  await s.cancel?.();
  expect((await running as DbError).sqlState).toBe('57014');
  await s.release();
});

it('does nothing on an idle session', async () => {
  const s = await db.connect('lockstep cancel-test');
  await s.cancel?.();
  expect((await s.query<{ one: number }>('select 1 as one')).rows).toEqual([{ one: 1 }]);
  await s.release();
});
