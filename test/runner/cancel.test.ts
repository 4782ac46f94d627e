/**
 * Stopping a run with an AbortSignal (what the CLI does on SIGINT/SIGTERM): the statement in flight is
 * cancelled on the server, the migration rolls back (or is left partial) and is recorded as failed, and
 * its locks and the run lock are released at once instead of when the statement would have ended.
 */
import { afterEach, expect, it } from 'vitest';
import pg from 'pg';
import { runLockKey, type RunEvent } from '../../src/runner/index.js';
import { harness, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

let h: Harness;
const clients: pg.Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
  await h?.close();
});

/** Sleeps 30 s while a table named go_slow exists, so the same file applies at once once it is dropped. */
const SLOW = "SELECT pg_sleep(CASE WHEN to_regclass('go_slow') IS NOT NULL THEN 30 ELSE 0 END);";

async function sideClient(h: Harness, name = 'lockstep-test side'): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: h.migrator.config.url as string, application_name: name });
  c.on('error', () => undefined);
  await c.connect();
  clients.push(c);
  return c;
}

async function setup(h: Harness, sql: string): Promise<void> {
  const s = await h.migrator.context.db.connect('setup');
  await s.exec(sql);
  await s.release();
}

/** Aborts once the runner has started statement `index` (0-based) of `version`, after `delayMs`. */
function abortAt(h: Harness, version: string, index: number, delayMs: number): { controller: AbortController; abortedAt: () => number } {
  const controller = new AbortController();
  let at = 0;
  const seen = (e: RunEvent): boolean => e.type === 'statement' && e.version === version && e.index === index;
  const timer = setInterval(() => {
    if (!h.events.some(seen)) return;
    clearInterval(timer);
    setTimeout(() => {
      at = performance.now();
      controller.abort('SIGTERM');
    }, delayMs);
  }, 5);
  return { controller, abortedAt: () => at };
}

/** A side session in an open transaction that has read table a (it holds ACCESS SHARE and, with `begin`'s isolation, a snapshot). */
async function readerHoldingA(h: Harness, begin: string): Promise<pg.Client> {
  const reader = await sideClient(h, 'nightly-report');
  await reader.query(begin);
  await reader.query('select count(*) from a');
  return reader;
}

/** Aborts (as SIGTERM) as soon as the run reports its first lock retry: the signal lands in the backoff. */
function abortOnFirstRetry(h: Harness): AbortController {
  const controller = new AbortController();
  const timer = setInterval(() => {
    if (h.events.some((e) => e.type === 'lock-retry')) {
      clearInterval(timer);
      controller.abort('SIGTERM');
    }
  }, 5);
  return controller;
}

async function events(h: Harness, version: string): Promise<Array<{ kind: string; error: string | null }>> {
  return h.query("select kind, error from lockstep.events where version = $1 and kind in ('apply', 'fail', 'resume') order by id", [version]);
}

it('postgres: cancels the sleeping statement, rolls back, records the failure and releases every lock at once', async () => {
  h = await harness('postgres', { '001_slow.sql': sqlMigration(`ALTER TABLE a ADD COLUMN z int;\n${SLOW}`, 'ALTER TABLE a DROP COLUMN z;') });
  await setup(h, 'create table a (id int); create table go_slow ()');
  const { controller, abortedAt } = abortAt(h, '001', 1, 300);
  const result = await h.migrator.up({ signal: controller.signal, noLint: true });
  const stoppedMs = performance.now() - abortedAt();
  expect(result.failed?.error.code).toBe('LOCKSTEP_E_INTERRUPTED');
  // Both statements went to the server as one message (runner/batch.ts): the message names them together.
  expect(result.failed?.error.message).toBe('migration 001 (statements 1..2 of 2, sent together) was interrupted (SIGTERM)');
  expect(result.failed?.error.hint).toContain('rolled back; nothing of it was applied');
  expect(stoppedMs).toBeLessThan(2000);

  const side = await sideClient(h);
  expect((await side.query("select mode from pg_locks where relation = 'a'::regclass")).rows).toEqual([]);
  await side.query("set statement_timeout = '1s'");
  await side.query('insert into a values (1)');
  expect((await side.query("select 1 from information_schema.columns where table_name = 'a' and column_name = 'z'")).rows).toEqual([]);
  expect(await h.query("select status from lockstep.migrations where version = '001'")).toEqual([]);
  expect(await events(h, '001')).toEqual([{ kind: 'fail', error: 'migration 001 (statements 1..2 of 2, sent together) was interrupted (SIGTERM)' }]);

  // The run lock is free again: the next run applies the migration.
  await side.query('drop table go_slow');
  const again = await h.migrator.up({ noLint: true });
  expect(again.failed).toBeUndefined();
  expect(again.done.map((d) => d.version)).toEqual(['001']);
});

