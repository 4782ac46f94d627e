/** runLint end to end: a migrations directory on disk, the loader, git, and real table sizes from PostgreSQL. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.js';
import { openDatabase } from '../../src/db/index.js';
import { lintSql, readDatabaseFacts, readIndexes, readServerVersion, readTableSizes, runLint } from '../../src/lint/index.js';
import { initParser, parseSection } from '../../src/sql/index.js';
import type { Finding } from '../../src/lint/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let tdb: TestDatabase;
let db: Database;
let dir: string;

const write = (rel: string, text: string): void => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

const summary = (findings: readonly Finding[], rule?: string) =>
  findings.filter((f) => rule === undefined || f.rule === rule).map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`);

beforeAll(async () => {
  tdb = await createTestDatabase('lintrun');
  const c = await tdb.client();
  await c.query(`
    CREATE TABLE big (id bigint PRIMARY KEY, a int, pad text);
    INSERT INTO big SELECT g, g % 100, repeat('x', 20) FROM generate_series(1, 20000) g;
    CREATE TABLE tiny (id bigint PRIMARY KEY, a int);
    INSERT INTO tiny SELECT g, g FROM generate_series(1, 10) g;
    CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
    CREATE TABLE events_a PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
    CREATE TABLE events_b PARTITION OF events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
    INSERT INTO events SELECT g, date '2020-01-01' + (g % 700) FROM generate_series(1, 30000) g;
    CREATE TABLE "MixedCase" (id int);
    CREATE SCHEMA audit;
    CREATE TABLE audit.big (id bigint, pad int);
    ANALYZE big; ANALYZE tiny; ANALYZE events_a; ANALYZE events_b;
  `);
  db = openDatabase(tdb.url);
  dir = mkdtempSync(join(tmpdir(), 'lockstep-lint-'));
  write('migrations/001_create.sql', '-- UP\nCREATE TABLE fresh (id bigint PRIMARY KEY, a int);\nCREATE INDEX fresh_a ON fresh (a);\n\n-- DOWN\nDROP TABLE fresh;\n');
  write('migrations/002_index_big.sql', "-- UP\nSET lock_timeout = '2s';\nSET statement_timeout = '5min';\nCREATE INDEX big_a ON big (a);\n-- DOWN\nDROP INDEX big_a;\n");
  write('migrations/003_index_tiny.sql', "-- UP\nSET lock_timeout = '2s';\nSET statement_timeout = '5min';\nCREATE INDEX tiny_a ON tiny (a);\n-- DOWN\nDROP INDEX tiny_a;\n");
  write('migrations/004_index_ghost.up.sql', "SET lock_timeout = '2s';\nSET statement_timeout = '5min';\nCREATE INDEX ghost_a ON ghost (a);\n");
  write('migrations/004_index_ghost.down.sql', 'DROP INDEX ghost_a;\n');
  write('migrations/005_events.sql', "-- UP\n-- lockstep:lock-timeout 2s\n-- lockstep:statement-timeout 5m\nCREATE INDEX events_at ON events (at);\n-- DOWN\nDROP INDEX events_at;\n");
  write('scratch/notes.sql', '-- UP\nCREATE INDEX n ON big (a);\n-- DOWN\nDROP INDEX n;\n');
  write('scratch/README.md', 'not a migration\n');
});

afterAll(async () => {
  await db.close();
  await tdb.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('readTableSizes', () => {
  it('reads estimated rows and bytes, sums partitions, keeps the given names and skips missing tables', async () => {
    const session = await db.connect('test');
    try {
      const sizes = await readTableSizes(session, ['big', 'public.tiny', 'events', 'MixedCase', 'ghost']);
      expect([...sizes.keys()].sort()).toEqual(['MixedCase', 'big', 'events', 'public.tiny']);
      expect(sizes.get('big')?.rows).toBe(20000);
      expect(sizes.get('big')?.bytes).toBeGreaterThan(8192);
      expect(sizes.get('public.tiny')?.rows).toBe(10);
      expect(sizes.get('events')?.rows).toBe(30000);
      expect(await readServerVersion(session)).toBeGreaterThanOrEqual(120000);
      expect(await readIndexes(session, ['big', 'ghost'])).toEqual([{ table: 'big', columns: ['id'] }]);
    } finally {
      await session.release();
    }
  });
});

describe('readDatabaseFacts', () => {
  it('adding-not-null-column is info only on an empty or missing table: one row, never analyzed and below every size threshold, is enough for it to fail', async () => {
    await initParser();
    const c = await tdb.client();
    await c.query('CREATE TABLE nn_empty (id int); CREATE TABLE nn_one (id int); INSERT INTO nn_one VALUES (1)');
    // The statistics count the row once the inserting session reports them (pg_stat_force_next_flush: PostgreSQL 15+).
    await c.query('SELECT pg_stat_force_next_flush()');
    await c.query('SELECT 1');
    const session = await db.connect('test');
    try {
      const sql = 'ALTER TABLE tiny ADD COLUMN x int NOT NULL;\nALTER TABLE nn_one ADD COLUMN x int NOT NULL;\nALTER TABLE nn_empty ADD COLUMN x int NOT NULL;\nALTER TABLE nn_missing ADD COLUMN x int NOT NULL;';
      const facts = await readDatabaseFacts(session, parseSection({ sql, path: 'x.sql', startLine: 1 }), {});
      const found = lintSql(sql, 'x.sql', { ...facts, runnerSetsTimeouts: true }).findings.filter((f) => f.rule === 'adding-not-null-column');
      expect(found.map((f) => `${f.line} ${f.severity}`)).toEqual(['1 error', '2 error', '3 info', '4 info']);
      expect(found[1]?.message).toMatch(/nn_one: ~1 rows/);
      expect(found[2]?.message).toMatch(/nn_empty is empty/);
      // PostgreSQL agrees: one row is enough.
      await expect(c.query('ALTER TABLE nn_one ADD COLUMN x int NOT NULL')).rejects.toThrow(/contains null values/);
      await c.query('ALTER TABLE nn_empty ADD COLUMN x int NOT NULL');
    } finally {
      await session.release();
      await c.query('DROP TABLE nn_empty, nn_one');
    }
  });


  it('reads the server\'s settings in one query: version, schemas, time zone, the current schema for unqualified names', async () => {
    await initParser();
    const session = await db.connect('test');
    try {
      await session.exec("set timezone = 'Asia/Kolkata'; set search_path = audit, public");
      const facts = await readDatabaseFacts(session, parseSection({ sql: 'ALTER TABLE big ALTER COLUMN pad TYPE bigint;', path: 'x.sql', startLine: 1 }), { pgVersion: 11 });
      expect(facts.pgVersion).toBe(11); // the version the lint targets, as given
      expect(facts.serverTimeZone).toBe('Asia/Kolkata');
      expect([...(facts.existingSchemas ?? [])]).toEqual(expect.arrayContaining(['public', 'audit', 'pg_catalog']));
      expect(facts.existingSchemas?.has('nowhere')).toBe(false);
      // Unqualified `big` is audit.big under this search_path, whose pad is an int.
      expect(facts.columnTypes?.defaultSchema).toBe('audit');
      expect(facts.columnTypes?.tables.get('audit.big')?.get('pad')).toMatchObject({ name: 'int4' });
      // And its size is audit.big's (never analyzed: rows unknown), not public.big's 20,000 rows.
      expect(facts.tableSizes?.get('big')?.rows).toBe(-1);
    } finally {
      await session.exec('reset timezone; reset search_path');
      await session.release();
    }
  });
});

describe('runLint', () => {
  it('without a database keeps each rule\'s severity', async () => {
    const run = await runLint({ paths: ['migrations'], cwd: dir, options: {} });
    expect(run.files).toHaveLength(5);
    expect(summary(run.findings, 'require-concurrent-index')).toEqual([
      'migrations/002_index_big.sql:4 error require-concurrent-index',
      'migrations/003_index_tiny.sql:4 error require-concurrent-index',
      'migrations/004_index_ghost.up.sql:3 error require-concurrent-index',
      'migrations/005_events.sql:4 error require-concurrent-index',
    ]);
    expect(run.sources?.['migrations/002_index_big.sql']).toContain('CREATE INDEX big_a');
  });

  it('with a database: large tables keep the error and say how large; small and missing ones become info', async () => {
    const run = await runLint({ paths: ['migrations'], cwd: dir, options: {}, db });
    const idx = run.findings.filter((f) => f.rule === 'require-concurrent-index');
    expect(summary(idx)).toEqual([
      'migrations/002_index_big.sql:4 error require-concurrent-index',
      'migrations/003_index_tiny.sql:4 info require-concurrent-index',
      'migrations/004_index_ghost.up.sql:3 info require-concurrent-index',
      'migrations/005_events.sql:4 error require-concurrent-index',
    ]);
    expect(idx[0]?.message).toMatch(/\(big: ~20k rows, [\d.]+ (kB|MB) — writes blocked for the whole index build\)$/);
    expect(idx[1]?.message).toMatch(/\(tiny: ~10 rows, .* below the size threshold\)$/);
    expect(idx[2]?.message).toContain('(ghost does not exist yet in the database)');
    expect(idx[3]?.message).toContain('events: ~30k rows');
  });

  it('with a database, an existing index covers a new foreign key', async () => {
    write('fk/001_fk.sql', "-- UP\nALTER TABLE big ADD CONSTRAINT big_self_fk FOREIGN KEY (id) REFERENCES tiny (id) NOT VALID;\nALTER TABLE big ADD CONSTRAINT big_a_fk FOREIGN KEY (a) REFERENCES tiny (id) NOT VALID;\n-- DOWN\nSELECT 1;\n");
    const offline = await runLint({ paths: ['fk'], cwd: dir, options: {} });
    // Without a database the index may exist in the base schema: both are info.
    expect(summary(offline.findings, 'foreign-key-without-index')).toEqual(['fk/001_fk.sql:2 info foreign-key-without-index', 'fk/001_fk.sql:3 info foreign-key-without-index']);
    const online = await runLint({ paths: ['fk'], cwd: dir, options: {}, db });
    expect(summary(online.findings, 'foreign-key-without-index')).toEqual(['fk/001_fk.sql:3 warning foreign-key-without-index']);
  });

  it("with a database, a type change is judged from the column's current type", async () => {
    write('types/001_pad.sql', '-- UP\nALTER TABLE big ALTER COLUMN pad TYPE varchar;\n-- DOWN\nSELECT 1;\n');
    write('types/002_a.sql', '-- UP\nALTER TABLE tiny ALTER COLUMN a TYPE numeric(12, 2);\n-- DOWN\nSELECT 1;\n');
    const offline = await runLint({ paths: ['types'], cwd: dir, options: {} });
    // Offline, TYPE varchar is taken for its usual form (from varchar or text: no rewrite), said as info.
    expect(summary(offline.findings, 'changing-column-type')).toEqual(['types/001_pad.sql:2 info changing-column-type', 'types/002_a.sql:2 warning changing-column-type']);
    const online = await runLint({ paths: ['types'], cwd: dir, options: {}, db });
    // text → varchar is binary-coercible: nothing to say. integer → numeric rewrites (tiny is small: info).
    expect(summary(online.findings, 'changing-column-type')).toEqual(['types/002_a.sql:2 info changing-column-type']);
    expect(online.findings.find((f) => f.rule === 'changing-column-type')?.message).toMatch(/int4 to numeric\(12,2\)|integer to numeric\(12, ?2\)/);
  });

  it('with a database, tables of the same name in two schemas keep their own column types', async () => {
    write('schemas/001_public.sql', '-- UP\nALTER TABLE big ALTER COLUMN pad TYPE varchar;\n-- DOWN\nSELECT 1;\n');
    write('schemas/002_audit.sql', '-- UP\nALTER TABLE audit.big ALTER COLUMN pad TYPE varchar;\n-- DOWN\nSELECT 1;\n');
    const online = await runLint({ paths: ['schemas'], cwd: dir, options: {}, db });
    // public.big.pad is text (no rewrite); audit.big.pad is an integer (rewrite).
    const changes = online.findings.filter((f) => f.rule === 'changing-column-type');
    expect(summary(changes)).toEqual(['schemas/002_audit.sql:2 info changing-column-type']);
    expect(changes[0]?.message).toContain('(integer to varchar rewrites the table');
  });

  it('with a database, a table renamed or moved by an earlier migration keeps its size under the new name', async () => {
    write('renames/001_rename.sql', '-- UP\nALTER TABLE big RENAME TO big_renamed;\n-- DOWN\nALTER TABLE big_renamed RENAME TO big;\n');
    write('renames/002_index.sql', "-- UP\nSET lock_timeout = '2s';\nCREATE INDEX big_renamed_a ON big_renamed (a);\n-- DOWN\nSELECT 1;\n");
    write('renames/003_move.sql', '-- UP\nALTER TABLE tiny SET SCHEMA audit;\n-- DOWN\nALTER TABLE audit.tiny SET SCHEMA public;\n');
    write('renames/004_index.sql', "-- UP\nSET lock_timeout = '2s';\nCREATE INDEX tiny_a_moved ON audit.tiny (a);\n-- DOWN\nSELECT 1;\n");
    const run = await runLint({ paths: ['renames'], cwd: dir, options: {}, db });
    const idx = run.findings.filter((f) => f.rule === 'require-concurrent-index');
    // Not "does not exist yet": big_renamed is big, audit.tiny is tiny.
    expect(summary(idx)).toEqual(['renames/002_index.sql:3 error require-concurrent-index', 'renames/004_index.sql:3 info require-concurrent-index']);
    expect(idx[0]?.message).toContain('big_renamed: ~20k rows');
    expect(idx[1]?.message).toMatch(/audit\.tiny: ~10 rows/);
  });

  it('honours a configured size threshold', async () => {
    const run = await runLint({ paths: ['migrations/002_index_big.sql'], cwd: dir, options: { sizeThreshold: { rows: 1_000_000, bytes: 1024 ** 3 } }, db });
    expect(summary(run.findings, 'require-concurrent-index')).toEqual(['migrations/002_index_big.sql:4 info require-concurrent-index']);
  });

  it('lints one migration given by path, and a free-standing SQL file by its up section', async () => {
    const one = await runLint({ paths: ['migrations/004_index_ghost.down.sql'], cwd: dir, options: {} });
    expect(one.files).toEqual(['migrations/004_index_ghost.up.sql']);
    const loose = await runLint({ paths: ['scratch/notes.sql'], cwd: dir, options: { runnerSetsTimeouts: true } });
    expect(summary(loose.findings)).toEqual(['scratch/notes.sql:2 error require-concurrent-index']);
  });

  it('lints a directory-layout migration given as its directory or as its up.sql', async () => {
    write('dirs/0001_users/up.sql', 'CREATE TABLE users (id bigint PRIMARY KEY);\n');
    write('dirs/0001_users/down.sql', 'DROP TABLE users;\n');
    write('dirs/0002_users_idx/up.sql', 'CREATE INDEX users_id ON big (a);\n');
    write('dirs/0002_users_idx/down.sql', 'DROP INDEX users_id;\n');
    for (const path of ['dirs/0002_users_idx', 'dirs/0002_users_idx/up.sql', 'dirs/0002_users_idx/down.sql']) {
      const run = await runLint({ paths: [path], cwd: dir, options: { runnerSetsTimeouts: true } });
      expect(run.files, path).toEqual(['dirs/0002_users_idx/up.sql']);
      expect(summary(run.findings), path).toEqual(['dirs/0002_users_idx/up.sql:1 error require-concurrent-index']);
    }
    expect((await runLint({ paths: ['dirs'], cwd: dir, options: {} })).files).toEqual(['dirs/0001_users/up.sql', 'dirs/0002_users_idx/up.sql']);
  });

  it('lints only migrations changed since a git ref', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
    write('migrations/003_index_tiny.sql', "-- UP\nSET lock_timeout = '2s';\nSET statement_timeout = '5min';\nCREATE INDEX tiny_a ON tiny (a, id);\n-- DOWN\nDROP INDEX tiny_a;\n");
    write('migrations/006_new.sql', '-- UP\nALTER TABLE big ADD COLUMN note json;\n-- DOWN\nALTER TABLE big DROP COLUMN note;\n');
    const run = await runLint({ paths: ['migrations'], cwd: dir, changedSince: 'HEAD', options: {} });
    expect(run.files).toEqual(['migrations/003_index_tiny.sql', 'migrations/006_new.sql']);
    await expect(runLint({ paths: ['migrations'], cwd: dir, changedSince: 'no-such-ref', options: {} })).rejects.toMatchObject({ code: 'LOCKSTEP_E_USAGE' });
  });

  it('reports bad SQL as an invalid-migration finding on its file and line; a missing path is a coded error', async () => {
    write('bad/001_bad.sql', '-- UP\nCREATE TABL x (id int);\n-- DOWN\nSELECT 1;\n');
    write('bad/002_ok.sql', '-- UP\nCREATE INDEX i ON t (a);\n-- DOWN\nDROP INDEX i;\n');
    const run = await runLint({ paths: ['bad'], cwd: dir, options: {} });
    expect(run.findings).toContainEqual(expect.objectContaining({ rule: 'invalid-migration', severity: 'error', file: 'bad/001_bad.sql', line: 2, message: expect.stringMatching(/^LOCKSTEP_E_SQL_SYNTAX: /) }));
    expect(run.findings).toContainEqual(expect.objectContaining({ rule: 'require-concurrent-index', file: 'bad/002_ok.sql' }));
    await expect(runLint({ paths: ['nope'], cwd: dir, options: {} })).rejects.toMatchObject({ code: 'LOCKSTEP_E_USAGE' });
  });

  it('a down section that does not parse is a finding at its own line; an empty down is require-down; an empty file is nothing', async () => {
    write('baddown/001_x.sql', '-- UP\nCREATE TABLE x (id int);\n\n-- DOWN\nSELEC 1;\n');
    const bad = await runLint({ paths: ['baddown'], cwd: dir, options: {} });
    expect(bad.findings.map((f) => [f.rule, f.file, f.line])).toContainEqual(['invalid-migration', 'baddown/001_x.sql', 5]);
    write('empty/001_x.sql', '-- UP\nCREATE TABLE x (id bigint PRIMARY KEY);\n-- DOWN\n\n');
    write('empty/loose.sql', '\n  \n');
    const empty = await runLint({ paths: ['empty'], cwd: dir, options: {} });
    expect(empty.findings.map((f) => [f.rule, f.file])).toEqual([['require-down', 'empty/001_x.sql']]);
    expect((await runLint({ paths: ['empty'], cwd: dir, options: { requireDown: 'none' } })).findings).toEqual([]);
    expect((await runLint({ paths: ['empty/loose.sql'], cwd: dir, options: {} })).findings).toEqual([]);
  });
});
