/** `up` lints what it is about to run, with the target's real table sizes, and refuses error-level findings. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { harness, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const INDEX = { '002_index.sql': sqlMigration('CREATE INDEX orders_customer_idx ON orders (customer_id);', 'DROP INDEX orders_customer_idx;') };

async function withOrders(rows: number): Promise<void> {
  const s = await h.migrator.context.db.connect('setup');
  await s.exec(`create table orders (id bigint primary key, customer_id bigint); insert into orders select g, g % 100 from generate_series(1, ${rows}) g; analyze orders`);
  await s.release();
}

it('refuses a blocking index build on a table over the size threshold, and nothing is applied', async () => {
  h = await harness('postgres', INDEX);
  writeFileSync(join(h.project.root, 'lockstep.config.json'), JSON.stringify({ lint: { sizeThreshold: { rows: 100, bytes: 8192 } } }));
  await h.reopen();
  await withOrders(5000);
  const err = await h.migrator.up().catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_LINT_FAILED', location: { line: 2 } });
  expect((err as Error).message).toContain('require-concurrent-index');
  expect(await h.query("select 1 from pg_class where relname = 'orders_customer_idx'")).toEqual([]);
});

it('lets the same index through on a small table (finding downgraded to info)', async () => {
  h = await harness('postgres', INDEX);
  await withOrders(10);
  const result = await h.migrator.up();
  expect(result.failed).toBeUndefined();
  expect(result.done).toHaveLength(1);
});

it('--no-lint bypasses the gate and the bypass is recorded in the event log', async () => {
  h = await harness('postgres', INDEX);
  writeFileSync(join(h.project.root, 'lockstep.config.json'), JSON.stringify({ lint: { sizeThreshold: { rows: 100, bytes: 8192 } } }));
  await h.reopen();
  await withOrders(5000);
  const result = await h.migrator.up({ noLint: true });
  expect(result.done).toHaveLength(1);
  const events = (await h.migrator.history()).events;
  expect(events.map((e) => e.kind)).toEqual(['lint-bypass', 'apply']);
  expect(events[0]?.details).toMatchObject({ versions: ['002'] });
});

it('a suppression with a reason lets the statement through', async () => {
  h = await harness('postgres', {
    '002_index.sql': sqlMigration('-- lockstep-ignore require-concurrent-index: orders is append-only and read by batch jobs only\nCREATE INDEX orders_customer_idx ON orders (customer_id);', 'DROP INDEX orders_customer_idx;'),
  });
  writeFileSync(join(h.project.root, 'lockstep.config.json'), JSON.stringify({ lint: { sizeThreshold: { rows: 100, bytes: 8192 } } }));
  await h.reopen();
  await withOrders(5000);
  const result = await h.migrator.up();
  expect(result.done).toHaveLength(1);
});

it("judges a type change from the target's column type: a widening goes through, a narrowing is refused", async () => {
  h = await harness('postgres', {
    '002_widen.sql': sqlMigration('ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);', 'SELECT 1;'),
  });
  writeFileSync(join(h.project.root, 'lockstep.config.json'), JSON.stringify({ lint: { sizeThreshold: { rows: 100, bytes: 8192 } } }));
  await h.reopen();
  await withOrders(5000);
  const s = await h.migrator.context.db.connect('setup');
  await s.exec('alter table orders add column note varchar(50)');
  await s.release();
  // varchar(50) → varchar(200): a catalog change; without the target's type it would be a warning, not a refusal.
  expect((await h.migrator.up()).done.map((d) => d.version)).toEqual(['002']);
  expect(await h.query("select format_type(atttypid, atttypmod) as t from pg_attribute where attrelid = 'orders'::regclass and attname = 'note'")).toEqual([{ t: 'character varying(200)' }]);

  h.project.write({ '003_narrow.sql': sqlMigration('ALTER TABLE orders ALTER COLUMN note TYPE varchar(20);', 'SELECT 1;') });
  await h.reopen();
  const err = await h.migrator.up().catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_LINT_FAILED' });
  expect((err as Error).message).toMatch(/changing-column-type: .*varchar\(200\) to varchar\(20\)/);
});

it('lintPending() gives the findings the gate would judge, with the target\'s sizes, and leaves applied migrations out', async () => {
  h = await harness('postgres', {
    '001_users.sql': sqlMigration('CREATE TABLE users (id bigint PRIMARY KEY);', 'DROP TABLE users;'),
    ...INDEX,
    '003_users_index.sql': sqlMigration('CREATE INDEX users_id_idx ON users (id);', 'DROP INDEX users_id_idx;'),
  });
  writeFileSync(join(h.project.root, 'lockstep.config.json'), JSON.stringify({ lint: { sizeThreshold: { rows: 100, bytes: 65536 } } }));
  await h.reopen();
  await withOrders(5000);
  expect((await h.migrator.up({ to: '001' })).done).toHaveLength(1);
  const { migrations } = await h.migrator.lintPending();
  expect(migrations.map((m) => m.version)).toEqual(['002', '003']);
  const index = (v: string) => migrations.find((m) => m.version === v)?.findings.find((f) => f.rule === 'require-concurrent-index');
  // orders is over the threshold: an error that names its size; users is empty: info.
  expect(index('002')).toMatchObject({ severity: 'error', message: expect.stringMatching(/orders: ~5k rows/) });
  expect(index('003')).toMatchObject({ severity: 'info', message: expect.stringContaining('below the size threshold') });
  const err = await h.migrator.up().catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_LINT_FAILED', details: { findings: [expect.objectContaining({ file: index('002')?.file, rule: 'require-concurrent-index' })] } });
});

it('lintPending() sees the target\'s indexes and the ones earlier pending migrations create, as lint --url does', async () => {
  h = await harness('postgres', {
    '002_fk_indexed.sql': sqlMigration('ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;', 'ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;'),
    '003_region_idx.sql': sqlMigration('CREATE INDEX CONCURRENTLY orders_region_idx ON orders (region_id);', 'DROP INDEX CONCURRENTLY orders_region_idx;', '-- lockstep:no-transaction\n'),
    '004_fk_region.sql': sqlMigration('ALTER TABLE orders ADD CONSTRAINT orders_region_fk FOREIGN KEY (region_id) REFERENCES regions (id) NOT VALID;', 'ALTER TABLE orders DROP CONSTRAINT orders_region_fk;'),
    '005_fk_bare.sql': sqlMigration('ALTER TABLE orders ADD CONSTRAINT orders_note_fk FOREIGN KEY (note_id) REFERENCES notes (id) NOT VALID;', 'ALTER TABLE orders DROP CONSTRAINT orders_note_fk;'),
  });
  const s = await h.migrator.context.db.connect('setup');
  await s.exec(`create table customers (id bigint primary key); create table regions (id bigint primary key); create table notes (id bigint primary key);
    create table orders (id bigint primary key, customer_id bigint, region_id bigint, note_id bigint); create index orders_customer_idx on orders (customer_id)`);
  await s.release();
  const { migrations } = await h.migrator.lintPending();
  const fk = migrations.map((m) => [m.version, m.findings.filter((f) => f.rule === 'foreign-key-without-index').map((f) => f.severity)]);
  // 002: the target has the index; 004: 003 creates it; 005: nobody does, and the database was read (warning).
  expect(fk).toEqual([['002', []], ['003', []], ['004', []], ['005', ['warning']]]);
});

it('a schema an earlier migration of the run creates may be dropped with CASCADE; one that exists on the target may not', async () => {
  h = await harness('postgres', {
    '002_scratch.sql': sqlMigration('CREATE SCHEMA r;\nCREATE FUNCTION r.one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', 'DROP SCHEMA r CASCADE;'),
    '003_replace.sql': sqlMigration('DROP SCHEMA r CASCADE;\nCREATE SCHEMA r;', 'SELECT 1;'),
  });
  // On a target without the schema, the drop only removes what 002 of this run made.
  expect((await h.migrator.up()).done.map((d) => d.version)).toEqual(['002', '003']);

  // The same drop against a target where the schema exists (with a table in it) is refused.
  h.project.write({ '004_again.sql': sqlMigration('DROP SCHEMA r CASCADE;', 'SELECT 1;') });
  await h.reopen();
  await h.query('create table r.kept (id int)');
  const err = await h.migrator.up().catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_LINT_FAILED' });
  expect((err as Error).message).toContain('dropping-schema');
  expect(await h.query("select 1 as one from pg_tables where schemaname = 'r' and tablename = 'kept'")).toEqual([{ one: 1 }]);
});
