/**
 * What real folders hold and a new user meets on day one, each through the CLI against the real server: versions
 * shared by two files, diesel's two version formats in one folder, a broken old down, stray files, a file with its
 * own BEGIN … COMMIT that fails halfway, a goose .go migration between SQL ones, and golang-migrate-style pairs with
 * comment-only up files.
 */
import { describe, expect, it } from 'vitest';
import { ids, withProject } from './support/layout-project.js';

const create = (t: string): string => `CREATE TABLE ${t} (id int);\n`;

describe.concurrent('versions shared by two files', () => {
  it('sql-migrate, node-pg-migrate and Lockstep files order them by whole name and apply both', async () => {
    const folders: Array<[string, Record<string, string>, string[]]> = [
      ['sql-migrate', { '1_b.sql': `-- +migrate Up\n${create('b')}`, '1_a.sql': `-- +migrate Up\n${create('a')}` }, ['1_a', '1_b']],
      ['node-pg-migrate', { '1700000000000_b.sql': `-- Up Migration\n${create('b')}`, '1700000000000_a.sql': `-- Up Migration\n${create('a')}` }, ['1700000000000_a', '1700000000000_b']],
      ['lockstep', { '0001_b.sql': `-- UP\n${create('b')}`, '0001_a.up.sql': create('a') }, ['0001_a', '0001_b']],
    ];
    for (const [tool, files, order] of folders) {
      await withProject(`dup_${tool}`, files, async (p) => {
        const s = await p.status();
        expect([s.project.tool, ids(s), s.problems]).toEqual([tool, order, []]);
        expect((await p.cli('up')).code).toBe(0);
        expect(await p.tables()).toEqual(['a', 'b']);
      });
    }
  });

  it('goose, Flyway and golang-migrate refuse them as the tools do (1 = 001, 1 = 1.0), naming both files, and up applies nothing', async () => {
    const folders: Array<[string, Record<string, string>, string[]]> = [
      ['goose', { '1_a.sql': `-- +goose Up\n${create('a')}`, '001_b.sql': `-- +goose Up\n${create('b')}`, '2_c.sql': `-- +goose Up\n${create('c')}` }, ['001_b.sql', '1_a.sql']],
      ['flyway', { 'V1__a.sql': create('a'), 'V1.0__b.sql': create('b'), 'V2__c.sql': create('c') }, ['V1.0__b.sql', 'V1__a.sql']],
      ['golang-migrate', { '1_a.up.sql': create('a'), '001_b.up.sql': create('b'), '2_c.up.sql': create('c') }, ['001_b.up.sql', '1_a.up.sql']],
    ];
    for (const [tool, files, both] of folders) {
      await withProject(`dup_refused_${tool}`, files, async (p) => {
        // A golang-migrate folder with a version twice is not golang-migrate's any more: the layout setting says it is.
        if (tool === 'golang-migrate') p.config({ layout: 'golang-migrate' });
        const s = await p.status();
        expect(s.project.tool).toBe(tool);
        expect(s.problems).toHaveLength(1);
        expect(s.problems[0]).toMatchObject({ code: 'LOCKSTEP_E_DUPLICATE_VERSION' });
        for (const f of both) expect(s.problems[0]?.message).toContain(f);
        expect(ids(s)).toEqual(['2']);
        const up = await p.cli('up');
        expect(up.code).not.toBe(0);
        expect(up.stderr).toContain('LOCKSTEP_E_DUPLICATE_VERSION');
        expect(await p.tables()).toEqual([]);
      });
    }
  });
});

