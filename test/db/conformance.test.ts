/** Both adapters must behave the same behind the Database port. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbError, openDatabase, type Database } from '../../src/db/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let server: TestDatabase;
beforeAll(async () => {
  server = await createTestDatabase('conformance');
});
afterAll(async () => {
  await server.drop();
});

const adapters: Array<[string, () => Database]> = [
  ['pg', () => openDatabase(server.url)],
  ['pglite', () => openDatabase('pglite://memory')],
];

describe.each(adapters)('%s adapter', (_name, make) => {
  it('runs parameterised queries and multi-statement scripts', async () => {
    const db = make();
    const s = await db.connect('lockstep test');
    await s.exec('create table t (id int primary key, v text); insert into t values (1, $$a$$), (2, $$b$$);');
    const res = await s.query<{ v: string }>('select v from t where id = $1', [2]);
    expect(res.rows).toEqual([{ v: 'b' }]);
    expect(s.backendPid).toBeGreaterThan(0);
    await s.exec('drop table t');
    await s.release();
    await db.close();
  });

  it('normalises server errors with SQLSTATE and position', async () => {
    const db = make();
    const s = await db.connect('lockstep test');
    const err = await s.query('select * from no_such_table').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect((err as DbError).sqlState).toBe('42P01');
    expect((err as DbError).position).toBe(15);
    await db.close();
  });

  it('keeps a transaction across calls in one session', async () => {
    const db = make();
    const s = await db.connect('lockstep test');
    await s.exec('create table tx (id int)');
    await s.exec('begin');
    await s.query('insert into tx values (1)');
    await s.exec('rollback');
    const res = await s.query<{ n: number }>('select count(*)::int as n from tx');
    expect(res.rows[0]?.n).toBe(0);
    await s.exec('drop table tx');
    await db.close();
  });
});

describe('pg adapter connection errors', () => {
  it('reports an unreachable server in one line without the password', async () => {
    const db = openDatabase('postgres://someone:s3cret@127.0.0.1:1/nowhere');
    const err = await db.connect('x').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_DB_UNREACHABLE' });
    expect(String((err as Error).message)).not.toContain('s3cret');
    expect((err as Error).message).toContain('***');
  });
});
