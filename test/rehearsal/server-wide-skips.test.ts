/**
 * Statements that act on the whole server (sql/server-wide.ts) are left out of every shadow: `test` (up, down, up
 * again, fixtures) and `drift` (the history replayed) do not run them, as plan's rehearsal does not, and say so
 * with file:line. Checked on the server: a shadow on the test server leaves its roles, role settings, databases and
 * postgresql.auto.conf as they were. A PGlite shadow leaves them out too (one answer whatever the shadow).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, type RoundTripReport } from '../../src/api/index.js';
import { admin, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { ownServerShadows } from '../support/server-shadows.js';

ownServerShadows();

const tag = randomBytes(4).toString('hex');
/** Server-wide names: unique to this run, removed in afterAll. */
const KEPT = `lockstep_t_swkept_${tag}`;
const LEGACY = `lockstep_t_swlegacy_${tag}`;
const READER = `lockstep_t_swreader_${tag}`;
const RENAMED = `lockstep_t_swrenamed_${tag}`;
const MADE = `lockstep_t_swmade_${tag}`;
/** ALTER SYSTEM writes postgresql.auto.conf (read at the next reload only); the test asserts it never does. */
const GUC = 'geqo_seed';

let home: TestDatabase;
let client: pg.Client;
const targets: TestDatabase[] = [];


beforeAll(async () => {
  home = await createTestDatabase('server_wide');
  client = await home.client();
  await client.query(`create role ${KEPT} nologin; create role ${LEGACY} nologin`);
});

afterAll(async () => {
  for (const t of targets) await t.drop();
  await home?.drop();
  await admin(async (c) => {
    await c.query(`drop database if exists ${MADE}`);
    for (const name of [READER, RENAMED, KEPT, LEGACY]) await c.query(`drop role if exists ${name}`);
    // Only if a shadow ran it, which the tests assert it did not.
    if ((await c.query(`select 1 from pg_file_settings where name = '${GUC}' and sourcefile like '%postgresql.auto.conf'`)).rowCount) await c.query(`alter system reset ${GUC}`);
  });
});

/** What the statements left out would have changed on the server, as it is now. */
async function serverState(): Promise<unknown> {
  const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  return {
    roles: await q('select rolname from pg_roles where rolname = any($1) order by 1', [[KEPT, LEGACY, READER, RENAMED]]),
    roleSettings: await q('select r.rolname, s.setconfig from pg_db_role_setting s join pg_roles r on r.oid = s.setrole where r.rolname = any($1) order by 1', [[KEPT, LEGACY]]),
    databases: await q('select datname from pg_database where datname = $1', [MADE]),
    autoConf: await q(`select name, setting from pg_file_settings where sourcefile like '%postgresql.auto.conf'`),
  };
}

const MIGRATIONS = {
  // READER is the migration's own: created, altered and dropped, all run. KEPT and LEGACY were on the server.
  '001_roles.sql': sqlMigration(
    `CREATE TABLE t (id int);\nCREATE ROLE ${READER} NOLOGIN;\nGRANT SELECT ON t TO ${READER};\nALTER ROLE ${READER} SET work_mem = '8MB';\nALTER ROLE ${KEPT} SET work_mem = '9MB';\nDROP ROLE ${LEGACY};`,
    `ALTER ROLE ${KEPT} RESET work_mem;\nREVOKE SELECT ON t FROM ${READER};\nDROP ROLE ${READER};\nDROP TABLE t;`,
  ),
  // Not in a transaction block: Lockstep runs these statement by statement.
  '002_server.sql': sqlMigration(`ALTER SYSTEM SET ${GUC} = 0.25;\nCREATE DATABASE ${MADE};`, `DROP DATABASE ${MADE};\nALTER SYSTEM RESET ${GUC};`),
};

/** file:line and the statement kind, as the notes of test and drift give them. */
const NOTED = [
  ['001_roles.sql:6', 'ALTER ROLE … SET'],
  ['001_roles.sql:7', 'DROP ROLE'],
  ['001_roles.sql:10', 'ALTER ROLE … SET'],
  ['002_server.sql:2', 'ALTER SYSTEM'],
  ['002_server.sql:3', 'CREATE DATABASE'],
  ['002_server.sql:6', 'DROP DATABASE'],
  ['002_server.sql:7', 'ALTER SYSTEM'],
] as const;

