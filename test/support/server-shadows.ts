/**
 * Test files that open server shadows on the one test server see each other's: roles and shadow databases are
 * server-wide, and a shadow that finds another Lockstep shadow open leaves a role that appeared meanwhile, with a
 * warning, rather than risk dropping the other one's (src/shadow/server-roles.ts). That is right for users and makes
 * the files that assert what a shadow leaves on the server depend on which other files run at the same time.
 *
 * So, through one PostgreSQL advisory lock held for the whole file: a file that asserts what a shadow leaves behind
 * holds it exclusively (`ownServerShadows`); every other file that opens server shadows holds it shared
 * (`shareServerShadows`), so those still run together. Call either at the top level of the test file.
 */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { adminUrl } from './database.js';

/** Long enough to wait for every file that shares the lock to finish (hookTimeout is shorter). */
const WAIT_MS = 20 * 60_000;

function holdForFile(exclusive: boolean): void {
  let client: pg.Client | undefined;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: adminUrl(), application_name: 'lockstep-test server shadows' });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(`select ${exclusive ? 'pg_advisory_lock' : 'pg_advisory_lock_shared'}(hashtext('lockstep test: server shadows'))`);
  }, WAIT_MS);
  // Ending the session releases the lock.
  afterAll(async () => {
    await client?.end().catch(() => undefined);
  });
}

/** This file asserts what server shadows leave on the server: no other file's server shadow is open meanwhile. */
export function ownServerShadows(): void {
  holdForFile(true);
}

/** This file opens server shadows: it runs beside other such files, but not beside one that owns them. */
export function shareServerShadows(): void {
  holdForFile(false);
}
