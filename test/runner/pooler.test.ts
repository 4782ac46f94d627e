/**
 * A transaction pool in front of the target (a real PgBouncer, test/support/pgbouncer.ts): migrating commands
 * refuse it with LOCKSTEP_E_POOLER before taking the run lock (nothing run, nothing locked, even with two runners
 * at once), a session-mode pool and a direct URL work, and directUrl / DIRECT_URL is what Lockstep migrates through
 * while DATABASE_URL stays the pooled one.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.js';
import { probeTransactionPooling } from '../../src/db/pooler.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { pgbouncerMissing, startPgBouncer, type PgBouncer } from '../support/pgbouncer.js';

if (pgbouncerMissing && process.env.CI) throw new Error('pgbouncer is not installed (.ci/run installs the Debian package)');
if (pgbouncerMissing) console.warn('pooler.test.ts skipped: /usr/sbin/pgbouncer not installed (apt-get install -y pgbouncer)');

describe.skipIf(pgbouncerMissing)('a transaction pool in front of the target', () => {
  let db: TestDatabase;
  let bouncer: PgBouncer;
  let project: TempProject;

  const files = { '001_accounts.sql': sqlMigration('CREATE TABLE accounts (id bigint PRIMARY KEY);\nINSERT INTO accounts VALUES (1);', 'DROP TABLE accounts;') };
  const scalar = async <T>(sql: string): Promise<T> => {
    const c = await db.client();
    try {
      return Object.values((await c.query(sql)).rows[0] as Record<string, T>)[0] as T;
    } finally {
      await c.end();
    }
  };
  const applied = (): Promise<boolean> => scalar<boolean>("select to_regclass('public.accounts') is not null");
  const advisoryLocks = (): Promise<number> => scalar<number>("select count(*)::int from pg_locks where locktype = 'advisory'");
  const reset = async (): Promise<void> => {
    const c = await db.client();
    try {
      await c.query('drop table if exists accounts; drop schema if exists lockstep cascade');
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase('pooler');
    bouncer = await startPgBouncer(db.url);
    project = tempProject(files);
  });

  afterAll(async () => {
    await bouncer?.stop();
    project?.cleanup();
    await db?.drop();
  });

  it('the probe tells a transaction pool from a session pool and a direct connection', async () => {
    const verdicts: Record<string, string | undefined> = {};
    for (const [name, url] of [['direct', db.url], ['session', bouncer.sessionUrl], ['transaction', bouncer.txUrl]] as const) {
      const database = openDatabase(url);
      const session = await database.connect('probe test');
      try {
        verdicts[name] = (await probeTransactionPooling(session, () => database.connect('probe test (other)'))).reason;
      } finally {
        await session.release();
        await database.close();
      }
    }
    expect(verdicts.direct).toBeUndefined();
    expect(verdicts.session).toBeUndefined();
    expect(verdicts.transaction).toMatch(/server session/);
  });

  it('up through it refuses with LOCKSTEP_E_POOLER and a directUrl hint: nothing run, nothing left locked', async () => {
    const r = await runCli(['up', '--dir', project.dir, '--url', bouncer.txUrl]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('LOCKSTEP_E_POOLER');
    expect(r.stderr).toMatch(/transaction-pooling proxy/);
    expect(r.stderr).toMatch(/DIRECT_URL/);
    expect(await applied()).toBe(false);
    expect(await scalar<boolean>("select to_regnamespace('lockstep') is not null")).toBe(false);
    expect(await advisoryLocks()).toBe(0);
  });

  it('two runners through it at once: both refuse, neither migrates, no lock stays', async () => {
    const results = await Promise.all([1, 2, 3].map(() => runCli(['up', '--dir', project.dir], { env: { DATABASE_URL: bouncer.txUrl } })));
    expect(results.map((r) => r.code)).toEqual([4, 4, 4]);
    expect(results.every((r) => r.stderr.includes('LOCKSTEP_E_POOLER'))).toBe(true);
    expect(await applied()).toBe(false);
    expect(await advisoryLocks()).toBe(0);
  });

  it('DIRECT_URL is what Lockstep migrates through while DATABASE_URL stays pooled', async () => {
    const r = await runCli(['up', '--dir', project.dir], { env: { DATABASE_URL: bouncer.txUrl, DIRECT_URL: db.url } });
    expect(r.stderr).not.toContain('LOCKSTEP_E_');
    expect(r.code).toBe(0);
    expect(await applied()).toBe(true);
    expect(await advisoryLocks()).toBe(0);
    await reset();
  });

  it('directUrl in the config file beside a pooled url; LOCKSTEP_DIRECT_URL through the pool is refused, naming directUrl', async () => {
    const withConfig = tempProject(files);
    writeFileSync(join(withConfig.root, 'lockstep.config.json'), JSON.stringify({ url: bouncer.txUrl, directUrl: db.url }));
    try {
      const ok = await runCli(['up', '--dir', withConfig.dir], { cwd: withConfig.root });
      expect(ok.code, ok.stderr).toBe(0);
      expect(await applied()).toBe(true);
      await reset();
      const refused = await runCli(['up', '--dir', withConfig.dir], { cwd: withConfig.root, env: { LOCKSTEP_DIRECT_URL: bouncer.txUrl } });
      expect(refused.code).toBe(4);
      expect(refused.stderr).toMatch(/directUrl \(LOCKSTEP_DIRECT_URL, DIRECT_URL\) is the URL in use/);
      expect(await applied()).toBe(false);
    } finally {
      withConfig.cleanup();
    }
  });

  it('a session-mode pool is not refused', async () => {
    const r = await runCli(['up', '--dir', project.dir, '--url', bouncer.sessionUrl]);
    expect(r.code, r.stderr).toBe(0);
    expect(await applied()).toBe(true);
    await reset();
  });
});
