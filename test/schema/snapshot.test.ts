/** The snapshot is deterministic, and the same SQL gives the same snapshot on PostgreSQL 15 and PGlite (18). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Session } from '../../src/db/index.js';
import { diffSchemas, renderSchemaSql, schemaDump, snapshotSchema, type SchemaSnapshot } from '../../src/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { FIXTURE_SQL, pglite, server } from './support.js';

let testDb: TestDatabase;
let serverDb: Database;
let liteDb: Database;
let serverSession: Session;
let liteSession: Session;
let fromServer: SchemaSnapshot;
let fromLite: SchemaSnapshot;

beforeAll(async () => {
  testDb = await createTestDatabase('schema_snapshot');
  serverDb = server(testDb.url);
  liteDb = pglite();
  serverSession = await serverDb.connect('lockstep test');
  liteSession = await liteDb.connect('lockstep test');
  await serverSession.exec(FIXTURE_SQL);
  await liteSession.exec(FIXTURE_SQL);
  fromServer = await snapshotSchema(serverSession);
  fromLite = await snapshotSchema(liteSession);
});

function withoutVersions(s: SchemaSnapshot): SchemaSnapshot {
  return { ...s, extensions: s.extensions.map((e) => ({ ...e, version: '' })) };
}

afterAll(async () => {
  await serverDb?.close();
  await liteDb?.close();
  await testDb?.drop();
});

describe('snapshotSchema', () => {
  it('covers every object kind of the fixture', () => {
    const counts = Object.fromEntries(Object.entries(fromServer).map(([k, v]) => [k, (v as unknown[]).length]));
    expect(counts).toEqual({
      schemas: 2, extensions: 1, tables: 8, views: 8, sequences: 3, functions: 5, enums: 1, domains: 2,
      compositeTypes: 1, constraints: 8, indexes: 11, triggers: 2, policies: 1,
    });
    const users = fromServer.tables.find((t) => t.name === 'users');
    expect(users?.columns.map((c) => c.name)).toEqual(['id', 'email', 'name', 'mood', 'code', 'created_at', 'search_name']);
    expect(users?.columns[0]).toMatchObject({ type: 'bigint', nullable: false, identity: 'always' });
    expect(users?.columns[6]?.generated).toEqual({ expression: 'lower(name)', kind: 'stored' });
    expect(fromServer.constraints.find((c) => c.name === 'payments_amount_check')).toMatchObject({ validated: false });
    expect(fromServer.enums[0]?.labels).toEqual(['sad', 'ok', 'happy']);
    expect(fromServer.triggers.map((t) => t.enabled)).toEqual(['origin', 'disabled']);
  });

  it('is deterministic: a second snapshot is deep-equal and serialises identically', async () => {
    const again = await snapshotSchema(serverSession);
    expect(again).toEqual(fromServer);
    expect(JSON.stringify(again)).toBe(JSON.stringify(fromServer));
  });

  it('gives the same snapshot on a PostgreSQL server and on PGlite', () => {
    expect(diffSchemas(fromServer, fromLite)).toEqual([]);
    // Only the extension versions differ (citext 1.6 on 15, 1.8 on 18): information, not compared.
    expect(JSON.stringify(withoutVersions(fromLite))).toBe(JSON.stringify(withoutVersions(fromServer)));
  });

  it('leaves out extension members, system schemas and the lockstep schema by default', async () => {
    expect(fromServer.functions.map((f) => f.name)).toEqual(['touch', 'add', 'my_sum', 'noop', 'sum_state']);
    expect(fromServer.extensions.map((e) => e.name)).toEqual(['citext']);
    await serverSession.exec('create schema lockstep; create table lockstep.history (id int)');
    const plain = await snapshotSchema(serverSession);
    const withHistory = await snapshotSchema(serverSession, { excludeSchemas: [] });
    await serverSession.exec('drop schema lockstep cascade');
    expect(plain).toEqual(fromServer);
    expect(withHistory.tables.map((t) => `${t.schema}.${t.name}`)).toContain('lockstep.history');
  });

  it('restores the session search_path and qualifies names whatever it was', async () => {
    await serverSession.exec('set search_path = billing, public');
    const snap = await snapshotSchema(serverSession);
    const path = await serverSession.query<{ search_path: string }>('show search_path');
    await serverSession.exec('reset search_path');
    expect(path.rows[0]?.search_path).toBe('billing, public');
    expect(snap).toEqual(fromServer);
  });
});

describe('schema dump', () => {
  it('renders SQL that rebuilds the same schema (replayed on PGlite)', async () => {
    const sql = renderSchemaSql(fromServer);
    const replay = pglite();
    const session = await replay.connect('lockstep test');
    await session.exec(sql);
    const rebuilt = await snapshotSchema(session);
    await replay.close();
    expect(diffSchemas(fromServer, rebuilt)).toEqual([]);
    expect(sql.replace(/-- version \S+/g, '-- version <server-specific>')).toMatchSnapshot();
  });

  it('dumps JSON (the snapshot itself) and SQL, identical on both engines', async () => {
    const json = await schemaDump(serverSession, 'json');
    expect(JSON.parse(json)).toEqual(fromServer);
    expect(withoutVersions(JSON.parse(await schemaDump(liteSession, 'json')) as SchemaSnapshot)).toEqual(withoutVersions(fromServer));
    const version = /-- version \S+/g;
    expect((await schemaDump(liteSession, 'sql')).replace(version, '')).toBe((await schemaDump(serverSession, 'sql')).replace(version, ''));
  });

  it('rejects an unknown format with a usage error', async () => {
    await expect(schemaDump(serverSession, 'yaml' as 'sql')).rejects.toMatchObject({ code: 'LOCKSTEP_E_USAGE' });
  });
});
