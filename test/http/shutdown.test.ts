/** Stopping the server while a run is in progress cancels its statement on the database: no lock is left behind. */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.js';
import { sqlMigration } from '../support/fixtures.js';
import { TOKENS, post, twoEnvironments, type TwoEnvironments } from './support.js';

let env: TwoEnvironments;
let server: RunningServer;

beforeAll(async () => {
  env = await twoEnvironments('http_shutdown', {
    '001_accounts.sql': sqlMigration('CREATE TABLE accounts (id int);', 'DROP TABLE accounts;'),
    '002_slow.sql': sqlMigration('ALTER TABLE accounts ADD COLUMN note text;\nSELECT pg_sleep(20);', 'ALTER TABLE accounts DROP COLUMN note;'),
  });
  const c = new pg.Client({ connectionString: env.dev.url });
  await c.connect();
  await c.query('CREATE TABLE accounts (id int)');
  await c.end();
  env.project.remove('001_accounts.sql');
  server = await startServer(env.config, { port: 0, env: {}, log: () => undefined });
});

afterAll(async () => {
  await env?.close();
});

it('close() cancels the run in flight: it rolls back at once, answers, and leaves no lock on the table', async () => {
  const answer = fetch(`${server.url}/v1/up`, post({ env: 'dev' }, TOKENS.applyDev));
  const watcher = new pg.Client({ connectionString: env.dev.url });
  await watcher.connect();
  try {
    // Wait until the migration holds its lock and sleeps.
    const holding = async () => (await watcher.query("select 1 from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'accounts' and l.mode = 'AccessExclusiveLock' and l.granted")).rowCount;
    for (let i = 0; i < 100 && !(await holding()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await holding()).toBe(1);
    const started = performance.now();
    await server.close();
    const res = await answer;
    const body = (await res.json()) as { failed?: { version: string; error: { code: string } } };
    expect(body.failed).toMatchObject({ version: '002', error: { code: 'LOCKSTEP_E_INTERRUPTED' } });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await holding()).toBe(0);
    // Rolled back: the column is not there, and writers go straight through.
    expect((await watcher.query("select 1 from information_schema.columns where table_name = 'accounts' and column_name = 'note'")).rowCount).toBe(0);
    await watcher.query('insert into accounts values (1)');
  } finally {
    await watcher.end();
  }
}, 30_000);
