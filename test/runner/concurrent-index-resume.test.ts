/**
 * A concurrent index build that the server finished after the run's client was gone (kill -9 of a deploy): the
 * progress record is one statement behind, and the statement has no IF NOT EXISTS. `status` counts the build from
 * the catalog and `up` records it as done instead of failing with 42P07 "already exists"; an index of that name
 * with another definition is refused naming both; REINDEX CONCURRENTLY leftovers are dropped before it runs again.
 */
import { afterEach, expect, it } from 'vitest';
import { harness, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const UP = [
  "INSERT INTO log VALUES ('x');",
  'CREATE INDEX CONCURRENTLY t_lower_b ON t (lower(b));',
  'CREATE UNIQUE INDEX CONCURRENTLY t_a ON t (a) INCLUDE (b) WHERE a > 0;',
  "INSERT INTO log VALUES ('y');",
].join('\n');

/** Applies 001 and then rewinds its record to `done` statements, as a client killed right after those would leave it. */
async function appliedThenRewound(done: number): Promise<void> {
  h = await harness('postgres', { '001_idx.sql': sqlMigration(UP, 'DROP INDEX CONCURRENTLY t_a;\nDROP INDEX CONCURRENTLY t_lower_b;', '-- lockstep:no-transaction\n') });
  await h.query('create table log (v text); create table t (a int, b varchar(20))');
  const first = await h.migrator.up({ noLint: true });
  expect(first.failed).toBeUndefined();
  await h.query("update lockstep.migrations set status = 'partial', statements_done = $1 where version = '001'", [done]);
  // The unrecorded statements that are not index builds did not run (they commit with their record).
  await h.query("delete from log where v = 'y'");
}

it('status counts the finished builds from the catalog; up records them and runs the rest once', async () => {
  await appliedThenRewound(1);
  const status = await h.migrator.status();
  expect(status.migrations[0]?.state).toBe('partial');
  expect(status.migrations[0]?.partial).toMatchObject({ done: 3, total: 4 });

  const again = await h.migrator.up({ noLint: true });
  expect(again.failed?.error.message).toBeUndefined();
  expect(await h.query('select v from log order by v')).toEqual([{ v: 'x' }, { v: 'y' }]);
  expect(await h.query("select status, statements_done from lockstep.migrations where version = '001'")).toEqual([{ status: 'applied', statements_done: 4 }]);
  const notices = h.events.filter((e) => e.type === 'notice').map((e) => (e as { message: string }).message);
  expect(notices).toContain("index public.t_lower_b is already built and valid with this definition (an earlier run's build finished after its client had gone): recorded as done");
  expect(notices).toContain("index public.t_a is already built and valid with this definition (an earlier run's build finished after its client had gone): recorded as done");
});

it('an index of that name with another definition is refused, naming both; nothing else runs', async () => {
  await appliedThenRewound(1);
  await h.query('drop index t_lower_b; create index t_lower_b on t (b)');
  const status = await h.migrator.status();
  expect(status.migrations[0]?.partial).toMatchObject({ done: 1, total: 4 });
  const again = await h.migrator.up({ noLint: true });
  expect(again.failed?.error.code).toBe('LOCKSTEP_E_MIGRATION_FAILED');
  expect(again.failed?.error.message).toBe('index public.t_lower_b already exists with another definition: CREATE INDEX t_lower_b ON public.t USING btree (b); '
    + 'the statement creates CREATE INDEX t_lower_b ON t USING btree (lower((b)::text))');
  expect(again.failed?.error.location).toMatchObject({ line: 4 });
  expect(await h.query("select statements_done from lockstep.migrations where version = '001'")).toEqual([{ statements_done: 1 }]);
  expect(await h.query('select v from log order by v')).toEqual([{ v: 'x' }]);
});

it('an INVALID index of that name is dropped and rebuilt', async () => {
  await appliedThenRewound(1);
  // What a build stopped half-way leaves: the index, marked invalid.
  await h.query("update pg_index set indisvalid = false where indexrelid = 't_lower_b'::regclass");
  const status = await h.migrator.status();
  expect(status.invalidIndexes).toEqual(['public.t_lower_b']);
  expect(status.migrations[0]?.partial).toMatchObject({ done: 1 });
  const again = await h.migrator.up({ noLint: true });
  expect(again.failed).toBeUndefined();
  expect(await h.query("select indisvalid from pg_index where indexrelid = 't_lower_b'::regclass")).toEqual([{ indisvalid: true }]);
  expect(await h.query('select v from log order by v')).toEqual([{ v: 'x' }, { v: 'y' }]);
});

it('the run session checks for a vanished client (client_connection_check_interval)', async () => {
  h = await harness('postgres', { '001_show.sql': sqlMigration("DO $$ BEGIN IF current_setting('client_connection_check_interval') <> '1s' THEN RAISE EXCEPTION 'not set: %', current_setting('client_connection_check_interval'); END IF; END $$;", 'SELECT 1;') });
  const result = await h.migrator.up({ noLint: true });
  expect(result.failed?.error.message).toBeUndefined();
});
