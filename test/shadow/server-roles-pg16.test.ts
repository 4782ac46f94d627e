/**
 * From PostgreSQL 16 a membership is recorded once per grantor, and a role created by a CREATEROLE user that is not a
 * superuser is granted to its creator (https://www.postgresql.org/docs/16/sql-grant.html,
 * https://www.postgresql.org/docs/16/sql-createrole.html; checked below on the server):
 * the shadow revokes only the grant made during the rehearsal (REVOKE … GRANTED BY), on a server of 16 or later that
 * this machine has the binaries of (installed or in Lockstep's cache; none is downloaded here, and without one the
 * test is skipped: test/shadow/server-roles.test.ts covers the rest on the test server).
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cacheRoot } from '../../src/shadow/local/cache-dir.js';
import { startLocalServer, type LocalServer } from '../../src/shadow/local/local-server.js';
import { findBinaries, type PostgresBinaries } from '../../src/shadow/local/postgres-binaries.js';
import { serverUser } from '../../src/shadow/local/run-as.js';
import { openServerShadow } from '../../src/shadow/server-shadow.js';
import type { Shadow } from '../../src/shadow/index.js';

async function binaries16(): Promise<PostgresBinaries | undefined> {
  const user = await serverUser();
  for (const major of [18, 17, 16]) {
    const found = await findBinaries(major, { cache: cacheRoot(), user, resolveFrom: [process.cwd()] });
    if (found) return found;
  }
  return undefined;
}

const bins = await binaries16();
let server: LocalServer;
let client: pg.Client;

beforeAll(async () => {
  if (!bins) return;
  server = await startLocalServer(bins, cacheRoot(), await serverUser());
  client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`create role grp nologin; create role usr nologin; create role other nologin; grant grp to other;
    create role maker login createrole createdb; grant create on database postgres to maker; grant grp to maker with admin option`);
}, 60_000);

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

type Row = { role: string; member: string; grantor: string; admin: boolean };
async function memberships(): Promise<Row[]> {
  const res = await client.query<Row>(`select roleid::regrole::text as role, member::regrole::text as member, grantor::regrole::text as grantor, admin_option as admin
    from pg_auth_members where roleid::regrole::text not like 'pg\\_%' order by 1, 2, 3`);
  return res.rows;
}

async function run(shadow: Shadow, sql: string): Promise<void> {
  const s = await shadow.db.connect('lockstep test');
  try {
    await s.exec(sql);
  } finally {
    await s.release();
  }
}

it.skipIf(!bins)('revokes the grants made during the rehearsal by their grantor, and drops the role a CREATEROLE user created', async () => {
  const before = await memberships();
  const roles = (await client.query('select count(*)::int as n from pg_roles')).rows[0];
  // The shadow URL's user is not a superuser: its grants are recorded as its own.
  const shadow = await openServerShadow(server.url.replace('postgres@', 'maker@'));
  await run(shadow, `create role fresh nologin; create table t (id int); grant select on t to fresh; grant grp to usr; grant grp to other`);
  expect(await memberships()).toEqual(expect.arrayContaining([
    { role: 'fresh', member: 'maker', grantor: 'postgres', admin: true },
    { role: 'grp', member: 'usr', grantor: 'maker', admin: false },
    { role: 'grp', member: 'other', grantor: 'maker', admin: false },
  ]));
  expect(await shadow.dispose()).toEqual([]);
  // The grant of grp to other by postgres, there before, stays; maker's grant of it is gone.
  expect(await memberships()).toEqual(before);
  expect((await client.query('select count(*)::int as n from pg_roles')).rows[0]).toEqual(roles);
}, 60_000);

it.skipIf(!bins)('revokes an admin option added during the rehearsal', async () => {
  const before = await memberships();
  const shadow = await openServerShadow(server.url);
  await run(shadow, 'grant grp to other with admin option');
  expect(await memberships()).toContainEqual({ role: 'grp', member: 'other', grantor: 'postgres', admin: true });
  expect(await shadow.dispose()).toEqual([]);
  expect(await memberships()).toEqual(before);
}, 60_000);
