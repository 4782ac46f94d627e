/** The snapshot session: long queries are prepared (and prepared again as the schema grows) and give the same answers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/index.js';
import { preparingSession } from '../../src/rehearsal/index.js';
import { snapshotSchema } from '../../src/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase('preparing');
});
afterAll(async () => {
  await testDb?.drop();
});

describe.each(['server', 'pglite'] as const)('%s', (kind) => {
  let db: Database;
  beforeAll(() => {
    db = openDatabase(kind === 'server' ? testDb.url : 'pglite://memory');
  });
  afterAll(async () => {
    await db.close();
  });

  it('prepares the snapshot query once and returns the same snapshot as a plain session', async () => {
    const session = await db.connect('lockstep test');
    try {
      await session.exec(`create table if not exists things (id int primary key, name text not null check (name <> ''), "odd ""name""" int default 3);
        create index if not exists things_name_idx on things (name);`);
      const prepared = preparingSession(session);
      const plain = await snapshotSchema(session);
      for (let i = 0; i < 7; i++) expect(await snapshotSchema(prepared)).toEqual(plain);
      const statements = await session.query<{ n: number }>(`select count(*)::int as n from pg_prepared_statements where name like 'lockstep_q_%'`);
      expect(statements.rows[0]?.n).toBe(1);
      // A short query or one without parameters passes through untouched.
      expect((await prepared.query<{ v: number }>('select $1::int + 1 as v', [41])).rows[0]?.v).toBe(42);
      // Quotes in string parameters survive the literal encoding.
      const long = `select $1::text as v, $2::text[] as a /*${'x'.repeat(2100)}*/`;
      const res = await prepared.query<{ v: string; a: string[] }>(long, ["it's", ['a"b', 'c\\d', "e'f"]]);
      expect(res.rows[0]).toEqual({ v: "it's", a: ['a"b', 'c\\d', "e'f"] });
    } finally {
      await session.release();
    }
  });

  it('prepares statements without parameters too, and prepares again as runs double, even when two wrappers share the backend', async () => {
    const session = await db.connect('lockstep test');
    try {
      const a = preparingSession(session);
      const b = preparingSession(session);
      const withParam = `select $1::int as v /*${'y'.repeat(2100)}*/`;
      const without = `select 42 as v /*${'z'.repeat(2100)}*/`;
      // Past the re-preparations at 16 and 32 runs: each wrapper drops and prepares again the statement the other one uses too.
      for (let i = 0; i < 40; i++) {
        expect((await a.query<{ v: number }>(withParam, [i])).rows[0]?.v).toBe(i);
        expect((await b.query<{ v: number }>(withParam, [i + 1])).rows[0]?.v).toBe(i + 1);
        expect((await a.query<{ v: number }>(without)).rows[0]?.v).toBe(42);
      }
      const statements = await session.query<{ n: number }>(
        `select count(*)::int as n from pg_prepared_statements where name like 'lockstep_q_%' and (statement like '%yyyy%' or statement like '%zzzz%')`,
      );
      expect(statements.rows[0]?.n).toBe(2);
    } finally {
      await session.release();
    }
  });
});
