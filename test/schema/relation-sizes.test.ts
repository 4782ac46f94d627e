/**
 * schema/relation-sizes.ts, the one home of "how big is this relation" (plan and impact, lint --url and up's gate),
 * against a real server: it reads the catalog only, so a table another session holds ACCESS EXCLUSIVE does not make
 * it wait, and its figures agree with pg_total_relation_size and reltuples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type { Database, Session } from '../../src/db/index.js';
import { openDatabase } from '../../src/db/index.js';
import { readDatabaseFacts, readTableSizes } from '../../src/lint/index.js';
import { readRelationSizes } from '../../src/schema/index.js';
import { initParser, parseSection } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let db: Database;
let setup: pg.Client;

/** Waits until the statistics show the rows written (they are flushed at most once a second). */
async function statsShow(c: pg.Client, table: string, rows: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const r = await c.query<{ n: string }>('select coalesce(n_live_tup, 0) as n from pg_stat_all_tables where relid = $1::regclass', [table]);
    if (Number(r.rows[0]?.n) >= rows) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the statistics never showed ${rows} rows in ${table}`);
}

beforeAll(async () => {
  await initParser();
  tdb = await createTestDatabase('relsizes');
  setup = await tdb.client();
  await setup.query(`
    CREATE TABLE big (id bigint PRIMARY KEY, a int, pad text);
    INSERT INTO big SELECT g, g % 100, repeat('x', 20) FROM generate_series(1, 20000) g;
    CREATE TABLE docs (id bigint PRIMARY KEY, body text);
    INSERT INTO docs SELECT g, (SELECT string_agg(md5(g::text || i::text), '') FROM generate_series(1, 200) i) FROM generate_series(1, 500) g;
    CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
    CREATE TABLE events_a PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
    CREATE TABLE events_b PARTITION OF events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01') PARTITION BY RANGE (at);
    CREATE TABLE events_b1 PARTITION OF events_b FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
    INSERT INTO events SELECT g, date '2020-01-01' + (g % 700) FROM generate_series(1, 30000) g;
    CREATE TABLE legacy (id bigint);
    CREATE TABLE legacy_child () INHERITS (legacy);
    INSERT INTO legacy_child SELECT g FROM generate_series(1, 1000) g;
    ANALYZE big; ANALYZE docs; ANALYZE events_a; ANALYZE events_b1; ANALYZE legacy; ANALYZE legacy_child;
    CREATE TABLE fresh (id bigint, note text);
    INSERT INTO fresh SELECT g, 'abc' FROM generate_series(1, 5000) g;
  `);
  await statsShow(setup, 'fresh', 5000);
  await statsShow(setup, (await setup.query<{ t: string }>("select reltoastrelid::regclass::text as t from pg_class where relname = 'docs'")).rows[0]?.t ?? '', 1);
  db = openDatabase(tdb.url);
});

afterAll(async () => {
  await db?.close();
  await tdb?.drop();
});

async function withSession<T>(fn: (s: Session) => Promise<T>): Promise<T> {
  const session = await db.connect('relation-sizes test');
  try {
    return await fn(session);
  } finally {
    await session.release();
  }
}

describe('readRelationSizes', () => {
  it("agrees with pg_total_relation_size and reltuples on analyzed tables (the catalog counts no free-space or visibility map: within 5%)", async () => {
    const truth = await setup.query<{ relname: string; total: string; reltuples: number }>(
      "select relname, pg_total_relation_size(oid) as total, reltuples from pg_class where relname in ('big', 'docs')",
    );
    const sizes = await withSession((s) => readRelationSizes(s, { names: ['big', 'public.docs'] }));
    for (const [name, t] of [['big', truth.rows.find((r) => r.relname === 'big')], ['public.docs', truth.rows.find((r) => r.relname === 'docs')]] as const) {
      const size = sizes.get(name);
      expect(size?.rows).toBe(t?.reltuples);
      expect(size?.rowsSource).toBe('reltuples');
      const total = Number(t?.total);
      expect(size?.bytes).toBeGreaterThan(total * 0.95);
      expect(size?.bytes).toBeLessThanOrEqual(total);
    }
    // docs is mostly TOAST, which ANALYZE does not measure: its chunks count it until a VACUUM does.
    expect(sizes.get('public.docs')?.heapBytes).toBeGreaterThan(4_000_000);
    expect(sizes.get('big')?.indexes).toBe(1);
  });

  it('sums a partitioned table over its leaves, through a nested partitioned table, and keeps the names as given', async () => {
    const sizes = await withSession((s) => readRelationSizes(s, { names: ['events', 'events_b', 'ghost', '?'] }));
    expect([...sizes.keys()].sort()).toEqual(['events', 'events_b']);
    const leaves = await setup.query<{ rows: number; bytes: string }>(
      "select sum(reltuples) as rows, sum(pg_total_relation_size(oid)) as bytes from pg_class where relname in ('events_a', 'events_b1')",
    );
    expect(sizes.get('events')).toMatchObject({ relation: 'public.events', rows: 30000, rowsSource: 'reltuples', partitioned: true });
    expect(sizes.get('events')?.bytes).toBeGreaterThan(Number(leaves.rows[0]?.bytes) * 0.9);
    expect(sizes.get('events_b')?.rows).toBeLessThan(30000);
    // Inheritance that is not partitioning is not summed: the parent counts its own rows only.
    const inherited = await withSession((s) => readRelationSizes(s, { names: ['legacy', 'legacy_child'] }));
    expect([inherited.get('legacy')?.rows, inherited.get('legacy_child')?.rows]).toEqual([0, 1000]);
    // Every user relation, as plan reads them: the partitioned table summed, the history schema left out.
    const all = await withSession((s) => readRelationSizes(s, { excludeSchemas: ['public'] }));
    expect(all.size).toBe(0);
    const everything = await withSession((s) => readRelationSizes(s, { excludeSchemas: [] }));
    expect(everything.get('public.events')?.rows).toBe(30000);
    expect(everything.get('public.events_a')?.partitioned).toBeUndefined();
  });

  it('counts a table never analyzed from the statistics for plan, and as rows unknown (-1) for the lint', async () => {
    const sizes = await withSession((s) => readRelationSizes(s, { names: ['fresh'] }));
    expect(sizes.get('fresh')).toMatchObject({ rows: 5000, rowsSource: 'n_live_tup', bytesSource: 'row width guess' });
    const forLint = await withSession((s) => readTableSizes(s, ['fresh']));
    expect(forLint.get('fresh')?.rows).toBe(-1);
    expect(forLint.get('fresh')?.bytes).toBeGreaterThan(100_000);
  });

  it("returns promptly under lock_timeout while another session holds ACCESS EXCLUSIVE on the table, where pg_total_relation_size times out", async () => {
    const holder = await tdb.client('holds the lock');
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE big, events IN ACCESS EXCLUSIVE MODE');
    try {
      await withSession(async (s) => {
        await s.exec("SET lock_timeout = '200ms'");
        // The check that this test can fail: the function the lint used before waits and times out.
        await expect(s.query("select pg_total_relation_size('big')")).rejects.toMatchObject({ sqlState: '55P03' });
        const started = Date.now();
        const sizes = await readRelationSizes(s, { names: ['big', 'events'] });
        expect(sizes.get('big')?.rows).toBe(20000);
        expect(sizes.get('events')?.rows).toBe(30000);
        // What lint --url and up's gate read of the target: sizes, indexes, column types, foreign keys.
        const facts = await readDatabaseFacts(s, parseSection({ sql: 'ALTER TABLE big ALTER COLUMN pad TYPE varchar; CREATE INDEX ON events (at);', path: 'x.sql', startLine: 1 }), {});
        expect(facts.tableSizes?.get('big')).toMatchObject({ rows: 20000 });
        expect(facts.tableSizes?.get('events')).toMatchObject({ rows: 30000, partitioned: true });
        expect(Date.now() - started).toBeLessThan(2000);
        await s.exec('RESET lock_timeout');
      });
    } finally {
      await holder.query('ROLLBACK');
    }
  });
});
