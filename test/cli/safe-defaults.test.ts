/**
 * Safe defaults for unattended runs: with no database URL, CI=true or NODE_ENV=production makes the migrating
 * commands refuse (and create nothing) instead of migrating a throwaway embedded database; `.env` is read.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import { refuseEmbeddedDefault } from '../../src/api/context.js';
import { resolveConfig } from '../../src/config/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('safe_defaults');
  project = tempProject({ '001_items.sql': sqlMigration('create table items (id bigint primary key);', 'drop table items;') });
});

afterAll(async () => {
  project.cleanup();
  await db.drop();
});

const withPassword = (url: string): string => {
  const u = new URL(url);
  u.password = 'hunter2-secret';
  return u.toString();
};

describe('no URL in CI or production', () => {
  it.each([
    [['up'], { CI: 'true' }],
    [['up', '--dry-run'], { CI: '1' }],
    [['down'], { CI: 'gitlab' }],
    [['baseline', '001'], { CI: 'true' }],
    [['adopt'], { CI: 'true' }],
    [['up'], { NODE_ENV: 'production' }],
  ])('%j with %j refuses with LOCKSTEP_E_NO_DATABASE_URL and creates nothing', async (args, env) => {
    const r = await runCli([...args, '--json'], { cwd: project.root, env });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'LOCKSTEP_E_NO_DATABASE_URL' } });
    expect(existsSync(join(project.root, '.lockstep'))).toBe(false);
  });

  it('says why and how to fix it', async () => {
    const r = await runCli(['up'], { cwd: project.root, env: { CI: 'true' } });
    expect(r.stderr).toContain('refusing to run `up` against the embedded default database because CI is set');
    expect(r.stderr).toMatch(/hint: Set DATABASE_URL or LOCKSTEP_URL/);
  });

  it('read-only commands still run, and pglite:// asks for the embedded database on purpose', async () => {
    expect((await runCli(['status'], { cwd: project.root, env: { CI: 'true' } })).code).toBe(0);
    const r = await runCli(['up', '--url', 'pglite://memory'], { cwd: project.root, env: { CI: 'true' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 migration\(s\) applied/);
  });

  it('the embedded default is announced by the commands that use it, not by init and create, which open no database', async () => {
    const p = tempProject({});
    try {
      const notice = 'no database URL configured: using the embedded PGlite database';
      for (const args of [['init'], ['create', 'add_items']]) {
        const r = await runCli(args, { cwd: p.root, env: { CI: 'false' } });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).not.toContain('no database URL');
      }
      expect(existsSync(join(p.root, '.lockstep'))).toBe(false);
      const status = await runCli(['status'], { cwd: p.root, env: { CI: 'false' } });
      expect(status.code, status.stderr).toBe(0);
      expect(status.stderr.split(notice)).toHaveLength(2);
    } finally {
      p.cleanup();
    }
  });

  it('CI=false is a developer machine: the embedded default is used', async () => {
    const p = tempProject({ '001_items.sql': sqlMigration('create table items (id bigint primary key);', 'drop table items;') });
    try {
      const r = await runCli(['up'], { cwd: p.root, env: { CI: 'false' } });
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(join(p.root, '.lockstep/dev'))).toBe(true);
    } finally {
      p.cleanup();
    }
  });

  it('the library refuses the same way, for adopt too, and lets read-only commands through', async () => {
    const p = tempProject({ '001_items.sql': sqlMigration('select 1;', 'select 1;') });
    const resolved = await resolveConfig({ cwd: p.root }, { CI: 'true' });
    const m = await createMigrator({ resolved });
    try {
      await expect(m.up()).rejects.toMatchObject({ code: 'LOCKSTEP_E_NO_DATABASE_URL' });
      expect(() => refuseEmbeddedDefault(m.context, 'adopt')).toThrow(/refusing to run `adopt`/);
      expect(() => refuseEmbeddedDefault(m.context, 'status')).not.toThrow();
      expect(existsSync(join(p.root, '.lockstep'))).toBe(false);
    } finally {
      await m.close();
      p.cleanup();
    }
  });
});

describe('.env', () => {
  it('is read from the working directory; names are printed, values never', async () => {
    const p = tempProject({ '001_items.sql': sqlMigration('create table env_items (id bigint primary key);', 'drop table env_items;') });
    try {
      writeFileSync(join(p.root, '.env'), `# the deploy database\nDATABASE_URL="${withPassword(db.url)}"\nAPP_SETTING=1\n`);
      const r = await runCli(['up'], { cwd: p.root, env: { CI: 'true' } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('lockstep: loaded APP_SETTING, DATABASE_URL from .env');
      expect(`${r.stdout}${r.stderr}`).not.toContain('hunter2-secret');
      const c = await db.client();
      expect((await c.query("select to_regclass('public.env_items') is not null as there")).rows[0]).toEqual({ there: true });
    } finally {
      p.cleanup();
    }
  });

  it('a variable already set wins over the file', async () => {
    const p = tempProject({ '001_items.sql': sqlMigration('select 1;', 'select 1;') });
    try {
      writeFileSync(join(p.root, '.env'), 'DATABASE_URL=postgres://nobody@127.0.0.1:1/nowhere\n');
      const r = await runCli(['status', '--json'], { cwd: p.root, env: { DATABASE_URL: 'pglite://memory' } });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ target: 'pglite://memory' });
      expect(r.stderr).not.toContain('loaded DATABASE_URL');
    } finally {
      p.cleanup();
    }
  });

  it('--no-env-file ignores it; --env-file names another file', async () => {
    const p = tempProject({ '001_items.sql': sqlMigration('select 1;', 'select 1;') });
    try {
      writeFileSync(join(p.root, '.env'), 'DATABASE_URL=pglite://memory\n');
      writeFileSync(join(p.root, 'deploy.env'), `LOCKSTEP_URL=${db.url}\n`);
      const ignored = await runCli(['up', '--no-env-file'], { cwd: p.root, env: { CI: 'true' } });
      expect(ignored.code).toBe(2);
      expect(ignored.stderr).toContain('LOCKSTEP_E_NO_DATABASE_URL');
      const other = await runCli(['status', '--json', '--env-file', 'deploy.env'], { cwd: p.root });
      expect(other.code, other.stderr).toBe(0);
      expect(other.stderr).toContain('loaded LOCKSTEP_URL from deploy.env');
      expect(other.stderr).not.toContain('from .env');
      expect(JSON.parse(other.stdout).target).toContain(db.name);
    } finally {
      p.cleanup();
    }
  });

  it('a missing --env-file is an error, not silently skipped', async () => {
    const r = await runCli(['status', '--env-file', 'missing.env'], { cwd: project.root });
    expect(r.code).not.toBe(0);
    // Node.js 20 itself also reads `--env-file` anywhere on the command line and stops first (exit 9);
    // later versions leave the flag to Lockstep.
    if (r.code === 9) expect(r.stderr).toContain('missing.env: not found');
    else expect(r.stderr).toContain('LOCKSTEP_E_CONFIG');
  });
});
