/**
 * A transactional migration's statements go to the server as one message (src/runner/batch.ts). What a user sees must
 * not change: a failure names its statement's line and column, nothing of the migration stays, later migrations do not run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type BackendName, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe.each<BackendName>(['postgres', 'pglite'])('%s', (backend) => {
  it('applies every statement, a trailing line comment included, with one history row', async () => {
    h = await harness(backend, {
      '001_a.sql': sqlMigration('CREATE TABLE a (id int PRIMARY KEY); -- the key\nINSERT INTO a VALUES (1), (2) -- two rows\n;\nCREATE INDEX a_id ON a (id);', 'DROP TABLE a;'),
    });
    expect((await h.migrator.up()).done.map((d) => d.version)).toEqual(['001']);
    expect(await h.query('select count(*)::int as n from a')).toEqual([{ n: 2 }]);
    expect(h.events.filter((e) => e.type === 'statement').map((e) => (e as { index: number }).index)).toEqual([0, 1, 2]);
  });

  it('a runtime error (no position from the server) is located at its statement, and nothing of the migration stays', async () => {
    h = await harness(backend, {
      '001_a.sql': sqlMigration('CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);\nINSERT INTO a VALUES (1);\nCREATE TABLE b (id int);', 'DROP TABLE a;'),
      '002_c.sql': sqlMigration('CREATE TABLE c (id int);', 'DROP TABLE c;'),
    });
    const err = (await h.migrator.up()).failed?.error;
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { line: 4, column: 1 } });
    expect((err as Error).message).toContain('23505');
    expect(await h.query("select count(*)::int as n from pg_class where relname in ('a', 'b', 'c')")).toEqual([{ n: 0 }]);
    expect((err as { details?: unknown }).details).toMatchObject({ statement: 'INSERT INTO a VALUES (1)' });
    expect(await h.migrator.history().then((x) => x.migrations.length)).toBe(0);
  });

  it('a migration longer than one message (1 Mi of SQL) goes in several: all applied, or a failure in a later message located and nothing kept', async () => {
    const rows = (from: number): string => Array.from({ length: 100 }, (_, j) => `(${from + j}, 'row ${from + j} ${'x'.repeat(40)}')`).join(', ');
    const inserts = Array.from({ length: 300 }, (_, i) => `INSERT INTO big (id, note) VALUES ${rows(i * 100)};`); // about 2 Mi characters
    h = await harness(backend, {
      '001_big.sql': sqlMigration(`CREATE TABLE big (id int PRIMARY KEY, note text);\n${inserts.join('\n')}`, 'DROP TABLE big;'),
    });
    expect((await h.migrator.up()).done.map((d) => d.version)).toEqual(['001']);
    expect(await h.query('select count(*)::int as n from big')).toEqual([{ n: 30_000 }]);
    expect(h.events.filter((e) => e.type === 'statement').map((e) => (e as { index: number }).index)).toEqual(Array.from({ length: 301 }, (_, i) => i));
    await h.close();

    // Statement 252 (line 253) repeats the keys of statement 2: it fails in the second message; the whole transaction goes back.
    const failing = [...inserts];
    failing[250] = `INSERT INTO big (id, note) VALUES ${rows(0)};`;
    h = await harness(backend, {
      '001_big.sql': sqlMigration(`CREATE TABLE big (id int PRIMARY KEY, note text);\n${failing.join('\n')}`, 'DROP TABLE big;'),
    });
    const err = (await h.migrator.up()).failed?.error;
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { line: 253, column: 1 } });
    expect((err as Error).message).toContain('23505');
    expect(await h.query("select count(*)::int as n from pg_class where relname = 'big'")).toEqual([{ n: 0 }]);
  });

  it('an error the server places (an unknown column) keeps its line and column', async () => {
    h = await harness(backend, {
      '001_a.sql': sqlMigration('CREATE TABLE a (id int);\nCREATE INDEX a_x ON a (id);\nALTER TABLE a ADD COLUMN name text;\nUPDATE a SET   nme = 1;', 'DROP TABLE a;'),
    });
    const err = (await h.migrator.up()).failed?.error;
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MIGRATION_FAILED', location: { line: 5, column: 16 } });
    expect(await h.query("select count(*)::int as n from pg_class where relname = 'a'")).toEqual([{ n: 0 }]);
  });
});

describe('the history row and COMMIT (postgres)', () => {
  const row = async (version: string) => (await h.query<{ up_sql: string; status: string; execution_ms: number }>(
    'select up_sql, status, execution_ms from lockstep.migrations where version = $1', [version]))[0];

  it('a migration\'s row holds its SQL exactly, inlined with the COMMIT or, past 256 KiB, sent as a parameter', async () => {
    const quoted = "CREATE TABLE q (t text);\nINSERT INTO q VALUES ('it''s \\ here $1 $$x$$');";
    // Past the inline limit: 300 KiB of comment around one statement, so the row goes the parameter way.
    const large = `CREATE TABLE big_one (id int);\n-- ${'x'.repeat(300 * 1024)}\nINSERT INTO big_one VALUES (1);`;
    h = await harness('postgres', {
      '001_q.sql': sqlMigration(quoted, 'DROP TABLE q;'),
      '002_big.sql': sqlMigration(large, 'DROP TABLE big_one;'),
    });
    const result = await h.migrator.up();
    expect(result.failed).toBeUndefined();
    expect((await row('001'))?.up_sql).toContain(quoted);
    expect((await row('002'))?.up_sql).toContain(large);
    expect(await h.query('select t from q')).toEqual([{ t: "it's \\ here $1 $$x$$" }]);
    expect(await h.query('select count(*)::int as n from big_one')).toEqual([{ n: 1 }]);
    // Each committed with its event: one apply event per migration.
    expect(await h.query("select version from lockstep.events where kind = 'apply' order by id")).toEqual([{ version: '001' }, { version: '002' }]);
  });
});

