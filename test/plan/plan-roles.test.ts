/**
 * Roles are shared by the whole server (https://www.postgresql.org/docs/current/user-manag.html), so a CREATE ROLE
 * that plan's rehearsal runs in a scratch database on the target's own server creates it for the target too. plan
 * must leave the server as it found it: the roles and memberships the rehearsal created are removed with the shadow,
 * the ones that were there before are kept, and `up` afterwards creates them for real.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigrator, type PlanReport } from '../../src/api/index.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { ownServerShadows } from '../support/server-shadows.js';

ownServerShadows();

const tag = randomBytes(4).toString('hex');
/** Cluster-wide names: unique to this run, dropped in afterAll. */
const READER = `lockstep_t_reader_${tag}`;
const MEMBER = `lockstep_t_member_${tag}`;
const KEPT = `lockstep_t_kept_${tag}`;
const CONNECTS = `lockstep_t_connects_${tag}`;
const RACED = `lockstep_t_raced_${tag}`;
const STUCK = `lockstep_t_stuck_${tag}`;
const ROLES = [READER, MEMBER, KEPT, CONNECTS, RACED, STUCK];


/** For reading the server's roles (any database shows them); each test plans against a target database of its own. */
let home: TestDatabase;
let client: pg.Client;
const targets: TestDatabase[] = [];

beforeAll(async () => {
  home = await createTestDatabase('plan_roles');
  client = await home.client();
  await client.query(`create role ${MEMBER} nologin; create role ${KEPT} nologin`);
});

afterAll(async () => {
  for (const t of targets) await t.drop();
  await home?.drop();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  for (const name of ROLES) await admin.query(`drop role if exists ${name}`);
  await admin.end();
});

async function role(name: string): Promise<{ oid: number } | undefined> {
  const res = await client.query<{ oid: number }>('select oid::int as oid from pg_roles where rolname = $1', [name]);
  return res.rows[0];
}

async function isMember(roleName: string, member: string): Promise<boolean> {
  const res = await client.query(
    `select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member where r.rolname = $1 and u.rolname = $2`,
    [roleName, member],
  );
  return res.rowCount === 1;
}

type Files = Readonly<Record<string, string>>;

/** A project with these files and a target database of its own (dropped in afterAll: roles may own objects there). */
async function scenario(files: Files | ((target: TestDatabase) => Files), fn: (p: TempProject, target: TestDatabase) => Promise<void>): Promise<void> {
  const target = await createTestDatabase('plan_roles_t');
  targets.push(target);
  const p = tempProject(typeof files === 'function' ? files(target) : files);
  try {
    await fn(p, target);
  } finally {
    p.cleanup();
  }
}

async function up(p: TempProject, target: TestDatabase): Promise<void> {
  const m = await createMigrator({ dir: p.dir, cwd: p.root, url: target.url });
  try {
    const run = await m.up();
    expect(run.failed?.error.message).toBeUndefined();
    expect(run.done).toHaveLength(1);
  } finally {
    await m.close();
  }
}

/** plan, with the shadow on the target's own server. */
async function plan(p: TempProject, target: TestDatabase): Promise<PlanReport> {
  const m = await createMigrator({ dir: p.dir, cwd: p.root, url: target.url });
  try {
    const report = await m.plan({ shadowUrl: target.url });
    expect(report.shadow).toMatchObject({ kind: 'server' });
    expect(report.migrations).toHaveLength(1);
    return report;
  } finally {
    await m.close();
  }
}

it('removes the role and the membership the rehearsal created, and up then creates them', async () => {
  await scenario({
    '001_reader.sql': sqlMigration(
      `CREATE TABLE t (id int);\nCREATE ROLE ${READER} NOLOGIN;\nGRANT SELECT ON t TO ${READER};\nGRANT ${READER} TO ${MEMBER};\nCREATE POLICY reader_sees ON t FOR SELECT TO ${READER} USING (true);`,
      `DROP TABLE t; DROP ROLE ${READER};`,
    ),
  }, async (p, target) => {
    const report = await plan(p, target);
    expect(report.migrations[0]?.trace?.error ?? null).toBeNull();
    expect(report.notes.filter((n) => n.includes(READER))).toEqual([]);
    expect(await role(READER)).toBeUndefined();
    expect(await isMember(READER, MEMBER)).toBe(false);

    await up(p, target);
    expect(await role(READER)).toBeDefined();
    expect(await isMember(READER, MEMBER)).toBe(true);
  });
}, 60_000);

it('keeps a role that existed before, created again in a DO block that ignores duplicate_object', async () => {
  const before = await role(KEPT);
  await scenario({
    '001_kept.sql': sqlMigration(
      `CREATE TABLE k (id int);\nDO $$ BEGIN CREATE ROLE ${KEPT} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nGRANT SELECT ON k TO ${KEPT};`,
      'DROP TABLE k;',
    ),
  }, async (p, target) => {
    const report = await plan(p, target);
    expect(report.migrations[0]?.trace?.error ?? null).toBeNull();
    expect(report.notes).toEqual([]);
    expect(await role(KEPT)).toEqual(before);
    await up(p, target);
  });
}, 60_000);