function expectNoted(notes: readonly string[], which: ReadonlyArray<readonly [string, string]>): void {
  const left = notes.filter((n) => n.includes('not run in the shadow'));
  expect(left).toEqual(which.map(([at, what]) => expect.stringMatching(new RegExp(`^migrations/${at.replace('.', '\\.')}: not run in the shadow: ${what.replace(/[…]/g, '.')} acts on the whole server, not only on the shadow database; the rehearsal does not cover it$`))));
}

function project(extra: Readonly<Record<string, string>> = {}): TempProject {
  return tempProject({ ...MIGRATIONS, ...extra });
}

describe('lockstep test', () => {
  it('does not run them in a shadow on the server, says which with file:line, and passes (exit 0)', async () => {
    const before = await serverState();
    const p = project();
    try {
      const r = await runCli(['test', '--dir', p.dir, '--shadow-url', home.url, '--json'], { cwd: p.root });
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as RoundTripReport;
      expect(report.shadow.kind).toBe('server');
      expect(report.steps.map((s) => [s.version, s.status, s.error?.message ?? null])).toEqual([['001', 'passed', null], ['002', 'passed', null]]);
      expectNoted(report.notes, NOTED);
      const text = await runCli(['test', '--dir', p.dir, '--shadow-url', home.url], { cwd: p.root });
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(`Note: migrations/002_server.sql:2: not run in the shadow: ALTER SYSTEM acts on the whole server`);
    } finally {
      p.cleanup();
    }
    // READER was created and dropped in the shadow's rehearsal (its own role: ALTER ROLE and DROP ROLE ran), KEPT's
    // setting and LEGACY are untouched, no database was created, postgresql.auto.conf was not written.
    expect(await serverState()).toEqual(before);
  }, 90_000);

  it('leaves them out of a PGlite shadow too: the same notes whatever the shadow', async () => {
    const p = project();
    try {
      const m = await createMigrator({ dir: p.dir, cwd: p.root, url: 'pglite://memory' });
      try {
        const report = await m.test({ shadowUrl: 'pglite://memory' });
        expect(report.shadow.kind).toBe('pglite');
        // KEPT and LEGACY are not PGlite's roles: run, ALTER ROLE and DROP ROLE would fail there.
        expect(report.steps.map((s) => [s.version, s.status])).toEqual([['001', 'passed'], ['002', 'passed']]);
        expectNoted(report.notes, NOTED);
      } finally {
        await m.close();
      }
    } finally {
      p.cleanup();
    }
  }, 90_000);

  it('leaves them out of fixtures, and says a failure may come from one left out (exit 1)', async () => {
    const before = await serverState();
    const p = tempProject({
      '001_t.sql': sqlMigration('CREATE TABLE t (id int);', 'DROP TABLE t;'),
      // The rename is left out (KEPT was on the server), so the GRANT finds no RENAMED in the shadow.
      '002_rename.sql': sqlMigration(`ALTER ROLE ${KEPT} RENAME TO ${RENAMED};\nGRANT SELECT ON t TO ${RENAMED};`, `REVOKE SELECT ON t FROM ${RENAMED};\nALTER ROLE ${RENAMED} RENAME TO ${KEPT};`),
    });
    mkdirSync(join(p.dir, 'fixtures'));
    writeFileSync(join(p.dir, 'fixtures', '002.sql'), `INSERT INTO t VALUES (1);\nCOMMENT ON ROLE ${LEGACY} IS 'from a fixture';\n`);
    try {
      const r = await runCli(['test', '--dir', p.dir, '--shadow-url', home.url, '--json'], { cwd: p.root });
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as RoundTripReport;
      const failed = report.steps.find((s) => s.version === '002');
      expect(failed?.error).toMatchObject({
        phase: 'up', sqlState: '42704', location: { file: 'migrations/002_rename.sql', line: 3 },
        // The statements left out before it, the fixture's among them.
        message: `migration 002 failed: role "${RENAMED}" does not exist (SQLSTATE 42704) — in the shadow, which did not run ${join(p.dir, 'fixtures', '002.sql')}:2 (COMMENT ON ROLE), migrations/002_rename.sql:2 (ALTER ROLE … RENAME): statements that act on the whole server are left out of it`,
        hint: expect.stringMatching(/^What this statement needs may be what a left-out statement creates, renames or drops \(a role, a database\): the shadow does not run them, up on the target does/),
      });
      expect(report.notes).toEqual(expect.arrayContaining([
        expect.stringMatching(/fixtures\/002\.sql:2: not run in the shadow: COMMENT ON ROLE acts on the whole server/),
        'migrations/002_rename.sql:2: not run in the shadow: ALTER ROLE … RENAME acts on the whole server, not only on the shadow database; the rehearsal does not cover it',
      ]));
    } finally {
      p.cleanup();
    }
    expect(await serverState()).toEqual(before);
    expect((await client.query(`select pg_catalog.shobj_description('${LEGACY}'::regrole, 'pg_authid') as c`)).rows[0]?.c).toBeNull();
  }, 90_000);

  it('plan gives the same answer for the same failure (one decision for both)', async () => {
    const target = await createTestDatabase('server_wide_plan');
    targets.push(target);
    const p = tempProject({ '001_rename.sql': sqlMigration(`CREATE TABLE t (id int);\nALTER ROLE ${KEPT} RENAME TO ${RENAMED};\nGRANT SELECT ON t TO ${RENAMED};`, 'DROP TABLE t;') });
    try {
      const m = await createMigrator({ dir: p.dir, cwd: p.root, url: target.url });
      try {
        const report = await m.plan({ shadowUrl: target.url });
        const trace = report.migrations[0]?.trace;
        expect(trace?.statements.map((s) => s.note ?? null)).toEqual([null, 'not run in the shadow: ALTER ROLE … RENAME acts on the whole server, not only on the shadow database']);
        expect(trace?.error?.message).toContain(`— in the shadow, which did not run migrations/001_rename.sql:3 (ALTER ROLE … RENAME): statements that act on the whole server are left out of it`);
      } finally {
        await m.close();
      }
    } finally {
      p.cleanup();
    }
  }, 90_000);
});

