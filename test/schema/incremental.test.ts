/**
 * Incremental snapshots (createSnapshotter) are deep-equal to a full snapshot after every kind of DDL:
 * comments, added, altered, renamed and dropped columns, constraints, indexes, triggers, functions,
 * enum values, domains, composite types, sequences, partitions, inheritance, policies, schemas,
 * extensions, rolled-back transactions and snapshots taken inside one. On a server and on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, QueryResult, Session } from '../../src/db/index.js';
import { preparingSession } from '../../src/rehearsal/index.js';
import { createSnapshotter, diffSchemas, formatDifferences, snapshotSchema } from '../../src/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { pglite, server } from './support.js';
import { BASE_SCHEMA, STEPS } from './incremental-steps.js';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase('schema_incremental');
});
afterAll(async () => {
  await testDb?.drop();
});

/** Counts the statements a session runs. */
function counting(inner: Session): Session & { count: number } {
  const s = {
    count: 0,
    backendPid: inner.backendPid,
    exec: (sql: string) => inner.exec(sql),
    release: () => inner.release(),
    query<R>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      s.count++;
      return inner.query<R>(sql, params);
    },
  };
  return s;
}

describe.each(['server', 'pglite'] as const)('%s', (kind) => {
  let db: Database;
  let session: Session;

  beforeAll(async () => {
    db = kind === 'server' ? server(testDb.url) : pglite();
    session = await db.connect('lockstep test');
    await session.exec(BASE_SCHEMA);
  });
  afterAll(async () => {
    await session?.release();
    await db?.close();
  });

  it('equals a full snapshot after each of many DDL changes (prepared and plain sessions)', async () => {
    // Two snapshotters on the same database: through the prepared-statement session the rehearsal
    // uses, and a plain one; each must match a fresh full snapshot after every step.
    const prepared = createSnapshotter(preparingSession(session));
    const plain = createSnapshotter(session);
    const check = async (label: string): Promise<void> => {
      const full = await snapshotSchema(session);
      for (const snapshotter of [prepared, plain]) {
        const incremental = await snapshotter.snapshot();
        const differences = diffSchemas(full, incremental);
        expect(differences.length ? formatDifferences(differences) : '', label).toBe('');
        expect(incremental, label).toEqual(full);
      }
    };
    await check('base schema');
    for (const step of STEPS) {
      if (step.engines && !step.engines.includes(kind)) continue;
      if (typeof step.sql === 'string') await session.exec(step.sql);
      else for (const sql of step.sql) await session.exec(sql);
      await check(step.label);
    }
  }, 120_000);

  it('reads again inside a transaction, and after it, what changed in it', async () => {
    const snapshotter = createSnapshotter(session);
    await snapshotter.snapshot();
    await session.exec('begin; alter table app.members add column in_tx int');
    expect(await snapshotter.snapshot()).toEqual(await snapshotSchema(session));
    // The same rows change again in the same transaction: same xid, same row count.
    await session.exec('alter table app.members rename column in_tx to in_tx2; comment on column app.members.in_tx2 is $$x$$');
    expect(await snapshotter.snapshot()).toEqual(await snapshotSchema(session));
    await session.exec('commit');
    expect(await snapshotter.snapshot()).toEqual(await snapshotSchema(session));
    await session.exec('begin; alter table app.members drop column in_tx2; rollback');
    expect(await snapshotter.snapshot()).toEqual(await snapshotSchema(session));
  });

  it('runs only the fingerprint when nothing changed, and returns the same snapshot', async () => {
    const spy = counting(session);
    const snapshotter = createSnapshotter(spy);
    const first = await snapshotter.snapshot();
    spy.count = 0;
    const second = await snapshotter.snapshot();
    expect(spy.count).toBe(1);
    expect(second).toBe(first);
  });

  it('verify: checks each incremental snapshot against a full one', async () => {
    const snapshotter = createSnapshotter(session, { verify: true });
    await snapshotter.snapshot();
    await session.exec('alter table app.members add column verified boolean');
    await expect(snapshotter.snapshot()).resolves.toEqual(await snapshotSchema(session));
  });
});