describe.concurrent('the rest', () => {
  it('diesel: folders named 2017-08-31-230457_x and 20140924113530_y run in diesel order (dashes removed), not dashed first', () =>
    withProject('diesel_mixed', {
      '2017-08-31-230457_add_downloads/up.sql': 'ALTER TABLE crates ADD COLUMN downloads int NOT NULL DEFAULT 0;\n',
      '2017-08-31-230457_add_downloads/down.sql': 'ALTER TABLE crates DROP COLUMN downloads;\n',
      '20140924113530_create_crates/up.sql': 'CREATE TABLE crates (id int PRIMARY KEY, name text);\n',
      '20140924113530_create_crates/down.sql': 'DROP TABLE crates;\n',
      '2018-01-02-030405_create_owners/up.sql': create('owners'),
      '20171231000000_create_keywords/up.sql': create('keywords'),
    }, async (p) => {
      const s = await p.status();
      expect([s.project.tool, ids(s)]).toEqual(['diesel', ['20140924113530', '2017-08-31-230457', '20171231000000', '2018-01-02-030405']]);
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      expect(await p.tables()).toEqual(['crates', 'keywords', 'owners']);
    }));

  it('a broken old down: up still runs, down of that migration refuses at its line, lint reports invalid-migration on it', () =>
    withProject('broken_down', {
      '1_create_a.up.sql': create('a'),
      '1_create_a.down.sql': 'DROP TABLE a\nDROP TABLE b;\n',
      '2_create_b.up.sql': create('b'),
      '2_create_b.down.sql': 'DROP TABLE b;\n',
    }, async (p) => {
      expect((await p.status()).problems).toEqual([]);
      expect((await p.cli('up')).code).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b']);
      expect((await p.cli('down')).code).toBe(0);
      const refused = await p.cli('down');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('LOCKSTEP_E_SQL_SYNTAX');
      expect(refused.stderr).toContain('1_create_a.down.sql:2');
      expect(await p.tables()).toEqual(['a']);
      const invalid = (await p.lint()).filter((f) => f.rule === 'invalid-migration');
      expect(invalid.map((f) => [f.file.split('/').pop(), f.line, f.severity])).toEqual([['1_create_a.down.sql', 2, 'error']]);
    }));

  it('stray files beside diesel folders (data_oauth.sql, README.md) are listed once as ignored and change nothing', () =>
    withProject('strays', {
      '2017-08-31-230457_create_a/up.sql': create('a'),
      'data_oauth.sql': "INSERT INTO a VALUES (1);\n",
      'README.md': '# how to migrate\n',
    }, async (p) => {
      const s = await p.status();
      expect(s.ignored.map((i) => i.path.split('/').pop()).sort()).toEqual(['README.md', 'data_oauth.sql']);
      expect(ids(s)).toEqual(['2017-08-31-230457']);
      expect((await p.cli('up')).code).toBe(0);
      expect(await p.tables()).toEqual(['a']);
    }));

  it('a file with its own BEGIN … COMMIT runs as written; a failure inside a block leaves it partial and up resumes at that block', () =>
    withProject('own_tx', {
      '1_blocks.up.sql': `${create('a')}BEGIN;\n${create('b')}INSERT INTO b VALUES (1);\nCOMMIT;\nBEGIN;\n${create('c')}INSERT INTO c VALUES ('x');\nCOMMIT;\n${create('d')}`,
      '2_after.up.sql': create('e'),
    }, async (p) => {
      const failed = await p.cli('up');
      expect(failed.code).not.toBe(0);
      expect(failed.stdout + failed.stderr).toContain('LOCKSTEP_E_MIGRATION_FAILED');
      expect(await p.tables()).toEqual(['a', 'b']);
      expect((await p.status()).migrations[0]?.state).toBe('partial');
      p.project.write({ '1_blocks.up.sql': `${create('a')}BEGIN;\n${create('b')}INSERT INTO b VALUES (1);\nCOMMIT;\nBEGIN;\n${create('c')}INSERT INTO c VALUES (2);\nCOMMIT;\n${create('d')}` });
      const resumed = await p.cli('up');
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stdout + resumed.stderr).toContain('resuming at statement 6');
      expect(await p.tables()).toEqual(['a', 'b', 'c', 'd', 'e']);
      // The first block ran once: resuming starts at the failed block, not at the file's start.
      const c = await p.db.client();
      expect((await c.query('select count(*)::int as n from b')).rows[0].n).toBe(1);
    }));

  // nakama (sql-migrate): `COMMIT;` ends the transaction the tool opened, `CREATE INDEX CONCURRENTLY` runs outside it,
  // `BEGIN;` opens the one the tool then commits. Lockstep opens and commits those two as the tool would.
  it('a file written inside its tool\'s transaction (COMMIT … BEGIN) runs as its tool runs it; a failure in the first part applies nothing', () =>
    withProject('enclosed_tx', {
      '1_create_a.sql': '-- +migrate Up\nCREATE TABLE a (id int, name text);\n\n-- +migrate Down\nDROP TABLE a;\n',
      '2_index_a.sql': [
        '-- +migrate Up',
        'ALTER TABLE a ADD COLUMN note text;',
        'COMMIT;',
        'CREATE INDEX CONCURRENTLY a_name_idx ON a (name);',
        'BEGIN;',
        'UPDATE a SET note = name;',
        '',
        '-- +migrate Down',
        'COMMIT;',
        'DROP INDEX CONCURRENTLY a_name_idx;',
        'BEGIN;',
        'ALTER TABLE a DROP COLUMN note;',
        '',
      ].join('\n'),
      '3_broken.sql': '-- +migrate Up\nCREATE TABLE b (id int);\nINSERT INTO b VALUES (\'x\');\nCOMMIT;\nCREATE INDEX CONCURRENTLY b_id_idx ON b (id);\nBEGIN;\n\n-- +migrate Down\nDROP TABLE b;\n',
    }, async (p) => {
      expect((await p.status()).problems).toEqual([]);
      expect((await p.lint()).filter((f) => f.rule === 'begin-without-commit' || f.rule === 'explicit-transaction-control')).toEqual([]);
      const up = await p.cli('up');
      expect(up.code).not.toBe(0);
      expect(up.stdout + up.stderr).toContain('3_broken');
      const c = await p.db.client();
      expect((await c.query("select indisvalid from pg_index where indexrelid = 'a_name_idx'::regclass")).rows[0].indisvalid).toBe(true);
      expect((await c.query("select count(*)::int as n from information_schema.columns where table_name = 'a' and column_name = 'note'")).rows[0].n).toBe(1);
      // The failure came before the file's COMMIT: the tool's transaction rolled back, b was never created, and with it
      // the migration's history row (written in that transaction): 3_broken is pending, not partial.
      expect(await p.tables()).toEqual(['a']);
      const rows = (await c.query('select version, status from lockstep.migrations order by version')).rows;
      expect(rows.map((r) => [r.version, r.status])).toEqual([['1_create_a', 'applied'], ['2_index_a', 'applied']]);
      p.project.write({ '3_broken.sql': '-- +migrate Up\nCREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nCOMMIT;\nCREATE INDEX CONCURRENTLY b_id_idx ON b (id);\nBEGIN;\n\n-- +migrate Down\nDROP TABLE b;\n' });
      const again = await p.cli('up');
      expect(again.code, again.stderr).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b']);
      const down = await p.cli('down', '--to', '1_create_a');
      expect(down.code, down.stderr).toBe(0);
      expect((await c.query("select to_regclass('a_name_idx') is null as gone")).rows[0].gone).toBe(true);
      expect((await c.query("select count(*)::int as n from information_schema.columns where table_name = 'a' and column_name = 'note'")).rows[0].n).toBe(0);
    }));

  it('a goose .go migration between SQL ones is listed as unsupported, and up stops right before it', () =>
    withProject('goose_go', {
      '00001_create_a.sql': `-- +goose Up\n${create('a')}`,
      '00002_backfill.go': 'package migrations\n\nfunc init() { goose.AddMigrationContext(up, down) }\n',
      '00003_create_c.sql': `-- +goose Up\n${create('c')}`,
      '00002_backfill_test.go': 'package migrations\n',
    }, async (p) => {
      const s = await p.status();
      expect(ids(s)).toEqual(['00001', '00002', '00003']);
      expect(s.migrations[1]?.unsupported).toMatch(/Go migration/);
      expect(s.ignored.map((i) => i.path.split('/').pop())).toEqual(['00002_backfill_test.go']);
      // The dry run's script ends where up stops, and says so (it used to end silently, as if that were all).
      const dry = await p.cli('up', '--dry-run');
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout.trimEnd().split('\n').pop()).toMatch(/^-- `lockstep up` stops before 00002 backfill \(LOCKSTEP_E_UNSUPPORTED_MIGRATION, exit 1\): .*a Go migration/);
      // plan: up stops there (up-refuses), not an SQL error; the migration after it is not rehearsed, and says why.
      const plan = await p.cli('plan', '--json');
      const verdicts = (JSON.parse(plan.stdout) as { migrations: Array<{ version: string; verdict: string; reasons: Array<{ code: string; message: string }> }> }).migrations;
      expect(verdicts.map((m) => [m.version, m.verdict])).toEqual([['00001', 'safe'], ['00002', 'blocked'], ['00003', 'blocked']]);
      expect(verdicts[1]?.reasons.map((r) => r.code)).toEqual(['up-refuses']);
      expect(verdicts[2]?.reasons.find((r) => r.code === 'earlier-failed')?.message).toContain('migration 00002 before it is one only its own tool can run');
      // test: the round trips stop where up stops, and say why; nothing is counted failed.
      const t = await p.cli('test', '--json');
      const steps = (JSON.parse(t.stdout) as { steps: Array<{ version: string; status: string; note: string | null }>; summary: { failed: number; notRun: number } });
      expect(t.code).toBe(1);
      expect(steps.steps.map((x) => [x.version, x.status])).toEqual([['00001', 'skipped'], ['00002', 'not-run'], ['00003', 'not-run']]);
      expect(steps.steps[1]?.note).toMatch(/Go migration.*`lockstep up` stops before it/);
      expect(steps.steps[2]?.note).toContain('stops before 00002');
      expect(steps.summary).toMatchObject({ failed: 0, notRun: 2 });
      const up = await p.cli('up');
      expect(up.code).not.toBe(0);
      expect(up.stdout + up.stderr).toContain('LOCKSTEP_E_UNSUPPORTED_MIGRATION');
      expect(up.stdout + up.stderr).toContain('00002_backfill.go');
      expect(await p.tables()).toEqual(['a']);
    }));

  // A folder of node-pg-migrate's TypeScript modules alone (`node-pg-migrate -m migrations -j ts`) was taken for
  // Lockstep's own module layout: `up` ran the first one, which threw `pgm.createTable is not a function`.
  it('a folder of node-pg-migrate .ts modules only is node-pg-migrate\'s: all unsupported, up stops before the first and runs nothing', () =>
    withProject('npm_ts_only', {
      '1600000000000_first.ts': "import type { MigrationBuilder } from 'node-pg-migrate';\n\nexport function up(pgm: MigrationBuilder): void {\n  pgm.createTable('a', { id: 'id' });\n}\n",
      '1600000000001_second.ts': "import type { MigrationBuilder } from 'node-pg-migrate';\n\nexport function up(pgm: MigrationBuilder): void {\n  pgm.sql('CREATE TABLE b (id int)');\n}\n",
    }, async (p) => {
      const s = await p.status();
      expect(s.project.tool).toBe('node-pg-migrate');
      expect(s.project.detectedFrom).toContain('1600000000000_first.ts');
      expect(ids(s)).toEqual(['1600000000000_first', '1600000000001_second']);
      expect(s.migrations.every((m) => /only node-pg-migrate can run/.test(m.unsupported ?? ''))).toBe(true);
      const up = await p.cli('up');
      expect(up.code).not.toBe(0);
      expect(up.stdout + up.stderr).toContain('LOCKSTEP_E_UNSUPPORTED_MIGRATION');
      expect(up.stdout + up.stderr).not.toContain('is not a function');
      expect(await p.tables()).toEqual([]);
    }));

  it('a node-pg-migrate .js module (exports.up = (pgm) => …) between unmarked .sql files: that tool, up applies the SQL before it and stops there', () =>
    withProject('npm_js_mixed', {
      '1700000000000_a.sql': create('a'),
      '1700000000001_b.js': "/* eslint-disable camelcase */\n\nexports.shorthands = undefined;\n\nexports.up = (pgm) => {\n  pgm.createTable('b', { id: 'id' });\n};\n",
      '1700000000002_c.sql': create('c'),
    }, async (p) => {
      const s = await p.status();
      expect(s.project.tool).toBe('node-pg-migrate');
      expect(ids(s)).toEqual(['1700000000000_a', '1700000000001_b', '1700000000002_c']);
      expect(s.migrations.map((m) => m.unsupported !== null)).toEqual([false, true, false]);
      const up = await p.cli('up');
      expect(up.stdout + up.stderr).toContain('LOCKSTEP_E_UNSUPPORTED_MIGRATION');
      expect(await p.tables()).toEqual(['a']);
    }));

  it('a Flyway Java migration takes the version its getVersion() returns, not its class name\'s, and up stops before the first', () =>
    withProject('flyway_java', {
      'V1__create_a.sql': create('a'),
      'V2.1__create_b.sql': create('b'),
      // Named 2_1 but returning 2.2 (Flyway runs it after V2.1), and named with one underscore (Flyway still runs it).
      'V2_1__BackfillB.java': 'public class V2_1__BackfillB implements JavaMigration {\n  public MigrationVersion getVersion() {\n    return MigrationVersion.fromVersion("2.2");\n  }\n}\n',
      'V3_1_BackfillC.java': 'public class V3_1_BackfillC implements JavaMigration {\n  static final MigrationVersion V = MigrationVersion.fromVersion("3.1");\n  public MigrationVersion getVersion() { return V; }\n}\n',
      'V3__create_c.sql': create('c'),
      'V4__create_d.sql': create('d'),
    }, async (p) => {
      const s = await p.status();
      expect([s.project.tool, ids(s), s.problems, s.ignored]).toEqual(['flyway', ['1', '2.1', '2.2', '3', '3.1', '4'], [], []]);
      expect(s.migrations.filter((m) => m.unsupported).map((m) => m.id)).toEqual(['2.2', '3.1']);
      const up = await p.cli('up');
      expect(up.code).not.toBe(0);
      expect(up.stdout + up.stderr).toContain('LOCKSTEP_E_UNSUPPORTED_MIGRATION');
      expect(await p.tables()).toEqual(['a', 'b']);
    }));

  // qa13 (nemerosa/ontrack): Flyway runs the compiled class of a Kotlin migration (`V11__….kt` extending
  // BaseJavaMigration in the db.migration package) like a Java one. Lockstep listed the .kt file as ignored, so `up`
  // went from V10 to V12 and never stopped for V11.
  it('a Flyway Kotlin (or Scala, Groovy) migration is a Java migration: unsupported, up stops before it', () =>
    withProject('flyway_kotlin', {
      'V1__create_a.sql': create('a'),
      'V2__BackfillA.kt': 'package db.migration\n\nclass V2__BackfillA : BaseJavaMigration() {\n  override fun migrate(context: Context) {}\n}\n',
      'V3__create_b.sql': create('b'),
      'V4__Later.scala': 'package db.migration\n\nclass V4__Later extends BaseJavaMigration {\n  override def migrate(context: Context): Unit = ()\n}\n',
      'V5_1_Declared.kt': 'class V5_1_Declared : JavaMigration {\n  override fun getVersion(): MigrationVersion = MigrationVersion.fromVersion("5.1")\n}\n',
    }, async (p) => {
      const s = await p.status();
      expect([s.project.tool, ids(s), s.problems, s.ignored]).toEqual(['flyway', ['1', '2', '3', '4', '5.1'], [], []]);
      expect(s.migrations.filter((m) => m.unsupported).map((m) => [m.id, m.unsupported])).toEqual([
        ['2', 'a Java migration, which only Flyway can run'],
        ['4', 'a Java migration, which only Flyway can run'],
        ['5.1', 'a Java migration, which only Flyway can run'],
      ]);
      const up = await p.cli('up');
      expect(up.code).not.toBe(0);
      expect(up.stdout + up.stderr).toContain('LOCKSTEP_E_UNSUPPORTED_MIGRATION');
      expect(up.stdout + up.stderr).toContain('V2__BackfillA.kt');
      expect(await p.tables()).toEqual(['a']);
    }));

  it('a Flyway baseline migration (B…) runs on an empty database in place of the versions it stands for, in up and in test\'s round trips', () =>
    withProject('flyway_baseline', {
      'V1__a.sql': create('a'),
      'V2__b.sql': create('b'),
      'B2__squashed.sql': `${create('a')}${create('b')}`,
      'V3__alter_b.sql': 'ALTER TABLE b ADD COLUMN note text;\n',
    }, async (p) => {
      const s = await p.status();
      expect([s.project.tool, ids(s), s.problems, s.ignored]).toEqual(['flyway', ['1', 'B2', '2', '3'], [], []]);
      expect(s.migrations.map((m) => m.state)).toEqual(['ignored', 'pending', 'ignored', 'pending']);
      const rt = await p.roundTrip();
      expect(rt.code).toBe(0);
      // Without undo scripts there is no down to round-trip; what matters is which migrations the shadow runs.
      expect(rt.steps.map((x) => x.version)).toEqual(['B2', '3']);
      expect((await p.cli('up', '--no-lint')).code).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b']);
    }));

  it('pairs in the style of golang-migrate runners: a comment-only up file is a no-op, _up.sql pairs and shared versions load', () =>
    withProject('pairs', {
      '0001_create_a.up.sql': create('a'),
      '0001_create_b.up.sql': create('b'),
      '0002_data_moved_in_code.up.sql': '-- data is migrated in code.',
      '0003_create_c_up.sql': create('c'),
      '0003_create_c_down.sql': 'DROP TABLE c;\n',
    }, async (p) => {
      const s = await p.status();
      expect([s.project.tool, ids(s), s.problems]).toEqual(['lockstep', ['0001_create_a', '0001_create_b', '0002', '0003'], []]);
      expect((await p.cli('up')).code).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b', 'c']);
      // What `lockstep create --layout pair` wrote and nobody filled in is still refused.
      p.project.write({ '0004_new.up.sql': '-- Write the change here.\n' });
      expect((await p.status()).problems.map((x) => x.code)).toEqual(['LOCKSTEP_E_EMPTY_UP']);
    }));
});
