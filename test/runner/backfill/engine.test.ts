/** The backfill engine against a real PostgreSQL: batches, transactions, resume after a kill, retries, throttling. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackfill } from '../../../src/runner/backfill/index.js';
import type { RunEvent } from '../../../src/runner/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { REPO_ROOT } from '../../support/fixtures.js';
import { counts, seedItems, session } from './support.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('backfill');
});
afterAll(async () => {
  await db?.drop();
});

describe('runBackfill', () => {
  it('updates 20,000 rows in 20 batches of 1,000, each its own transaction, every row exactly once', async () => {
    const c = await db.client();
    await seedItems(c, 'items', 20_000);
    const { s, close } = await session(db.url);
    const events: RunEvent[] = [];
    try {
      const r = await runBackfill(s, { table: 'items', set: 'n = n + 1', batchSize: 1000 }, { historySchema: 'lockstep', version: '001', onEvent: (e) => events.push(e) });
      expect(r).toMatchObject({ rowsDone: 20_000, rowsThisRun: 20_000, batches: 20, resumed: false, alreadyDone: false, table: 'public.items' });
    } finally {
      await close();
    }
    expect(await counts(c, 'items')).toEqual({ rows: 20_000, once: 20_000, zero: 0, more: 0, txids: 20, touched: 20_000 });
    const perTx = await c.query('select count(*)::int as n from items_touched group by txid');
    expect(new Set(perTx.rows.map((r) => r.n))).toEqual(new Set([1000]));
    const progress = await c.query('select rows_done::int, batches, last_key, finished_at from lockstep.backfills where version = $1', ['001']);
    expect(progress.rows[0]).toMatchObject({ rows_done: 20_000, batches: 20, last_key: '20000', finished_at: expect.any(Date) });
    const last = events.filter((e) => e.type === 'backfill-progress').at(-1);
    expect(last).toMatchObject({ finished: true, rowsDone: 20_000, fraction: 1 });
  });

  it('does nothing the second time: a finished backfill is skipped', async () => {
    const c = await db.client();
    const { s, close } = await session(db.url);
    try {
      const r = await runBackfill(s, { table: 'items', set: 'n = n + 1', batchSize: 1000 }, { historySchema: 'lockstep', version: '001' });
      expect(r).toMatchObject({ alreadyDone: true, rowsThisRun: 0 });
    } finally {
      await close();
    }
    expect((await counts(c, 'items')).more).toBe(0);
  });

  it('updates only the rows matching where, and a batch may update fewer rows than it scans', async () => {
    const c = await db.client();
    await seedItems(c, 'flagged', 5_000);
    const { s, close } = await session(db.url);
    try {
      const r = await runBackfill(s, { table: 'flagged', set: "n = n + 1, note = 'x'", where: 'flag AND note IS NULL', batchSize: 700 }, { historySchema: 'lockstep', version: '002' });
      expect(r.rowsDone).toBe(2_500);
    } finally {
      await close();
    }
    const r = await c.query("select count(*) filter (where n = 1 and flag and note = 'x')::int as done, count(*) filter (where n <> 0 and not flag)::int as wrong from flagged");
    expect(r.rows[0]).toEqual({ done: 2_500, wrong: 0 });
  });

  it('resumes after the process running it is killed: every row updated exactly once', async () => {
    const c = await db.client();
    await seedItems(c, 'killme', 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'test/runner/backfill/fixtures/run-backfill-child.ts'), db.url, 'killme'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until some batches are committed, then kill it without warning.
    for (;;) {
      const r = await c.query("select coalesce((select batches from lockstep.backfills where version = 'child'), 0) as b").catch(() => ({ rows: [{ b: 0 }] }));
      if (Number(r.rows[0]?.b) >= 5) break;
      if (child.exitCode !== null) throw new Error(`child exited early: ${stderr}`);
      await new Promise((r2) => setTimeout(r2, 20));
    }
    child.kill('SIGKILL');
    await exited;
    // The server may still be running the batch the child had sent, and commit it: wait until its backend is gone.
    for (;;) {
      const r = await c.query("select count(*)::int as n from pg_stat_activity where application_name = 'lockstep backfill child'");
      if (r.rows[0]?.n === 0) break;
      await new Promise((r2) => setTimeout(r2, 20));
    }
    const mid = await counts(c, 'killme');
    expect(mid.more).toBe(0);
    expect(mid.once).toBeGreaterThan(0);
    expect(mid.zero).toBeGreaterThan(0);
    const stopped = await c.query("select rows_done::int as done, finished_at from lockstep.backfills where version = 'child'");
    expect(stopped.rows[0]).toMatchObject({ finished_at: null });
    // Batches and progress commit together: what the progress row says is exactly what was updated.
    expect(stopped.rows[0].done).toBe(mid.once);

    const { s, close } = await session(db.url);
    try {
      const r = await runBackfill(s, { table: 'killme', set: 'n = n + 1', batchSize: 500 }, { historySchema: 'lockstep', version: 'child' });
      expect(r).toMatchObject({ resumed: true, rowsDone: 20_000, rowsThisRun: 20_000 - mid.once });
    } finally {
      await close();
    }
    expect(await counts(c, 'killme')).toMatchObject({ rows: 20_000, once: 20_000, zero: 0, more: 0, touched: 20_000 });
  });

  it('retries a batch whose lock times out, names the blocker, and finishes once the lock is released', async () => {
    const c = await db.client();
    await seedItems(c, 'locked', 3_000);
    const holder = await db.client('report-job');
    await holder.query('begin');
    await holder.query('lock table locked in share mode'); // SHARE conflicts with the ROW EXCLUSIVE an UPDATE needs
    const { s, close } = await session(db.url);
    const events: RunEvent[] = [];
    try {
      const r = await runBackfill(s, { table: 'locked', set: 'n = n + 1', batchSize: 1000 }, {
        historySchema: 'lockstep', version: '003', setTimeouts: true,
        policy: { lockTimeoutMs: 50, statementTimeoutMs: 0, lockRetries: 20, retryDeadlineMs: 60_000, backoffBaseMs: 10, backoffMaxMs: 50 },
        onEvent: (e) => {
          events.push(e);
          if (e.type === 'lock-retry') void holder.query('commit');
        },
      });
      expect(r.rowsDone).toBe(3_000);
    } finally {
      await close();
    }
    const retry = events.find((e) => e.type === 'lock-retry');
    expect(retry).toMatchObject({ version: '003', attempt: 1 });
    expect(retry?.type === 'lock-retry' && retry.blockers.map((b) => b.applicationName)).toContain('report-job');
    expect((await counts(c, 'locked')).once).toBe(3_000);
  });

  it('waits between batches while replicas lag more than maxReplicaLagBytes', async () => {
    const c = await db.client();
    await seedItems(c, 'lagging', 2_000);
    const lags = [50_000_000, 20_000_000];
    const { s, close } = await session(db.url);
    const events: RunEvent[] = [];
    try {
      await runBackfill(s, { table: 'lagging', set: 'n = n + 1', batchSize: 500, maxReplicaLagBytes: 1_000_000 }, {
        historySchema: 'lockstep', version: '004', lagPollMs: 5, onEvent: (e) => events.push(e),
        measureLag: async () => lags.shift() ?? 0,
      });
    } finally {
      await close();
    }
    const waits = events.filter((e) => e.type === 'backfill-progress' && e.waitingForLagBytes !== undefined);
    expect(waits.map((e) => e.type === 'backfill-progress' && e.waitingForLagBytes)).toEqual([50_000_000, 20_000_000]);
    expect((await counts(c, 'lagging')).once).toBe(2_000);
  });

  it('refuses a key that is not unique, and a table without a single-column primary key', async () => {
    const c = await db.client();
    await c.query('create table nokey (a int, b int); insert into nokey values (1, 1)');
    const { s, close } = await session(db.url);
    try {
      await expect(runBackfill(s, { table: 'nokey', set: 'b = 2' }, { historySchema: 'lockstep', version: '005' }))
        .rejects.toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', message: expect.stringContaining('no single-column primary key') });
      await expect(runBackfill(s, { table: 'nokey', set: 'b = 2', key: 'a' }, { historySchema: 'lockstep', version: '005' }))
        .rejects.toMatchObject({ message: expect.stringContaining('not a NOT NULL column with a unique index') });
      await expect(runBackfill(s, { table: 'nokey', set: 'b = 2; drop table nokey', key: 'a' }, { historySchema: 'lockstep', version: '005' }))
        .rejects.toMatchObject({ code: 'LOCKSTEP_E_BAD_DIRECTIVE' });
    } finally {
      await close();
    }
  });
});
