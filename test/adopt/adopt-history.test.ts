/**
 * `adoptHistory` against the real server, for every tool: its history table created and filled the way the tool
 * does it, half the fixture's migrations run; then what adopt records, refuses and leaves pending.
 */
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptHistory, refuseForeignHistory, type AdoptOptions, type AdoptReport } from '../../src/adopt/index.js';
import { isLockstepError, LockstepErrors, type LockstepError } from '../../src/core/errors.js';
import type { MigrationFile } from '../../src/core/types.js';
import { openDatabase, type Database, type Session } from '../../src/db/index.js';
import { currentActor, HistoryStore } from '../../src/history/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { fixtureCopy, fixtureFiles, historyKeys } from './support/fixture-files.js';
import { flywayBaseline, TOOL_FIXTURES, upSql, type ToolFixture } from './support/tool-histories.js';
import type pg from 'pg';

interface Ctx {
  readonly db: TestDatabase;
  readonly c: pg.Client;
  readonly database: Database;
  readonly session: Session;
  readonly history: HistoryStore;
  readonly root: string;
  readonly dir: string;
}

let ctx: Ctx | undefined;
const at = (): Ctx => {
  if (!ctx) throw new Error('no test context');
  return ctx;
};

async function open(f: ToolFixture): Promise<Ctx> {
  const db = await createTestDatabase(`adopt_${f.tool}`);
  const c = await db.client();
  const database = openDatabase(db.url);
  const session = await database.connect('lockstep adopt test');
  const { root, dir } = fixtureCopy(f);
  ctx = { db, c, database, session, history: new HistoryStore('lockstep', currentActor(null)), root, dir };
  return ctx;
}

afterEach(async () => {
  if (!ctx) return;
  const { session, database, db, root } = ctx;
  ctx = undefined;
  await session.release();
  await database.close();
  await db.drop();
  rmSync(root, { recursive: true, force: true });
});

/** Runs the first `n` migrations' SQL and writes the tool's rows for them, as the tool would. */
async function halfMigrate(f: ToolFixture, n: number): Promise<void> {
  const { c, dir } = at();
  await f.create(c);
  for (const m of f.migrations.slice(0, n)) {
    await c.query(upSql(f, m, dir));
    await f.record(c, m, dir);
  }
}

async function adopt(f: ToolFixture, options: AdoptOptions = {}): Promise<AdoptReport> {
  const { session, history, root, dir } = at();
  if (!options.dryRun) await history.ensure(session);
  const files: MigrationFile[] = await fixtureFiles(dir, root);
  return adoptHistory({ session, history, files, cwd: root, options });
}

async function adoptError(f: ToolFixture, options: AdoptOptions = {}): Promise<LockstepError[]> {
  const err = await adopt(f, options).then(() => undefined, (e: unknown) => e);
  if (!isLockstepError(err)) throw new Error(`expected a LockstepError, got ${String(err)}`);
  return err instanceof LockstepErrors ? [...err.errors] : [err];
}

async function recordedRows(): Promise<Array<{ version: string; status: string; applied_at: Date }>> {
  const { c } = at();
  const exists = await c.query(`select to_regclass('lockstep.migrations') is not null as ok`);
  if (!exists.rows[0].ok) return [];
  return (await c.query('select version, status, applied_at from lockstep.migrations order by version')).rows;
}

const ids = (f: ToolFixture, n: number): string[] => f.migrations.slice(0, n).map((m) => m.id);
const verdicts = (r: AdoptReport): Record<string, string> => Object.fromEntries(r.migrations.map((m) => [m.id, m.verdict]));