it('postgres: a no-transaction migration is left partial at the cancelled statement and resumes there', async () => {
  const file = sqlMigration(`CREATE TABLE b1 (id int);\n${SLOW}\nCREATE TABLE b2 (id int);`, 'DROP TABLE b2;\nDROP TABLE b1;', '-- lockstep:no-transaction\n');
  h = await harness('postgres', { '001_steps.sql': file });
  await setup(h, 'create table go_slow ()');
  const { controller } = abortAt(h, '001', 1, 300);
  const result = await h.migrator.up({ signal: controller.signal, noLint: true });
  expect(result.failed?.error).toMatchObject({ code: 'LOCKSTEP_E_INTERRUPTED', details: { partial: { done: 1, total: 3 } } });
  expect(result.failed?.error.hint).toContain('Run `lockstep up` to resume at statement 2');
  expect(await h.query("select status, statements_done as done from lockstep.migrations where version = '001'")).toEqual([{ status: 'partial', done: 1 }]);
  expect(await h.query("select relname from pg_class where relname in ('b1', 'b2')")).toEqual([{ relname: 'b1' }]);
  expect((await events(h, '001')).map((e) => e.kind)).toEqual(['fail']);

  await setup(h, 'drop table go_slow');
  const again = await h.migrator.up({ noLint: true });
  expect(again.failed).toBeUndefined();
  expect((await events(h, '001')).map((e) => e.kind)).toEqual(['fail', 'resume', 'apply']);
});

it('postgres: an abort while waiting for the run lock ends the wait at once, nothing run', async () => {
  h = await harness('postgres', { '001_t.sql': sqlMigration('CREATE TABLE t (id int);', 'DROP TABLE t;') }, { lockWait: '60s' });
  const holder = await sideClient(h, 'other lockstep run');
  await h.migrator.status(); // creates the history schema, so the lock key's schema exists
  const [k1, k2] = runLockKey('lockstep');
  await holder.query('select pg_advisory_lock($1, $2)', [k1, k2]);
  const controller = new AbortController();
  setTimeout(() => controller.abort('SIGINT'), 300);
  const started = performance.now();
  const err = await h.migrator.up({ signal: controller.signal, noLint: true }).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_INTERRUPTED', message: 'waiting for the run lock was interrupted (SIGINT)' });
  expect(performance.now() - started).toBeLessThan(1500);
  expect(await h.query("select 1 from pg_class where relname = 't'")).toEqual([]);
});

it('postgres: an abort during the backoff after a lock timeout stops retrying', async () => {
  h = await harness('postgres', { '001_col.sql': sqlMigration('ALTER TABLE a ADD COLUMN z int;', 'ALTER TABLE a DROP COLUMN z;') }, { lockTimeout: '50ms', retryDeadline: '60s' });
  await setup(h, 'create table a (id int)');
  const reader = await readerHoldingA(h, 'begin');
  const result = await h.migrator.up({ signal: abortOnFirstRetry(h).signal, noLint: true });
  expect(result.failed?.error).toMatchObject({ code: 'LOCKSTEP_E_INTERRUPTED' });
  expect(result.failed?.error.message).toMatch(/^migration 001 .*was interrupted \(SIGTERM\)$/);
  expect(h.events.filter((e) => e.type === 'lock-retry').length).toBeLessThanOrEqual(2);
  await reader.query('rollback');
});