describe('lockstep drift', () => {
  it('does not run them when it replays the history in a shadow on the server, and says which (exit 0: no drift)', async () => {
    const target = await createTestDatabase('server_wide_drift');
    targets.push(target);
    // The history holds them for real: up ran them on the target's server.
    const p = tempProject({
      '001_roles.sql': sqlMigration(`CREATE TABLE t (id int);\nALTER ROLE ${KEPT} SET work_mem = '9MB';\nCOMMENT ON DATABASE ${target.name} IS 'set by a migration';`, 'DROP TABLE t;'),
      '002_server.sql': sqlMigration(`CREATE DATABASE ${MADE};\nDROP ROLE ${LEGACY};`, `CREATE ROLE ${LEGACY};\nDROP DATABASE ${MADE};`),
    });
    try {
      const m = await createMigrator({ dir: p.dir, cwd: p.root, url: target.url });
      try {
        const run = await m.up();
        expect(run.failed?.error.message).toBeUndefined();
      } finally {
        await m.close();
      }
      // Undone by hand: a replay that ran them would do them again.
      await admin(async (c) => {
        await c.query(`alter role ${KEPT} reset work_mem; comment on database ${target.name} is null; create role ${LEGACY} nologin`);
        await c.query(`drop database ${MADE}`);
      });
      const before = await serverState();
      const r = await runCli(['drift', '--dir', p.dir, '--url', target.url, '--shadow-url', target.url, '--json'], { cwd: p.root });
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as { drifted: boolean; notes: string[]; shadow: { kind: string } };
      expect(report).toMatchObject({ drifted: false, shadow: { kind: 'server' } });
      expectNoted(report.notes, [['001_roles.sql:3', 'ALTER ROLE … SET'], ['001_roles.sql:4', 'COMMENT ON DATABASE'], ['002_server.sql:2', 'CREATE DATABASE'], ['002_server.sql:3', 'DROP ROLE']]);
      const text = await runCli(['drift', '--dir', p.dir, '--url', target.url, '--shadow-url', target.url], { cwd: p.root });
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain('Note: migrations/002_server.sql:3: not run in the shadow: DROP ROLE acts on the whole server');
      expect(await serverState()).toEqual(before);
      expect((await client.query(`select pg_catalog.shobj_description(oid, 'pg_database') as c from pg_database where datname = $1`, [target.name])).rows[0]?.c).toBeNull();
    } finally {
      p.cleanup();
    }
  }, 120_000);
});
