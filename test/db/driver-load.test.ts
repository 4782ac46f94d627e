/**
 * Loading `pg` (db/pg/pg-database.ts requireDriver) costs a CLI run no more than pg itself: on Node 20, where
 * the global `navigator` is missing, pg's Cloudflare check would build a `Response` and load Node's fetch
 * implementation. Checked in a fresh process on the built package: after a session has connected, Node's
 * fetch implementation is still unloaded and no `navigator` is left behind (or the one Node defines is kept).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase('driver_load');
});
afterAll(async () => {
  await tdb.drop();
});

it('connects without loading fetch, and leaves the global navigator as it found it', () => {
  const script = `
    const before = typeof globalThis.navigator;
    const { PgDatabase } = await import(${JSON.stringify(join(REPO_ROOT, 'dist/db/pg/pg-database.js'))});
    const db = new PgDatabase(process.argv[1]);
    const s = await db.connect('lockstep driver-load-test');
    const { rows } = await s.query('select 1 as one');
    await s.release();
    await db.close();
    const undici = process.moduleLoadList.some((m) => m.includes('undici'));
    console.log(JSON.stringify({ one: rows[0].one, undici, before, after: typeof globalThis.navigator }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, tdb.url], { encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { one: number; undici: boolean; before: string; after: string };
  expect(r.one).toBe(1);
  expect(r.undici).toBe(false);
  expect(r.after).toBe(r.before);
});
