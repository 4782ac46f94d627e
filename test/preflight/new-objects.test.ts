/**
 * Pre-flight leaves out locks on objects the migration itself creates (as plan does): on a protected
 * environment outside its maintenance window, creating a table and indexing it is not a blocker.
 * Real PostgreSQL, through the library and the built CLI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, type Migrator } from '../../src/api/index.js';
import { preflightPending } from '../../src/api/preflight-pending.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;
const migrators: Migrator[] = [];

// A one-minute window three days from now: the tests always run outside it.
const day = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][(new Date().getUTCDay() + 3) % 7];
const CONFIG = {
  dir: 'migrations',
  environments: { prod: { url: '', protected: true } },
  preflight: { maintenanceWindows: [{ days: [day], start: '00:00', end: '00:01', timezone: 'UTC' }] },
};

function writeConfig(): void {
  writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({ ...CONFIG, environments: { prod: { url: db.url, protected: true } } }));
}

async function migrator(): Promise<Migrator> {
  writeConfig();
  const m = await createMigrator({ cwd: project.root, env: 'prod' });
  migrators.push(m);
  return m;
}

beforeAll(async () => {
  db = await createTestDatabase('preflight_new');
  const c = await db.client();
  await c.query('CREATE TABLE accounts (id bigint PRIMARY KEY, e int)');
  project = tempProject({
    '005_s3.sql': sqlMigration('CREATE TABLE s3 (id bigint PRIMARY KEY, e int, account_id bigint);\nCREATE INDEX s3_e ON s3 (e);', 'DROP TABLE s3;'),
  });
});
afterAll(async () => {
  await Promise.all(migrators.map((m) => m.close()));
  project?.cleanup();
  await db?.drop();
});

describe('pre-flight and objects the migration creates', () => {
  it('does not block creating and indexing a new table outside the window', async () => {
    const report = await preflightPending((await migrator()).context);
    expect(report.findings.filter((f) => f.check === 'maintenance-window')).toEqual([]);
    expect(report.locks.locks).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('still blocks a lock on an existing table in the same migration', async () => {
    project.write({ '005_s3.sql': sqlMigration('CREATE TABLE s3 (id bigint PRIMARY KEY, e int);\nCREATE INDEX s3_e ON s3 (e);\nCREATE INDEX accounts_e ON accounts (e);', 'DROP TABLE s3;\nDROP INDEX accounts_e;') });
    try {
      const report = await preflightPending((await migrator()).context);
      expect(report.ok).toBe(false);
      const [window] = report.findings.filter((f) => f.check === 'maintenance-window');
      expect(window?.severity).toBe('blocker');
      expect(window?.message).toContain('(accounts: writes)');
      expect(window?.message).not.toContain('s3');
    } finally {
      project.write({ '005_s3.sql': sqlMigration('CREATE TABLE s3 (id bigint PRIMARY KEY, e int, account_id bigint);\nCREATE INDEX s3_e ON s3 (e);', 'DROP TABLE s3;') });
    }
  });

  it('lockstep preflight and up exit 0 for it', async () => {
    writeConfig();
    const preflight = await runCli(['preflight', '--env', 'prod'], { cwd: project.root });
    expect(preflight.code, preflight.stdout + preflight.stderr).toBe(0);
    expect(preflight.stdout).not.toContain('BLOCKER');
    const up = await runCli(['up', '--env', 'prod', '--yes'], { cwd: project.root });
    expect(up.code, up.stdout + up.stderr).toBe(0);
    const c = await db.client();
    expect((await c.query("select to_regclass('s3') is not null as ok")).rows[0].ok).toBe(true);
  });
});