describe.each(TOOL_FIXTURES)('$tool', (f) => {
  beforeEach(async () => {
    await open(f);
  });

  it('records what the tool applied, and only that, with one adopt event', async () => {
    await halfMigrate(f, 2);
    const dry = await adopt(f, { dryRun: true });
    expect(dry.tool).toBe(f.tool);
    expect(dry.recorded).toEqual(ids(f, 2));
    expect(await recordedRows()).toEqual([]);

    const done = await adopt(f);
    expect(done.recorded).toEqual(ids(f, 2));
    expect(done.migrations.filter((m) => m.action === 'leave-pending').map((m) => m.id)).toEqual(f.migrations.slice(2).map((m) => m.id));
    const rows = await recordedRows();
    expect(rows.map((r) => r.version).sort()).toEqual((await historyKeys(at().dir, at().root, 2)).sort());
    expect(rows.every((r) => r.status === 'applied')).toBe(true);
    const events = (await at().c.query(`select kind, details from lockstep.events`)).rows;
    expect(events).toHaveLength(1);
    expect(events[0].kind).toBe('adopt');
    expect(events[0].details).toMatchObject({ tool: f.tool, ids: ids(f, 2) });

    const again = await adopt(f);
    expect(again.recorded).toEqual([]);
    expect(again.migrations.slice(0, 2).every((m) => m.action === 'already-recorded')).toBe(true);
  });

  it.runIf(f.fail !== undefined)('refuses a migration the tool left failed, unless told how to take it', async () => {
    await halfMigrate(f, 1);
    const second = f.migrations[1];
    if (!second || !f.fail) throw new Error('fixture needs two migrations');
    await f.fail(at().c, second, at().dir);

    const errors = await adoptError(f);
    expect(errors.map((e) => e.code)).toEqual(['LOCKSTEP_E_ADOPT_FAILED']);
    expect(errors[0]?.message).toContain(second.id);
    expect(await recordedRows()).toEqual([]);

    const asRolledBack = await adopt(f, { failedAs: 'rolled-back' });
    expect(asRolledBack.recorded).toEqual(ids(f, 1));
    expect(verdicts(asRolledBack)[second.id]).toBe('failed');
    const asApplied = await adopt(f, { failedAs: 'applied' });
    expect(asApplied.recorded).toEqual([second.id]);
  });

  it.runIf(['prisma', 'drizzle', 'flyway', 'sqlx'].includes(f.tool))('reports a file edited since the tool applied it as a checksum mismatch', async () => {
    await halfMigrate(f, 2);
    const first = f.migrations[0];
    if (!first) throw new Error('fixture needs a migration');
    writeFileSync(join(at().dir, first.file), `${upSql(f, first, at().dir)}\n-- edited after it ran\n`);

    const errors = await adoptError(f);
    expect(errors.map((e) => e.code)).toEqual(['LOCKSTEP_E_CHECKSUM_MISMATCH']);
    expect(errors[0]?.message).toContain(first.id);
    expect(errors[0]?.location?.file).toContain(first.file);
    expect(await recordedRows()).toEqual([]);

    const accepted = await adopt(f, { acceptEdited: true });
    expect(accepted.recorded).toEqual(ids(f, 2));
    const details = (await at().c.query(`select details from lockstep.events where kind = 'adopt'`)).rows[0].details;
    expect(details.edited.map((e: { id: string }) => e.id)).toEqual([first.id]);
  });
});

const tool = (name: string): ToolFixture => {
  const f = TOOL_FIXTURES.find((x) => x.tool === name);
  if (!f) throw new Error(name);
  return f;
};

