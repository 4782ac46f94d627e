/**
 * The adaptive lock_timeout (docs/locks.md): attempts start short, so writers queued behind a waiting migration
 * statement stall for the short timeout, not the configured one; they grow only when the blocking ends within the
 * configured timeout (traffic), and stay short behind a transaction that outlasts it (waited out off the queue).
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { withLockRetries, type RunEvent } from '../../src/runner/index.js';
import { DbError, type Session } from '../../src/db/port.js';
import { DEFAULT_POLICY, firstLockTimeout, nextLockTimeout, startsShort } from '../../src/execution/policy.js';
import { initParser, parseSql } from '../../src/sql/index.js';
import { harness, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

const lockTimeout = (): DbError => new DbError('canceling statement due to lock timeout', '55P03', undefined, undefined, undefined);

describe('the policy', () => {
  beforeAll(async () => {
    await initParser();
  });

  it('starts at the initial timeout, never above the configured one, and not at all when it is off', () => {
    expect(firstLockTimeout(DEFAULT_POLICY)).toBe(DEFAULT_POLICY.initialLockTimeoutMs);
    expect(firstLockTimeout({ ...DEFAULT_POLICY, lockTimeoutMs: 5 })).toBe(5);
    expect(firstLockTimeout({ ...DEFAULT_POLICY, initialLockTimeoutMs: 0 })).toBe(DEFAULT_POLICY.lockTimeoutMs);
    expect(firstLockTimeout({ ...DEFAULT_POLICY, initialLockTimeoutMs: undefined })).toBe(DEFAULT_POLICY.lockTimeoutMs);
  });

  it('doubles when the blocking ended within the configured timeout, up to it; stays behind a longer one', () => {
    const p = { ...DEFAULT_POLICY, lockTimeoutMs: 100 };
    expect(nextLockTimeout(p, 10, 35)).toBe(20);
    expect(nextLockTimeout(p, 80, 90)).toBe(100);
    expect(nextLockTimeout(p, 100, 50)).toBe(100);
    expect(nextLockTimeout(p, 10, 250)).toBe(10);
    expect(nextLockTimeout(p, 10, Infinity)).toBe(10);
  });

  it('keeps the configured timeout for concurrent index builds only', () => {
    const [cic, reindex, alter, dropConcurrently] = parseSql(
      'CREATE INDEX CONCURRENTLY i ON t (a); REINDEX INDEX CONCURRENTLY i; ALTER TABLE t ADD COLUMN b int; DROP INDEX CONCURRENTLY i;',
    );
    expect([cic, reindex, alter, dropConcurrently].map(startsShort)).toEqual([false, false, true, true]);
    expect(startsShort(undefined)).toBe(true);
  });
});

describe('withLockRetries', () => {
  const session = { query: async () => ({ rows: [], rowCount: 0 }) } as unknown as Session;

  it('retries at once with a doubled timeout while it cannot see a blocker that stays, then backs off at the configured one', async () => {
    const given: number[] = [];
    const events: RunEvent[] = [];
    const policy = { ...DEFAULT_POLICY, lockTimeoutMs: 100, initialLockTimeoutMs: 10, backoffBaseMs: 5, backoffMaxMs: 5 };
    const result = await withLockRetries({ session, policy, version: '001', relations: [], onEvent: (e) => events.push(e) }, async (ms) => {
      given.push(ms);
      if (given.length < 7) throw lockTimeout();
      return 'done';
    });
    expect(result).toEqual({ value: 'done', retries: 6 });
    expect(given).toEqual([10, 20, 40, 80, 100, 100, 100]);
    const delays = events.flatMap((e) => (e.type === 'lock-retry' ? [e.delayMs] : []));
    expect(delays.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(delays.slice(4).every((d) => d > 0)).toBe(true);
  });

  it('gives every attempt the configured timeout when not adaptive', async () => {
    const given: number[] = [];
    const policy = { ...DEFAULT_POLICY, lockTimeoutMs: 100, backoffBaseMs: 1, backoffMaxMs: 1 };
    await withLockRetries({ session, policy, version: '001', relations: [], onEvent: () => undefined, adaptive: false }, async (ms) => {
      given.push(ms);
      if (given.length < 3) throw lockTimeout();
    });
    expect(given).toEqual([100, 100, 100]);
  });
});

describe('against a server', () => {
  let h: Harness;
  let report: pg.Client;
  const ADD_COLUMN = { '001_add_metadata.sql': sqlMigration('ALTER TABLE accounts ADD COLUMN metadata jsonb;', 'ALTER TABLE accounts DROP COLUMN metadata;') };

  const client = async (name: string): Promise<pg.Client> => {
    const { default: pgLib } = await import('pg');
    const c = new pgLib.Client({ connectionString: h.migrator.config.url as string, application_name: name });
    await c.connect();
    return c;
  };

  beforeEach(async () => {
    // A configured lock_timeout of 1 s: a writer queued behind a full-length attempt would stall a whole second.
    h = await harness('postgres', ADD_COLUMN, { lockTimeout: '1s', retryDeadline: '60s' });
    await h.query('create table accounts (id bigint primary key, balance bigint not null default 0); insert into accounts select g from generate_series(1, 100) g');
    report = await client('nightly-report');
    await report.query('begin');
    await report.query('select count(*) from accounts');
  });

  afterEach(async () => {
    await report.end().catch(() => undefined);
    await h.close();
  });

  it('behind a long report, writers stall for the short attempts, not the configured lock_timeout', async () => {
    const writer = await client('writer');
    let longestMs = 0;
    let writing = true;
    const writes = (async () => {
      for (let i = 1; writing; i++) {
        const t = performance.now();
        await writer.query('update accounts set balance = balance + 1 where id = $1', [(i % 100) + 1]);
        longestMs = Math.max(longestMs, performance.now() - t);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    // Retries counted when the report's COMMIT is sent: every one of them queued behind the report.
    let behindReport = 0;
    const watch = setInterval(() => {
      behindReport = h.events.filter((e) => e.type === 'lock-retry').length;
      if (behindReport >= 3) {
        clearInterval(watch);
        void report.query('commit');
      }
    }, 10);
    try {
      const result = await h.migrator.up();
      expect(result.failed).toBeUndefined();
      expect(result.done[0]?.retries).toBeGreaterThanOrEqual(3);
    } finally {
      clearInterval(watch);
      writing = false;
      await writes;
      await writer.end();
    }
    const retries = h.events.flatMap((e) => (e.type === 'lock-retry' ? [e] : []));
    // Every attempt behind the report stayed at the initial timeout: it outlasted the configured one. An attempt that
    // timed out while the COMMIT was on its way may find the report gone and grow, but never to the configured 1 s.
    const queued = retries.slice(0, behindReport);
    expect(queued.length).toBeGreaterThanOrEqual(3);
    expect(queued.map((e) => e.lockTimeoutMs)).toEqual(queued.map(() => DEFAULT_POLICY.initialLockTimeoutMs));
    for (const e of retries) expect(e.lockTimeoutMs).toBeLessThan(1000);
    expect(retries[0]?.blockers[0]).toMatchObject({ applicationName: 'nightly-report' });
    // With the configured 1 s on every attempt, some write would have waited at least a second.
    expect(longestMs).toBeLessThan(500);
    expect(await h.query("select 1 from information_schema.columns where table_name = 'accounts' and column_name = 'metadata'")).toHaveLength(1);
  });

  it('grows the timeout when the blocker lets go within the configured one', async () => {
    const session = await h.migrator.context.db.connect('retry-test');
    const given: number[] = [];
    const policy = { ...DEFAULT_POLICY, lockTimeoutMs: 1000, initialLockTimeoutMs: 10 };
    try {
      await withLockRetries({ session, policy, version: '001', relations: ['accounts'], onEvent: () => undefined }, async (ms) => {
        given.push(ms);
        // The report ends 60 ms after the first attempt began: well within the configured 1 s.
        if (given.length === 1) setTimeout(() => void report.query('commit'), 60);
        await session.exec(`begin; set local lock_timeout = '${ms}ms'`);
        try {
          await session.exec('alter table accounts add column metadata jsonb');
          await session.exec('commit');
        } catch (err) {
          await session.exec('rollback');
          throw err;
        }
      });
    } finally {
      await session.release();
    }
    expect(given).toEqual([10, 20]);
  });
});