it('does not run privileges on a database or REVOKE role in the shadow: they act on the server (the target\'s database, its memberships)', async () => {
  await client.query(`grant ${KEPT} to ${MEMBER}`);
  await scenario((target) => ({
    '001_connects.sql': sqlMigration(
      `CREATE ROLE ${CONNECTS} NOLOGIN;\nGRANT CONNECT ON DATABASE ${target.name} TO ${CONNECTS};\nREVOKE ${KEPT} FROM ${MEMBER};\nCOMMENT ON ROLE ${KEPT} IS 'changed by a migration';`,
      `DROP ROLE ${CONNECTS};`,
    ),
  }), async (p, target) => {
    const acl = async () => (await client.query<{ acl: string | null }>('select datacl::text as acl from pg_database where datname = $1', [target.name])).rows[0]?.acl;
    const before = await acl();
    const report = await plan(p, target);
    const trace = report.migrations[0]?.trace;
    expect(trace?.error ?? null).toBeNull();
    expect(trace?.statements.map((st) => [st.executed, st.note ?? null])).toEqual([
      [true, null],
      [false, 'not run in the shadow: GRANT … ON DATABASE acts on the whole server, not only on the shadow database'],
      [false, 'not run in the shadow: REVOKE role acts on the whole server, not only on the shadow database'],
      [false, 'not run in the shadow: COMMENT ON ROLE acts on the whole server, not only on the shadow database'],
    ]);
    // Run, the GRANT would have changed the target's database and kept the role from being dropped (a privilege on it).
    expect(report.notes).toEqual([]);
    expect(await acl()).toBe(before);
    expect(await role(CONNECTS)).toBeUndefined();
    expect(await isMember(KEPT, MEMBER)).toBe(true);
    expect((await client.query(`select pg_catalog.shobj_description('${KEPT}'::regrole, 'pg_authid') as c`)).rows[0]?.c).toBeNull();
    await up(p, target);
    expect(await acl()).toContain(CONNECTS);
    expect(await isMember(KEPT, MEMBER)).toBe(false);
    await client.query(`revoke connect on database ${target.name} from ${CONNECTS}; comment on role ${KEPT} is null`);
  });
}, 60_000);

it('two plans of a migration creating the same role at once, in two processes: neither fails to run, and the server keeps no role', async () => {
  await scenario({
    // The sleep holds the first rehearsal's transaction open after its CREATE ROLE, so the two overlap.
    '001_raced.sql': sqlMigration(`CREATE TABLE raced (id int);\nCREATE ROLE ${RACED} NOLOGIN;\nSELECT pg_sleep(1.5);\nGRANT SELECT ON raced TO ${RACED};`, `DROP TABLE raced; DROP ROLE ${RACED};`),
  }, async (p, target) => {
    const args = ['plan', '--dir', p.dir, '--url', target.url, '--shadow-url', target.url, '--json', '--fail-on', 'never'];
    const runs = await Promise.all([runCli(args, { cwd: p.root }), runCli(args, { cwd: p.root })]);
    const errors: unknown[] = [];
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout) as PlanReport;
      const error = report.migrations[0]?.trace?.error;
      if (error) errors.push(error);
      // What a plan may say about the other one's role: that it left it to that one. Which of the two depends on when
      // it looks: while the other's shadow database still holds the GRANT, or after that database was dropped and
      // before the other dropped the role (the other then drops it, as the end of the test checks).
      const leftToOther = [
        `^role ${RACED}, .* is still used by another Lockstep shadow .*: it was left for that one to remove$`,
        `^warning: role ${RACED} appeared on the shadow's server during the rehearsal while another Lockstep shadow was open there \\(lockstep_shadow_[0-9a-f]+\\); it may be that one's, so it was left\\. If these migrations created it, drop it: DROP ROLE ${RACED};$`,
      ];
      for (const note of report.notes) expect(note).toMatch(new RegExp(leftToOther.join('|')));
    }
    // At most one of them met the other's role, and says what it may be. When its CREATE ROLE waited for the other's
    // transaction, the server reports a unique violation rather than duplicate_object.
    expect(errors.length).toBeLessThan(2);
    for (const e of errors) expect(e).toMatchObject({ sqlState: expect.stringMatching(/^(42710|23505)$/), hint: expect.stringContaining('another plan of these migrations on the same server') });
    expect(await role(RACED)).toBeUndefined();
    await up(p, target);
    expect(await role(RACED)).toBeDefined();
  });
}, 90_000);

it('warns, on stderr and in the report, with the SQL to drop it, when a role the rehearsal created cannot be dropped', async () => {
  await scenario((target) => ({
    // In a DO block the privilege on the target's database is granted for real: DROP ROLE then refuses.
    '001_stuck.sql': sqlMigration(`CREATE ROLE ${STUCK} NOLOGIN;\nDO $$ BEGIN GRANT CONNECT ON DATABASE ${target.name} TO ${STUCK}; END $$;`, `DROP ROLE ${STUCK};`),
  }), async (p, target) => {
    const r = await runCli(['plan', '--dir', p.dir, '--url', target.url, '--shadow-url', target.url], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    const warning = `warning: role ${STUCK}, created on the shadow's server during the rehearsal, could not be dropped`;
    expect(r.stderr).toContain(`lockstep: ${warning}`);
    expect(r.stdout).toContain(`Note: ${warning}`);
    expect(r.stdout).toMatch(new RegExp(`privileges for database ${target.name}; used in shared objects\\); it is still on that server\\. Drop it: DROP ROLE ${STUCK};`));
    expect(await role(STUCK)).toBeDefined();
  });
}, 60_000);