describe('each tool\'s own rules', () => {
  it('golang-migrate: every version below the current one is applied without a row of its own', async () => {
    const f = tool('golang-migrate');
    await open(f);
    await halfMigrate(f, 2);
    const r = await adopt(f, { dryRun: true });
    expect(verdicts(r)).toEqual({ 1: 'implied', 2: 'applied', 3: 'pending' });
  });

  // golang-migrate writes (-1, dirty) only when the down of the first migration fails (postgres.go SetVersion,
  // issue 330): that migration is the failed one. It was "version -1, which no file has", and --failed-as
  // rolled-back left the first migration pending though its down had undone nothing.
  it('golang-migrate: dirty at -1 is the first migration\'s failed down; --failed-as applied records it, rolled-back leaves it pending', async () => {
    const f = tool('golang-migrate');
    await open(f);
    await halfMigrate(f, 1);
    await at().c.query('UPDATE schema_migrations SET version = -1, dirty = true');
    const errs = await adoptError(f, { dryRun: true });
    expect(errs.map((e) => [e.code, e.message])).toEqual([['LOCKSTEP_E_ADOPT_FAILED', 'golang-migrate recorded migration 1 as started but not finished (dirty at version -1: its down was started and did not finish)']]);
    expect(verdicts(await adopt(f, { dryRun: true, failedAs: 'applied' }))).toEqual({ 1: 'failed', 2: 'pending', 3: 'pending' });
    expect((await adopt(f, { dryRun: true, failedAs: 'applied' })).recorded).toEqual(['1']);
    expect((await adopt(f, { dryRun: true, failedAs: 'rolled-back' })).recorded).toEqual([]);
  });

  it('goose: the newest row of a version decides (is_applied = false is a rollback), version 0 is bookkeeping', async () => {
    const f = tool('goose');
    await open(f);
    await halfMigrate(f, 2);
    await at().c.query('INSERT INTO goose_db_version (version_id, is_applied) VALUES (2, false)');
    const r = await adopt(f, { dryRun: true });
    expect(verdicts(r)).toEqual({ '00001': 'applied', '00002': 'pending', '00003': 'pending' });
    expect(r.orphans).toEqual([]);
  });

  it('Flyway: everything at or below a BASELINE row is applied; a repeatable is applied while its checksum is unchanged', async () => {
    const f = tool('flyway');
    await open(f);
    await f.create(at().c);
    await flywayBaseline(at().c, '1.1');
    const [, , v2, repeatable] = f.migrations;
    if (!v2 || !repeatable) throw new Error('fixture');
    for (const m of [v2, repeatable]) await f.record(at().c, m, at().dir);
    expect(verdicts(await adopt(f, { dryRun: true }))).toEqual({ 1: 'implied', 1.1: 'implied', 2: 'applied', R__author_names: 'applied' });
    writeFileSync(join(at().dir, repeatable.file), 'CREATE OR REPLACE VIEW author_names AS SELECT id, upper(name) AS name FROM authors;\n');
    const changed = await adopt(f, { dryRun: true });
    expect(changed.migrations.find((m) => m.id === repeatable.id)).toMatchObject({ verdict: 'pending', action: 'leave-pending' });
  });

  it('drizzle: a journal entry older than the newest row and without a row of its own was never run (and is not recorded)', async () => {
    const f = tool('drizzle');
    await open(f);
    await f.create(at().c);
    const [first, second, third] = f.migrations;
    if (!first || !second || !third) throw new Error('fixture');
    for (const m of [first, third]) {
      await at().c.query(upSql(f, m, at().dir));
      await f.record(at().c, m, at().dir);
    }
    const r = await adopt(f);
    expect(verdicts(r)).toEqual({ [first.id]: 'applied', [second.id]: 'skipped-by-tool', [third.id]: 'applied' });
    expect(r.recorded).toEqual([first.id, third.id]);
  });

  // sqlx hashes the file as read, byte for byte: a checkout that turned LF into CRLF is a changed file to sqlx
  // (MigrateError::VersionMismatch), and to adopt.
  it('sqlx: the checksum is over the file\'s exact bytes (a BOM and CRLF included)', async () => {
    const f = tool('sqlx');
    await open(f);
    const [first, second] = f.migrations;
    if (!first || !second) throw new Error('fixture');
    const { c, dir } = at();
    const lf = upSql(f, first, dir);
    writeFileSync(join(dir, first.file), `\uFEFF${lf.replace(/\n/g, '\r\n')}`);
    await f.create(c);
    for (const m of [first, second]) await f.record(c, m, dir);
    expect(verdicts(await adopt(f, { dryRun: true }))).toEqual({ [first.id]: 'applied', [second.id]: 'applied', 20240315164500: 'pending' });

    writeFileSync(join(dir, first.file), lf);
    const errors = await adoptError(f, { dryRun: true });
    expect(errors.map((e) => e.code)).toEqual(['LOCKSTEP_E_CHECKSUM_MISMATCH']);
    expect(errors[0]?.message).toContain(`sqlx stored ${createHash('sha384').update(`\uFEFF${lf.replace(/\n/g, '\r\n')}`).digest('hex')}`);
  });

  it('sqlx: a row for a version no file has is listed, a failed one among them refused', async () => {
    const f = tool('sqlx');
    await open(f);
    await halfMigrate(f, 1);
    await at().c.query(`insert into _sqlx_migrations (version, description, success, checksum, execution_time) values (20230101000000, 'gone', true, '\\x00', 1)`);
    const r = await adopt(f, { dryRun: true });
    expect(r.orphans.map((o) => o.key)).toEqual(['20230101000000']);
    expect(r.recorded).toEqual(ids(f, 1));
    await at().c.query(`update _sqlx_migrations set success = false where version = 20230101000000`);
    expect((await adoptError(f, { dryRun: true })).map((e) => e.code)).toEqual(['LOCKSTEP_E_ADOPT_FAILED']);
  });

  it('a row no file matches is listed, not recorded', async () => {
    const f = tool('dbmate');
    await open(f);
    await halfMigrate(f, 1);
    await at().c.query(`insert into "public"."schema_migrations" (version) values ('20230101000000')`);
    const r = await adopt(f);
    expect(r.orphans.map((o) => o.key)).toEqual(['20230101000000']);
    expect(r.recorded).toEqual(ids(f, 1));
  });
});

