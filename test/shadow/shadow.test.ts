/** Shadows: a scratch database on a server, created and dropped; or PGlite from a cached template. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShadow, templatePath, type Shadow } from '../../src/shadow/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let testDb: TestDatabase;
let cacheDir: string;

beforeAll(async () => {
  testDb = await createTestDatabase('shadow');
  // A cache of our own, so this file sees the first start (no template yet) whatever ran before.
  cacheDir = mkdtempSync(join(tmpdir(), 'lockstep-shadow-test-'));
});

afterAll(async () => {
  await testDb?.drop();
  rmSync(cacheDir, { recursive: true, force: true });
});

async function databaseExists(name: string): Promise<boolean> {
  const client = await testDb.client();
  const res = await client.query('select 1 from pg_database where datname = $1', [name]);
  return res.rowCount === 1;
}

async function tableExists(shadow: Shadow, table: string): Promise<boolean> {
  const session = await shadow.db.connect('lockstep test');
  const res = await session.query<{ found: boolean }>('select to_regclass($1) is not null as found', [table]);
  await session.release();
  return res.rows[0]?.found === true;
}

describe('server shadow', () => {
  it('creates a scratch database and drops it on dispose', async () => {
    const shadow = await openShadow({ shadowUrl: testDb.url });
    expect(shadow).toMatchObject({ kind: 'server', fromTemplate: false });
    expect(shadow.name).toMatch(/^lockstep_shadow_[0-9a-f]{12}$/);
    expect(shadow.startMs).toBeGreaterThan(0);
    expect(await databaseExists(shadow.name)).toBe(true);

    const session = await shadow.db.connect('lockstep test');
    await session.exec('create table rehearsal (id int)');
    const db = await session.query<{ db: string }>('select current_database() as db');
    expect(db.rows[0]?.db).toBe(shadow.name);
    // Left open on purpose: WITH (FORCE) ends it.
    await shadow.dispose();
    await shadow.dispose();
    expect(await databaseExists(shadow.name)).toBe(false);
  });

  it('drops the database even when another connection is still in it', async () => {
    const shadow = await openShadow({ shadowUrl: testDb.url });
    const url = new URL(testDb.url);
    url.pathname = `/${shadow.name}`;
    const { default: pg } = await import('pg');
    const straggler = new pg.Client({ connectionString: url.toString() });
    straggler.on('error', () => undefined);
    await straggler.connect();
    await shadow.dispose();
    await straggler.end().catch(() => undefined);
    expect(await databaseExists(shadow.name)).toBe(false);
  });

  it('reports an unreachable server as a connection error', async () => {
    await expect(openShadow({ shadowUrl: 'postgres://nobody:secret@127.0.0.1:1/x' })).rejects.toMatchObject({ code: 'LOCKSTEP_E_DB_UNREACHABLE' });
  });

  it('rejects a URL it cannot use', async () => {
    await expect(openShadow({ shadowUrl: 'mysql://localhost/x' })).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG' });
  });
});

describe('PGlite shadow', () => {
  it('builds the template on the first start and starts from it afterwards, each shadow empty', async () => {
    const path = templatePath(cacheDir);
    expect(existsSync(path)).toBe(false);

    const first = await openShadow({ cacheDir });
    expect(first).toMatchObject({ kind: 'pglite', fromTemplate: false, name: 'pglite://memory' });
    expect(existsSync(path)).toBe(true);
    const session = await first.db.connect('lockstep test');
    await session.exec('create table leftover (id int)');
    expect(await tableExists(first, 'leftover')).toBe(true);
    await first.dispose();

    const second = await openShadow({ cacheDir });
    expect(second).toMatchObject({ kind: 'pglite', fromTemplate: true });
    expect(second.startMs).toBeGreaterThan(0);
    expect(await tableExists(second, 'leftover')).toBe(false);
    await second.dispose();
  });

  it('rebuilds a template file it cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-shadow-test-'));
    try {
      writeFileSync(templatePath(dir), 'not a tarball');
      const shadow = await openShadow({ cacheDir: dir });
      expect(shadow.fromTemplate).toBe(false);
      await shadow.dispose();
      const next = await openShadow({ cacheDir: dir });
      expect(next.fromTemplate).toBe(true);
      await next.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the contrib extensions it is asked for', async () => {
    const shadow = await openShadow({ cacheDir, extensions: ['citext', 'uuid-ossp'] });
    const session = await shadow.db.connect('lockstep test');
    await session.exec('create extension citext; create extension "uuid-ossp"');
    const res = await session.query<{ same: boolean }>(`select 'A'::citext = 'a'::citext as same`);
    expect(res.rows[0]?.same).toBe(true);
    await shadow.dispose();
  });
});
