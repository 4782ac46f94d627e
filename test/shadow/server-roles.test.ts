/**
 * A server shadow leaves the server's roles as it found them: roles are shared by every database of a server
 * (https://www.postgresql.org/docs/current/user-manag.html), so what a rehearsal creates in its scratch database
 * stays on the server unless the shadow removes it. Checked on the server: pg_roles, pg_auth_members, and DROP ROLE
 * refusing while a role is used in another database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openShadow, type Shadow } from '../../src/shadow/index.js';
import { openServerShadow } from '../../src/shadow/server-shadow.js';
import { rolesNamedBy } from '../../src/rehearsal/index.js';
import type { MigrationFile } from '../../src/core/types.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { ownServerShadows } from '../support/server-shadows.js';

ownServerShadows();

const tag = randomBytes(4).toString('hex');
const made: string[] = [];
/** A cluster-wide role name unique to this run; dropped in afterAll. */
function roleName(label: string): string {
  const name = `lockstep_t_${label}_${tag}`;
  made.push(name);
  return name;
}

let testDb: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  testDb = await createTestDatabase('server_roles');
  client = await testDb.client();
});

afterAll(async () => {
  for (const name of made) await client?.query(`drop owned by ${name}`).catch(() => undefined);
  await testDb?.drop();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  for (const name of made) await admin.query(`drop role if exists ${name}`);
  await admin.end();
});

async function run(shadow: Shadow, sql: string): Promise<void> {
  const session = await shadow.db.connect('lockstep test');
  try {
    await session.exec(sql);
  } finally {
    await session.release();
  }
}

async function roleOid(name: string): Promise<number | undefined> {
  const res = await client.query<{ oid: number }>('select oid::int as oid from pg_roles where rolname = $1', [name]);
  return res.rows[0]?.oid;
}

async function membership(role: string, member: string): Promise<{ admin: boolean } | undefined> {
  const res = await client.query<{ admin: boolean }>(
    'select m.admin_option as admin from pg_auth_members m where m.roleid = $1::regrole and m.member = $2::regrole',
    [role, member],
  );
  return res.rows[0];
}

describe('a server shadow on dispose', () => {
  it('drops the roles created in it, with their memberships, and keeps the ones that were there', async () => {
    const [created, inDo, kept] = [roleName('created'), roleName('in_do'), roleName('kept')];
    await client.query(`create role ${kept} nologin`);
    const keptOid = await roleOid(kept);
    const shadow = await openShadow({ shadowUrl: testDb.url });
    // Owner, privileges, policy and memberships: what migrations do with a new role. Dropping the database
    // removes what it recorded, so DROP ROLE can succeed.
    await run(shadow, `create role ${created} nologin; create table t (id int); alter table t owner to ${created};
      grant select on t to ${kept}; create policy p on t to ${created} using (true); grant ${created} to ${kept};
      do $$ begin create role ${inDo} nologin; exception when duplicate_object then null; end $$;
      do $$ begin create role ${kept} nologin; exception when duplicate_object then null; end $$;
      grant ${kept} to ${inDo}`);
    expect(await roleOid(created)).toBeDefined();
    expect(await shadow.dispose()).toEqual([]);
    expect(await roleOid(created)).toBeUndefined();
    expect(await roleOid(inDo)).toBeUndefined();
    expect(await roleOid(kept)).toBe(keptOid);
  });

  it('revokes a membership it granted between roles that were there, and an admin option it added; keeps the others', async () => {
    const [group, user, other] = [roleName('group'), roleName('user'), roleName('other')];
    await client.query(`create role ${group} nologin; create role ${user} nologin; create role ${other} nologin; grant ${group} to ${other}`);
    const shadow = await openShadow({ shadowUrl: testDb.url });
    await run(shadow, `grant ${group} to ${user}; grant ${group} to ${other} with admin option`);
    expect(await membership(group, user)).toEqual({ admin: false });
    expect(await shadow.dispose()).toEqual([]);
    expect(await membership(group, user)).toBeUndefined();
    expect(await membership(group, other)).toEqual({ admin: false });
  });

  it('warns, naming the role and the SQL to drop it, when the role is still used in another database', async () => {
    const stuck = roleName('stuck');
    const shadow = await openShadow({ shadowUrl: testDb.url });
    await run(shadow, `create role ${stuck} nologin`);
    // Something outside the shadow depends on it: DROP ROLE refuses (2BP01).
    await client.query(`create table owned_elsewhere (id int); alter table owned_elsewhere owner to ${stuck}`);
    const left = await shadow.dispose();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^warning: role ${stuck}, created on the shadow's server during the rehearsal, could not be dropped \\(.*owner of table owned_elsewhere; used in ${testDb.name}\\); it is still on that server\\. Drop it: DROP ROLE ${stuck};`));
    expect(await roleOid(stuck)).toBeDefined();
    await client.query('drop table owned_elsewhere');
  });

  it('returns to the checkpoint\'s roles on restore, so a migration replayed after it can create its role again', async () => {
    const [before, after] = [roleName('before_cp'), roleName('after_cp')];
    const shadow = await openShadow({ shadowUrl: testDb.url });
    try {
      await run(shadow, `create role ${before} nologin; create table t (id int); grant select on t to ${before}`);
      await shadow.checkpoint();
      await run(shadow, `create role ${after} nologin; grant select on t to ${after}`);
      await shadow.restore();
      expect(await roleOid(after)).toBeUndefined();
      expect(await roleOid(before)).toBeDefined();
      await run(shadow, `create role ${after} nologin; grant select on t to ${after}`);
    } finally {
      expect(await shadow.dispose()).toEqual([]);
    }
    expect(await roleOid(before)).toBeUndefined();
    expect(await roleOid(after)).toBeUndefined();
  });

  it('leaves a local server\'s roles alone: the server is thrown away whole', async () => {
    const local = roleName('local');
    let stopped = false;
    const shadow = await openServerShadow(testDb.url, { kind: 'local', afterDispose: async () => { stopped = true; } });
    await run(shadow, `create role ${local} nologin`);
    expect(await shadow.dispose()).toEqual([]);
    expect(stopped).toBe(true);
    expect(await roleOid(local)).toBeDefined();
  });
});

