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
import { sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

const tag = randomBytes(4).toString('hex');
/** Cluster-wide names: unique to this run, dropped in afterAll. */
const READER = `lockstep_t_reader_${tag}`;
const MEMBER = `lockstep_t_member_${tag}`;
const KEPT = `lockstep_t_kept_${tag}`;

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase('plan_roles');
  client = await db.client();
  await client.query(`create role ${MEMBER} nologin; create role ${KEPT} nologin`);
});

afterAll(async () => {
  await db?.drop();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  for (const name of [READER, MEMBER, KEPT]) await admin.query(`drop role if exists ${name}`);
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

async function withProject<T>(files: Readonly<Record<string, string>>, fn: (p: TempProject) => Promise<T>): Promise<T> {
  const p = tempProject(files);
  try {
    return await fn(p);
  } finally {
    p.cleanup();
  }
}

async function planThenUp(p: TempProject): Promise<PlanReport> {
  const m = await createMigrator({ dir: p.dir, cwd: p.root, url: db.url });
  try {
    // The shadow on the target's own server.
    return await m.plan({ shadowUrl: db.url });
  } finally {
    await m.close();
  }
}

it('removes the role and the membership the rehearsal created, and up then creates them', async () => {
  await withProject({
    '001_reader.sql': sqlMigration(
      `CREATE TABLE t (id int);\nCREATE ROLE ${READER} NOLOGIN;\nGRANT SELECT ON t TO ${READER};\nGRANT ${READER} TO ${MEMBER};\nCREATE POLICY reader_sees ON t FOR SELECT TO ${READER} USING (true);`,
      `DROP TABLE t; DROP ROLE ${READER};`,
    ),
  }, async (p) => {
    const report = await planThenUp(p);
    expect(report.shadow).toMatchObject({ kind: 'server' });
    expect(report.migrations.map((x) => [x.version, x.verdict, x.trace?.error?.message ?? null])).toEqual([['001', expect.any(String), null]]);
    expect(report.notes.filter((n) => n.includes(READER))).toEqual([]);
    expect(await role(READER)).toBeUndefined();
    expect(await isMember(READER, MEMBER)).toBe(false);

    const m = await createMigrator({ dir: p.dir, cwd: p.root, url: db.url });
    try {
      const up = await m.up();
      expect(up.failed?.error.message).toBeUndefined();
      expect(up.done.map((a) => a.version)).toEqual(['001']);
    } finally {
      await m.close();
    }
    expect(await role(READER)).toBeDefined();
    expect(await isMember(READER, MEMBER)).toBe(true);
  });
}, 60_000);

it('keeps a role that existed before, created again in a DO block that ignores duplicate_object', async () => {
  const before = await role(KEPT);
  await withProject({
    '001_kept.sql': sqlMigration(
      `CREATE TABLE k (id int);\nDO $$ BEGIN CREATE ROLE ${KEPT} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;\nGRANT SELECT ON k TO ${KEPT};`,
      'DROP TABLE k;',
    ),
  }, async (p) => {
    const report = await planThenUp(p);
    expect(report.migrations[0]?.trace?.error ?? null).toBeNull();
    expect(await role(KEPT)).toEqual(before);
  });
}, 60_000);
