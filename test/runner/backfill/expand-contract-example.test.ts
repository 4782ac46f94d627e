/** examples/expand-contract applies, keeps old and new writers in step, and rolls back, on PostgreSQL. */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigrator, type Migrator } from '../../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { REPO_ROOT } from '../../support/fixtures.js';

let db: TestDatabase;
let m: Migrator;
beforeAll(async () => {
  db = await createTestDatabase('expand_contract');
  m = await createMigrator({ cwd: REPO_ROOT, dir: join(REPO_ROOT, 'examples/expand-contract/migrations'), url: db.url });
});
afterAll(async () => {
  await m?.close();
  await db?.drop();
});

const columns = async (): Promise<string[]> =>
  (await (await db.client()).query("select column_name from information_schema.columns where table_name = 'users' order by ordinal_position")).rows.map((r) => r.column_name as string);

it('expands, backfills in batches, keeps both columns in step, contracts, and rolls all the way back', async () => {
  const c = await db.client();
  const expanded = await m.up({ to: '20240302090100' });
  expect(expanded.failed).toBeUndefined();
  expect((await c.query('select count(*)::int as n from users where display_name is distinct from fullname')).rows[0].n).toBe(0);
  expect((await c.query('select batches from lockstep.backfills')).rows).toEqual([{ batches: 5 }]);
  // Old code writes fullname, new code writes display_name: the trigger keeps the other column in step.
  await c.query("update users set fullname = 'Old Writer' where id = 1");
  await c.query("insert into users (email, display_name) values ('new@example.com', 'New Writer')");
  expect((await c.query("select display_name, fullname from users where id = 1 or email = 'new@example.com' order by id")).rows)
    .toEqual([{ display_name: 'Old Writer', fullname: 'Old Writer' }, { display_name: 'New Writer', fullname: 'New Writer' }]);

  const contracted = await m.up();
  expect(contracted.failed).toBeUndefined();
  expect(await columns()).toEqual(['id', 'email', 'display_name']);
  expect((await c.query("select is_nullable from information_schema.columns where table_name = 'users' and column_name = 'display_name'")).rows[0].is_nullable).toBe('NO');

  await m.down({ step: 1 });
  expect(await columns()).toEqual(['id', 'email', 'display_name', 'fullname']);
  expect((await c.query('select count(*)::int as n from users where fullname is distinct from display_name')).rows[0].n).toBe(0);
  const back = await m.down({ to: '0' });
  expect(back.failed).toBeUndefined();
  expect(await columns()).toEqual([]);
  const again = await m.up();
  expect(again.done).toHaveLength(7);
});
