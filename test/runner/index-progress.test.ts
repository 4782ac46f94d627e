/**
 * Progress of an index build while it runs, sampled from pg_stat_progress_create_index on a second session: a
 * CREATE INDEX CONCURRENTLY held in its "waiting for writers" phase by an open writing transaction is reported
 * as such (library events, and CLI lines that CI logs repeat at most every LOCKSTEP_PROGRESS_EVERY).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createMigrator } from '../../src/api/index.js';
import { resolveConfig } from '../../src/config/index.js';
import type { RunEvent } from '../../src/runner/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';

type IndexEvent = Extract<RunEvent, { type: 'index-progress' }>;

let db: TestDatabase;

/** A migration building one index concurrently, with a lock_timeout long enough to wait for the writer. */
function project(version: string, index: string): TempProject {
  return tempProject({
    [`${version}_idx.sql`]: sqlMigration(`create index concurrently ${index} on items (sku);`, `drop index concurrently ${index};`, '-- lockstep:no-transaction\n-- lockstep:lock-timeout 60s\n'),
  });
}

/** An open transaction that wrote to items: CREATE INDEX CONCURRENTLY waits for it before building. */
let writers = 0;
async function openWriter(): Promise<pg.Client> {
  const c = await db.client('writer');
  await c.query('begin');
  await c.query("insert into items values ($1, 'w')", [-++writers]);
  return c;
}

beforeAll(async () => {
  db = await createTestDatabase('index_progress');
  const c = await db.client();
  await c.query("create table items (id bigint primary key, sku text); insert into items select g, md5(g::text) from generate_series(1, 20000) g");
});
afterAll(async () => db.drop());

describe('library events', () => {
  it('reports the waiting phase while a writer holds the build, then one finished event', async () => {
    const p = project('001', 'items_sku_idx');
    const events: IndexEvent[] = [];
    const writer = await openWriter();
    const config = await resolveConfig({ cwd: p.root, url: db.url });
    const m = await createMigrator({
      resolved: { ...config, policy: { ...config.policy, progressPollMs: 50 } },
      onEvent: (e) => void (e.type === 'index-progress' && events.push(e)),
    });
    try {
      const running = m.up({ noLint: true });
      await waitFor('the waiting phase', () => events.some((e) => e.phase.startsWith('waiting for writers')));
      const waiting = events.find((e) => e.phase.startsWith('waiting for writers'));
      expect(waiting).toMatchObject({ version: '001', index: 'items_sku_idx', finished: false, lockersTotal: 1, lockersDone: 0, fraction: 0 });
      await writer.query('commit');
      const result = await running;
      expect(result.failed).toBeUndefined();
      expect(events.filter((e) => e.finished)).toEqual([expect.objectContaining({ index: 'items_sku_idx', phase: 'done', fraction: 1 })]);
      expect(events.at(-1)?.finished).toBe(true);
    } finally {
      await writer.query('rollback').catch(() => undefined);
      await m.close();
      p.cleanup();
    }
  });
});

describe('CLI output in CI (not a terminal)', () => {
  it('prints the progress line when it starts and when it ends, and no more often than LOCKSTEP_PROGRESS_EVERY', async () => {
    // Its own version: the database's history already has 001 from the test above.
    const p = project('002', 'items_sku_cli_idx');
    const writer = await openWriter();
    try {
      const cli = spawnCli(['up', '--no-lint', '--url', db.url], { cwd: p.root, env: { LOCKSTEP_PROGRESS_EVERY: '1h' } });
      await waitFor('the first progress line', () => cli.stderr().includes('index items_sku_cli_idx:'), 30_000).catch((err: Error) => {
        throw new Error(`${err.message}; stderr so far:\n${cli.stderr()}`);
      });
      // Two more samples (every 2s) are taken while it waits; the hour between lines keeps them out of the log.
      await new Promise((r) => setTimeout(r, 4_500));
      await writer.query('commit');
      const r = await cli.exited;
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('  index items_sku_cli_idx'));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^ {2}index items_sku_cli_idx: 0% waiting for writers before build, waited for 0 of 1 session\(s\), \d/);
      expect(lines[1]).toMatch(/^ {2}index items_sku_cli_idx: built, /);
    } finally {
      await writer.query('rollback').catch(() => undefined);
      p.cleanup();
    }
  }, 60_000);
});
