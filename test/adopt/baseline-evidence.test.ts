/** `baseline V` marks migrations applied only when the target has the objects their SQL leaves behind. */
import { afterEach, describe, expect, it } from 'vitest';
import { createMigrator, type Migrator } from '../../src/api/index.js';
import type { LockstepError } from '../../src/core/errors.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

const FILES = {
  '001_authors.sql': sqlMigration('CREATE TABLE "Author" (id bigint PRIMARY KEY, name text NOT NULL);', 'DROP TABLE "Author";'),
  '002_books.sql': sqlMigration('CREATE TABLE books (id bigint PRIMARY KEY);\nCREATE INDEX books_id_idx ON books (id);', 'DROP TABLE books;'),
  '003_scratch.sql': sqlMigration('CREATE TABLE scratch (id int);\nCREATE TYPE mood AS ENUM (\'ok\', \'meh\');', 'DROP TABLE scratch; DROP TYPE mood;'),
  '004_tidy.sql': sqlMigration('DROP TABLE scratch;\nALTER TABLE books RENAME TO volumes;', 'ALTER TABLE volumes RENAME TO books; CREATE TABLE scratch (id int);'),
};

/** The up SQL of the migrations above, as psql would have run it. */
const UPS = [
  'CREATE TABLE "Author" (id bigint PRIMARY KEY, name text NOT NULL)',
  'CREATE TABLE books (id bigint PRIMARY KEY); CREATE INDEX books_id_idx ON books (id)',
  'CREATE TABLE scratch (id int); CREATE TYPE mood AS ENUM (\'ok\', \'meh\')',
  'DROP TABLE scratch; ALTER TABLE books RENAME TO volumes',
];

const open: Array<{ db: TestDatabase; project: TempProject; migrator: Migrator }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.migrator.close();
    await o.db.drop();
    o.project.cleanup();
  }
});

async function setUp(ran: number): Promise<{ db: TestDatabase; project: TempProject; migrator: Migrator; notices: string[] }> {
  const db = await createTestDatabase('baseline_evidence');
  const project = tempProject(FILES);
  const notices: string[] = [];
  const migrator = await createMigrator({ cwd: project.root, dir: project.dir, url: db.url, onEvent: (e) => { if (e.type === 'notice') notices.push(e.message); } });
  open.push({ db, project, migrator });
  const c = await db.client();
  for (const sql of UPS.slice(0, ran)) await c.query(sql);
  return { db, project, migrator, notices };
}

const recorded = async (db: TestDatabase): Promise<string[]> =>
  (await (await db.client()).query(`select version from lockstep.migrations order by version`).catch(() => ({ rows: [] }))).rows.map((r: { version: string }) => r.version);

describe('baseline checks the target first', () => {
  it('refuses on a database that shows no sign of the migrations, and records nothing', async () => {
    const { db, migrator } = await setUp(0);
    const err = (await migrator.baseline('004').catch((e: unknown) => e)) as LockstepError;
    expect(err.code).toBe('LOCKSTEP_E_BASELINE_NO_EVIDENCE');
    expect(err.message).toContain('shows no sign');
    // What the four migrations leave: "Author", books_id_idx and volumes (books renamed), mood; not scratch (dropped).
    expect((err.details.missing as Array<{ object: string }>).map((m) => m.object).sort()).toEqual(['Author', 'books_id_idx', 'mood', 'volumes']);
    expect(await recorded(db)).toEqual([]);
  });

  it('baselines a database that ran them (mixed-case names, drops and renames followed)', async () => {
    const { db, migrator } = await setUp(4);
    const r = await migrator.baseline('004');
    expect(r.baselined).toEqual(['001', '002', '003', '004']);
    expect(r.missing).toEqual([]);
    expect(await recorded(db)).toEqual(['001', '002', '003', '004']);
  });

  it('refuses a version beyond what the database ran, naming what is missing and which migration creates it', async () => {
    const { migrator } = await setUp(2);
    const err = (await migrator.baseline('004').catch((e: unknown) => e)) as LockstepError;
    expect(err.code).toBe('LOCKSTEP_E_BASELINE_NO_EVIDENCE');
    expect(err.message).toMatch(/2 of the 4 objects/);
    expect(err.message).toContain('mood (003)');
    expect((await migrator.baseline('002')).baselined).toEqual(['001', '002']);
  });

  it('with --force it baselines anyway, warns, and keeps the missing objects with the baseline events (CLI: exit 6, then 0)', async () => {
    const { db, project } = await setUp(0);
    const args = ['baseline', '002', '--dir', project.dir, '--url', db.url];
    const refused = await runCli(args, { cwd: project.root });
    expect(refused.code).toBe(6);
    expect(refused.stderr).toContain('LOCKSTEP_E_BASELINE_NO_EVIDENCE');
    expect(refused.stderr).toContain('--force');
    const forced = await runCli([...args, '--force'], { cwd: project.root });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('missing from the target');
    expect(await recorded(db)).toEqual(['001', '002']);
    const details = (await (await db.client()).query(`select details from lockstep.events where kind = 'baseline' order by id`)).rows.map((r) => r.details);
    expect(details[0]).toMatchObject({ baseline: '002', forced: true });
    expect(details[0].missing.map((m: { object: string }) => m.object).sort()).toEqual(['Author', 'books', 'books_id_idx']);
  });
});