describe('finding the history', () => {
  it('says so when there is none', async () => {
    const f = tool('goose');
    await open(f);
    expect((await adoptError(f)).map((e) => e.code)).toEqual(['LOCKSTEP_E_ADOPT_NOT_FOUND']);
  });

  it('asks which when there are several, and takes the one --tool names', async () => {
    const f = tool('goose');
    await open(f);
    await halfMigrate(f, 1);
    await tool('dbmate').create(at().c);
    const errors = await adoptError(f);
    expect(errors.map((e) => e.code)).toEqual(['LOCKSTEP_E_ADOPT_AMBIGUOUS']);
    expect(errors[0]?.message).toMatch(/goose \(public\.goose_db_version\).*dbmate \(public\.schema_migrations\)|dbmate.*goose/);
    expect((await adopt(f, { tool: 'goose', dryRun: true })).recorded).toEqual(ids(f, 1));
  });

  it('tells golang-migrate and dbmate apart by their columns, in any schema', async () => {
    const f = tool('golang-migrate');
    await open(f);
    await at().c.query('create schema app; create table app.schema_migrations (version bigint not null primary key, dirty boolean not null); insert into app.schema_migrations values (1, false)');
    const r = await adopt(f, { dryRun: true });
    expect([r.tool, r.table, r.recorded]).toEqual(['golang-migrate', 'app.schema_migrations', ['1']]);
  });

  it('reads a table with a name of its own given by --table', async () => {
    const f = tool('sql-migrate');
    await open(f);
    await at().c.query('create table "my_migrations" ("id" text not null primary key, "applied_at" timestamp with time zone, "by" text); insert into my_migrations values ($$1_create_authors.sql$$, now(), null)');
    expect((await adoptError(f)).map((e) => e.code)).toEqual(['LOCKSTEP_E_ADOPT_NOT_FOUND']);
    const r = await adopt(f, { table: 'public.my_migrations', dryRun: true });
    expect([r.tool, r.recorded]).toEqual(['sql-migrate', ['1_create_authors']]);
  });

  // openmeter runs golang-migrate with x-migrations-table=schema_om: up re-ran its first migration on such a database.
  it('finds a tool\'s table renamed by its setting by its exact columns, for adopt and for up\'s refusal', async () => {
    const f = tool('golang-migrate');
    await open(f);
    await at().c.query('create table schema_om (version bigint not null primary key, dirty boolean not null); insert into schema_om values (1, false)');
    const r = await adopt(f, { dryRun: true });
    expect([r.tool, r.table, r.recorded]).toEqual(['golang-migrate', 'public.schema_om', ['1']]);
    const { session, root, dir } = at();
    const refused = await refuseForeignHistory(session, 'lockstep', await fixtureFiles(dir, root), root, 'up').then(() => undefined, (e: unknown) => e);
    expect(isLockstepError(refused) && refused.code).toBe('LOCKSTEP_E_FOREIGN_HISTORY');
    expect((refused as LockstepError).message).toContain('golang-migrate (public.schema_om: 1 of these migrations run)');
  });

  // sqlx.toml's `migrate.table-name` renames sqlx's table: its six columns are its own.
  it('finds sqlx\'s table under the name sqlx.toml gave it, by its columns', async () => {
    const f = tool('sqlx');
    await open(f);
    await halfMigrate(f, 2);
    await at().c.query('create schema app; alter table _sqlx_migrations set schema app; alter table app._sqlx_migrations rename to migrations_history');
    const r = await adopt(f, { dryRun: true });
    expect([r.tool, r.table, r.recorded]).toEqual(['sqlx', 'app.migrations_history', ids(f, 2)]);
  });

  it('a table of the project\'s own with a tool\'s columns, whose rows name none of the migrations, is not a history', async () => {
    const f = tool('sql-migrate');
    await open(f);
    await at().c.query('create table jobs ("id" text not null primary key, "applied_at" timestamp with time zone); insert into jobs values ($$nightly$$, now())');
    const { session, root, dir } = at();
    await expect(refuseForeignHistory(session, 'lockstep', await fixtureFiles(dir, root), root, 'up')).resolves.toBeUndefined();
  });

  it('nor is one its tool\'s reader cannot read (drizzle\'s column names, created_at a timestamp): up goes on, adopt says so', async () => {
    const f = tool('drizzle');
    await open(f);
    await at().c.query('create table files (id serial primary key, hash text not null, created_at timestamptz not null default now()); insert into files (hash) values ($$abc$$)');
    const { session, root, dir } = at();
    await expect(refuseForeignHistory(session, 'lockstep', await fixtureFiles(dir, root), root, 'up')).resolves.toBeUndefined();
    const errors = await adoptError(f, { dryRun: true });
    expect(errors.map((e) => e.code)).toEqual(['LOCKSTEP_E_ADOPT_NOT_FOUND']);
    expect(errors[0]?.message).toContain("public.files has drizzle's column names but is not its history");
  });
});