describe('a role another session creates on the server meanwhile', () => {
  it('is left, with a warning, when nothing rehearsed used it and the migrations do not name it; one they name is dropped', async () => {
    const [theirs, ours] = [roleName('theirs'), roleName('ours_unused')];
    const named = (name: string): boolean => name === ours;
    const shadow = await openShadow({ shadowUrl: testDb.url, rolesNamed: named });
    await client.query(`create role ${theirs} nologin`); // another session, outside the rehearsal
    await run(shadow, `create role ${ours} nologin`); // created by the migrations, used by nothing in the shadow
    const left = await shadow.dispose();
    expect(await roleOid(theirs)).toBeDefined();
    expect(await roleOid(ours)).toBeUndefined();
    expect(left).toEqual([expect.stringMatching(new RegExp(`role ${theirs} appeared .* the migrations do not name it: it was left.*DROP ROLE ${theirs};`))]);
  });
});

describe('rolesNamedBy: which roles the migrations name', () => {
  const file = (sql: string, kind: 'sql' | 'module' = 'sql'): MigrationFile => ({
    id: '1', tool: 'lockstep', version: '1', name: 'x', layout: 'single-file', paths: ['1.sql'], checksum: '',
    directives: { noTransaction: false, irreversible: false, lockFlag: false },
    up: kind === 'sql' ? { kind: 'sql', path: '1.sql', sql, startLine: 1 } : ({ kind: 'module', path: '1.ts', exportName: 'up' } as never),
  });
  it('as a whole word, in any case, quoted or not; a module migration may name any', () => {
    const named = rolesNamedBy([file('CREATE ROLE App_Reader; GRANT SELECT ON t TO "Report Writer";')]);
    expect(named('app_reader')).toBe(true);
    expect(named('Report Writer')).toBe(true);
    expect(named('app')).toBe(false);
    expect(named('reader')).toBe(false);
    expect(rolesNamedBy([file('', 'module')])('anyone')).toBe(true);
  });
});

describe('two shadows on one server at once', () => {
  it('does not drop the role another shadow created and uses; that one drops it', async () => {
    const shared = roleName('shared');
    const first = await openShadow({ shadowUrl: testDb.url });
    const second = await openShadow({ shadowUrl: testDb.url });
    try {
      await run(first, `create role ${shared} nologin; create table t (id int); grant select on t to ${shared}`);
      // The second rehearsal of the same migration finds the first one's role.
      await expect(run(second, `create role ${shared} nologin`)).rejects.toThrow(/already exists/);
      const left = await second.dispose();
      expect(left).toEqual([`role ${shared}, created on the shadow's server during the rehearsal, is still used by another Lockstep shadow (${first.name}): it was left for that one to remove`]);
      expect(await roleOid(shared)).toBeDefined();
      // The first one still works with it.
      await run(first, `create table u (id int); grant select on u to ${shared}`);
    } finally {
      expect(await first.dispose()).toEqual([]);
      await second.dispose();
    }
    expect(await roleOid(shared)).toBeUndefined();
  });

  it('leaves, with a warning, a new role none of its databases used while another shadow is open', async () => {
    const unused = roleName('unused');
    const first = await openShadow({ shadowUrl: testDb.url });
    const second = await openShadow({ shadowUrl: testDb.url });
    try {
      await run(first, `create role ${unused} nologin`);
      const left = await second.dispose();
      expect(left).toEqual([expect.stringMatching(new RegExp(`^warning: role ${unused} appeared on the shadow's server during the rehearsal while another Lockstep shadow was open there \\(.*${first.name}.*\\); it may be that one's, so it was left\\. If these migrations created it, drop it: DROP ROLE ${unused};$`))]);
      expect(await roleOid(unused)).toBeDefined();
    } finally {
      expect(await first.dispose()).toEqual([]);
      await second.dispose();
    }
    expect(await roleOid(unused)).toBeUndefined();
  });
});

describe('a membership revoked during the rehearsal', () => {
  it('is not granted back (another session may have revoked it on purpose): a warning gives the GRANT', async () => {
    const [group, user] = [roleName('rev_group'), roleName('rev_user')];
    await client.query(`create role ${group} nologin; create role ${user} nologin; grant ${group} to ${user}`);
    const shadow = await openShadow({ shadowUrl: testDb.url });
    // REVOKE role is not run in a shadow, but inside a DO block it is.
    await run(shadow, `do $$ begin execute 'revoke ${group} from ${user}'; end $$`);
    expect(await shadow.dispose()).toEqual([
      `warning: the membership of ${user} in role ${group} was revoked on the shadow's server during the rehearsal (memberships are shared by the whole server): by the rehearsal, or by another session. If the rehearsal did it, grant it back: GRANT ${group} TO ${user};`,
    ]);
    expect(await membership(group, user)).toBeUndefined();
  });
});
