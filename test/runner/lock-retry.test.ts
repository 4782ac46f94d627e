/**
 * Zero-downtime behaviour of the runner against a real server: a second connection holds a lock,
 * the migration waits at most lock_timeout per attempt, reports the blocker, retries, and either
 * succeeds once the lock is released or gives up cleanly with nothing applied.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type pg from 'pg';
import { withLockRetries, type RunEvent } from '../../src/runner/index.js';
import { DEFAULT_POLICY } from '../../src/execution/policy.js';
import { harness, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

let h: Harness;
let blocker: pg.Client;

const ADD_COLUMN = { '001_add_metadata.sql': sqlMigration('ALTER TABLE accounts ADD COLUMN metadata jsonb;', 'ALTER TABLE accounts DROP COLUMN metadata;') };

async function holdAccessShare(h: Harness): Promise<pg.Client> {
  const s = await h.migrator.context.db.connect('setup');
  await s.exec('create table accounts (id bigint primary key, balance bigint not null default 0); insert into accounts select g from generate_series(1, 100) g');
  await s.release();
  const { default: pgLib } = await import('pg');
  const c = new pgLib.Client({ connectionString: (h.migrator.config.url as string), application_name: 'nightly-report' });
  await c.connect();
  await c.query('begin');
  // Its last query carries a value (pg_stat_activity shows it): Lockstep records the query's shape, not the value.
  await c.query("select count(*) from accounts where id <> 987654 and 'card 4242' <> ''");
  return c;
}

const columnExists = async (h: Harness): Promise<boolean> =>
  (await h.query("select 1 from information_schema.columns where table_name = 'accounts' and column_name = 'metadata'")).length === 1;

beforeEach(async () => {
  h = await harness('postgres', ADD_COLUMN, { lockTimeout: '50ms', retryDeadline: '60s' });
  blocker = await holdAccessShare(h);
});

afterEach(async () => {
  await blocker.end().catch(() => undefined);
  await h.close();
});

it('waits behind a long report, names it, retries and succeeds once it ends', async () => {
  const released = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (h.events.filter((e) => e.type === 'lock-retry').length >= 2) {
        clearInterval(check);
        void blocker.query('commit').then(() => resolve());
      }
    }, 20);
  });
  const result = await h.migrator.up();
  await released;
  expect(result.failed).toBeUndefined();
  expect(result.done[0]?.retries).toBeGreaterThanOrEqual(2);
  expect(await columnExists(h)).toBe(true);
  const retry = h.events.find((e): e is Extract<RunEvent, { type: 'lock-retry' }> => e.type === 'lock-retry');
  expect(retry?.blockers[0]).toMatchObject({ applicationName: 'nightly-report', relation: 'accounts', mode: 'AccessShareLock', state: 'idle in transaction' });
  expect(retry?.blockers[0]?.query).toBe("select count(*) from accounts where id <> $1 and $2 <> $3");
  const events = (await h.migrator.history()).events;
  expect(JSON.stringify(events)).toContain('accounts where id <> $1');
  expect(JSON.stringify(events)).not.toMatch(/987654|card 4242/);
  const kinds = events.map((e) => e.kind);
  expect(kinds.filter((k) => k === 'retry').length).toBeGreaterThanOrEqual(2);
  expect(kinds.at(-1)).toBe('apply');
});

it('starts the next attempt as soon as the long blocker is gone, not at the end of its backoff', async () => {
  const session = await h.migrator.context.db.connect('retry-test');
  // A 2–4 s backoff after the first timeout; the report ends 0.3 s into it.
  const policy = { ...DEFAULT_POLICY, lockTimeoutMs: 50, backoffBaseMs: 4000, backoffMaxMs: 4000 };
  const events: RunEvent[] = [];
  const started = Date.now();
  try {
    const result = await withLockRetries(
      {
        session, policy, version: '001', relations: ['accounts'], onEvent: (e) => events.push(e),
        onRetry: async () => {
          setTimeout(() => void blocker.query('commit'), 300);
        },
      },
      async () => {
        await session.exec('begin');
        try {
          await session.exec("set local lock_timeout = '50ms'");
          await session.exec('alter table accounts add column metadata jsonb');
          await session.exec('commit');
        } catch (err) {
          await session.exec('rollback');
          throw err;
        }
      },
    );
    expect(result.retries).toBe(1);
    const retry = events.find((e): e is Extract<RunEvent, { type: 'lock-retry' }> => e.type === 'lock-retry');
    expect(retry?.delayMs).toBeGreaterThanOrEqual(2000);
    // Well before the backoff's end: the wait looked every 100 ms and saw the report's locks gone.
    expect(Date.now() - started).toBeLessThan(1900);
    expect(await columnExists(h)).toBe(true);
  } finally {
    await session.release();
  }
});

it('gives up cleanly after the deadline with nothing applied', async () => {
  await h.reopen({ lockTimeout: '50ms', retryDeadline: '1s' });
  const result = await h.migrator.up();
  expect(result.failed?.error.code).toBe('LOCKSTEP_E_LOCK_TIMEOUT');
  expect(result.failed?.error.message).toContain('nightly-report');
  expect(result.failed?.error.message).toContain('nothing of it was applied');
  expect(await columnExists(h)).toBe(false);
  const status = await h.migrator.status();
  expect(status.migrations[0]?.state).toBe('pending');
});

it('drops the INVALID index a failed concurrent build left behind, and rebuilds it on resume', async () => {
  await blocker.query('commit');
  const s = await h.migrator.context.db.connect('setup');
  await s.exec('create table emails (id bigint primary key, address text); insert into emails values (1, $$a$$), (2, $$a$$)');
  await s.release();
  h.project.write({
    '002_unique_email.sql': sqlMigration(
      'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS emails_address_key ON emails (address);',
      'DROP INDEX CONCURRENTLY emails_address_key;',
    ),
  });
  const first = await h.migrator.up();
  expect(first.failed?.version).toBe('002');
  const status = await h.migrator.status();
  expect(status.invalidIndexes).toEqual(['public.emails_address_key']);
  await h.query('delete from emails where id = 2');
  const second = await h.migrator.up();
  expect(second.failed).toBeUndefined();
  const idx = await h.query<{ valid: boolean }>("select indisvalid as valid from pg_index where indexrelid = 'emails_address_key'::regclass");
  expect(idx).toEqual([{ valid: true }]);
  expect(h.events.some((e) => e.type === 'notice' && e.message.includes('dropping INVALID index'))).toBe(true);
  expect((await h.migrator.status()).invalidIndexes).toEqual([]);
});
