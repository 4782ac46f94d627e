/** Out-of-band changes are named exactly, the same on a PostgreSQL server and on PGlite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Session } from '../../src/db/index.js';
import { diffSchemas, formatDifferences, snapshotSchema, type SchemaDifference } from '../../src/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { FIXTURE_SQL, pglite, server } from './support.js';

const OUT_OF_BAND = `
  alter table public.scratch alter column k type bigint;
  alter table public.scratch alter column v set not null;
  drop index billing.payments_user_idx;
  alter table public.users add constraint users_name_check check (name <> '');
  create or replace function public.add(a integer, b integer) returns integer language sql immutable strict
    as $$ select a + b + 0 $$;
  alter type public.mood add value 'ecstatic';
`;

const EXPECTED: SchemaDifference[] = [
  { kind: 'removed', objectType: 'index', name: 'billing.payments_user_idx' },
  {
    kind: 'changed',
    objectType: 'function',
    name: 'public.add(a integer, b integer)',
    details: ['definition changed at line 5: AS $function$ select a + b $function$ → AS $function$ select a + b + 0 $function$'],
  },
  { kind: 'changed', objectType: 'enum', name: 'public.mood', details: ['labels: sad, ok, happy → sad, ok, happy, ecstatic'] },
  { kind: 'changed', objectType: 'column', name: 'public.scratch.k', details: ['type: integer → bigint'] },
  { kind: 'changed', objectType: 'column', name: 'public.scratch.v', details: ['nullable: yes → no'] },
  { kind: 'added', objectType: 'constraint', name: 'public.users.users_name_check' },
];

let testDb: TestDatabase;
const opened: Database[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase('schema_diff');
});

afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
  await testDb?.drop();
});

async function fresh(engine: 'server' | 'pglite'): Promise<Session> {
  const db = engine === 'server' ? server(testDb.url) : pglite();
  opened.push(db);
  const session = await db.connect('lockstep test');
  await session.exec(engine === 'server' ? 'drop schema if exists billing cascade; drop schema public cascade; create schema public;' : '');
  await session.exec(FIXTURE_SQL);
  return session;
}

describe.each(['server', 'pglite'] as const)('diffSchemas on %s', (engine) => {
  it('names each out-of-band change exactly', async () => {
    const session = await fresh(engine);
    const before = await snapshotSchema(session);
    await session.exec(OUT_OF_BAND);
    const after = await snapshotSchema(session);
    expect(diffSchemas(before, before)).toEqual([]);
    expect(diffSchemas(before, after)).toEqual(EXPECTED);
    expect(formatDifferences(diffSchemas(before, after))).toMatchSnapshot();
  });

  it('reports a dropped table once, not each of its columns, constraints and indexes', async () => {
    const session = await fresh(engine);
    const before = await snapshotSchema(session);
    await session.exec('drop table public.rooms; alter table billing.payments add column flag boolean default false');
    const after = await snapshotSchema(session);
    expect(diffSchemas(before, after)).toEqual([
      { kind: 'added', objectType: 'column', name: 'billing.payments.flag' },
      { kind: 'removed', objectType: 'table', name: 'public.rooms' },
    ]);
    expect(diffSchemas(after, before)).toEqual([
      { kind: 'removed', objectType: 'column', name: 'billing.payments.flag' },
      { kind: 'added', objectType: 'table', name: 'public.rooms' },
    ]);
  });
});

describe('formatDifferences', () => {
  it('says so when there is nothing', () => {
    expect(formatDifferences([])).toBe('No differences.');
  });
});