it('postgres: a concurrent index build stopped between retries names the INVALID index it leaves, and the next up rebuilds it', async () => {
  const file = sqlMigration('CREATE INDEX CONCURRENTLY a_id_idx ON a (id);', 'DROP INDEX CONCURRENTLY a_id_idx;', '-- lockstep:no-transaction\n');
  h = await harness('postgres', { '001_idx.sql': file }, { lockTimeout: '50ms', retryDeadline: '60s' });
  await setup(h, 'create table a (id int); insert into a select generate_series(1, 1000)');
  // An open snapshot: the build waits for it (a lock wait, so lock_timeout ends each attempt), leaving the index INVALID.
  const reader = await readerHoldingA(h, 'begin isolation level repeatable read');
  const result = await h.migrator.up({ signal: abortOnFirstRetry(h).signal, noLint: true });
  expect(result.failed?.error).toMatchObject({ code: 'LOCKSTEP_E_INTERRUPTED' });
  expect(result.failed?.error.hint).toContain('a_id_idx INVALID');
  await reader.query('rollback');
  const again = await h.migrator.up({ noLint: true });
  expect(again.failed).toBeUndefined();
  expect(await h.query("select indisvalid as valid from pg_index where indexrelid = 'a_id_idx'::regclass")).toEqual([{ valid: true }]);
});

it('postgres: an interrupted transactional rollback is undone, the migration stays applied', async () => {
  h = await harness('postgres', { '001_slow_down.sql': sqlMigration('CREATE TABLE d (id int);', `DROP TABLE d;\n${SLOW}`) });
  expect((await h.migrator.up({ noLint: true })).failed).toBeUndefined();
  await setup(h, 'create table go_slow ()');
  const { controller } = abortAt(h, '001', 1, 300);
  const result = await h.migrator.down({ signal: controller.signal });
  expect(result.failed?.error).toMatchObject({ code: 'LOCKSTEP_E_INTERRUPTED', hint: 'The rollback was undone; the migration is still applied.' });
  expect(await h.query("select status from lockstep.migrations where version = '001'")).toEqual([{ status: 'applied' }]);
  expect(await h.query("select 1 as one from pg_class where relname = 'd'")).toEqual([{ one: 1 }]);
  const side = await sideClient(h);
  expect((await side.query("select mode from pg_locks where relation = 'd'::regclass")).rows).toEqual([]);
});

it('pglite: a statement runs to its end (same thread), then the run stops before the next one and rolls back', async () => {
  const busy = 'SELECT count(*) FROM generate_series(1, 1000000);';
  h = await harness('pglite', { '001_busy.sql': sqlMigration(`CREATE TABLE p1 (id int);\n${busy}\nCREATE TABLE p2 (id int);`, 'DROP TABLE p2;\nDROP TABLE p1;') });
  const controller = new AbortController();
  // The abort is queued while statement 2 runs in WASM; it is seen before statement 3.
  const timer = setInterval(() => {
    if (h.events.some((e) => e.type === 'statement' && e.index === 1)) {
      clearInterval(timer);
      controller.abort('SIGTERM');
    }
  }, 1);
  const result = await h.migrator.up({ signal: controller.signal, noLint: true });
  expect(result.failed?.error).toMatchObject({ code: 'LOCKSTEP_E_INTERRUPTED' });
  expect(await h.query("select relname from pg_class where relname in ('p1', 'p2')")).toEqual([]);
  expect(await h.query("select status from lockstep.migrations where version = '001'")).toEqual([]);
  expect((await events(h, '001')).map((e) => e.kind)).toEqual(['fail']);
  const again = await h.migrator.up({ noLint: true });
  expect(again.done.map((d) => d.version)).toEqual(['001']);
});
