/**
 * Rules one tool has and the others do not, through the CLI against the real server: drizzle's journal order and
 * files it does not list, Flyway's repeatable migrations and placeholders, sql-migrate's several Up sections, dbmate's
 * transaction option.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TOOL_FIXTURES as ADOPT_FIXTURES } from '../adopt/support/tool-histories.js';
import { ids, withProject } from './support/layout-project.js';
import { journal } from './support/tool-fixtures.js';

/** Flyway's checksum: CRC-32 of the lines without their terminators, as a signed int (computed here, not by src/). */
const flywayCrc = (text: string): number => (zlib as unknown as { crc32(b: Buffer): number }).crc32(Buffer.from(text.split(/\r\n|\r|\n/).join(''), 'utf8')) | 0;

describe.concurrent('tool rules', () => {
  it('drizzle: the journal decides the order, not the file names; a file it does not list is ignored with a notice', () =>
    withProject('drizzle_journal', {
      '0000_init.sql': 'CREATE TABLE a (id int);\n--> statement-breakpoint\nCREATE TABLE a2 (id int);\n',
      '0001_later.sql': 'ALTER TABLE b ADD COLUMN y int;\n',
      '0002_custom.sql': 'CREATE TABLE b (id int);\n',
      '0003_orphan.sql': 'CREATE TABLE orphan (id int);\n',
      'meta/_journal.json': journal(['0000_init', '0002_custom', '0001_later']),
    }, async (p) => {
      const s = await p.status();
      expect([s.project.tool, ids(s)]).toEqual(['drizzle', ['0000_init', '0002_custom', '0001_later']]);
      expect(s.ignored).toEqual([{ path: 'migrations/0003_orphan.sql', why: 'not in migrations/meta/_journal.json, so drizzle does not run it' }]);
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      expect(await p.tables()).toEqual(['a', 'a2', 'b']);
    }));

  // qa13 (simstudioai/sim): drizzle-kit writes most breakpoints right after the statement's semicolon, and drizzle-orm
  // splits at the text wherever it stands. Lockstep split only at a breakpoint alone on its line, so such a file was one
  // query: the CREATE INDEX CONCURRENTLY after the file's own COMMIT failed (lint blocked it, `up --no-lint` committed
  // the ALTER and a partial row, then said nothing was applied). drizzle-orm 0.45.4 runs this folder to the end.
  it('drizzle: a breakpoint at the end of a statement\'s line splits there, as drizzle-orm splits it; a COMMIT piece lets CONCURRENTLY run', () =>
    withProject('drizzle_inline_breakpoints', {
      // A piece of nothing but blanks (dokploy's 0107 has one) is sent by drizzle as an empty query: nothing to run.
      '0000_init.sql': 'CREATE TABLE t (id int, v int);--> statement-breakpoint\n\n--> statement-breakpoint\nCREATE TABLE u (id int);--> statement-breakpoint CREATE TABLE w (id int);\n',
      '0001_concurrent.sql': [
        'ALTER TABLE t ADD COLUMN note text;--> statement-breakpoint',
        'COMMIT;--> statement-breakpoint',
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_v_idx ON t (v);--> statement-breakpoint',
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS u_id_idx ON u (id);',
        '',
      ].join('\n'),
      '0002_after.sql': 'ALTER TABLE u ADD COLUMN x int;',
      'meta/_journal.json': journal(['0000_init', '0001_concurrent', '0002_after']),
    }, async (p) => {
      const findings = await p.lint();
      expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.line}`)).toEqual([]);
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      expect(await p.tables()).toEqual(['t', 'u', 'w']);
      const c = await p.db.client();
      const idx = await c.query<{ i: string; valid: boolean }>(
        "select c.relname as i, x.indisvalid as valid from pg_index x join pg_class c on c.oid = x.indexrelid where c.relname in ('t_v_idx', 'u_id_idx') order by 1",
      );
      expect(idx.rows).toEqual([{ i: 't_v_idx', valid: true }, { i: 'u_id_idx', valid: true }]);
      const cols = await c.query<{ c: string }>("select table_name || '.' || column_name as c from information_schema.columns where table_name in ('t', 'u') order by 1");
      expect(cols.rows.map((r) => r.c)).toEqual(['t.id', 't.note', 't.v', 'u.id', 'u.x']);
      expect((await p.status()).migrations.map((m) => m.state)).toEqual(['applied', 'applied', 'applied']);
    }));

  it('Flyway: placeholders are replaced from the config; a repeatable runs after the versioned ones and again when its file changes', () =>
    withProject('flyway_repeatable', {
      'V1__Create_accounts.sql': 'CREATE TABLE ${table} (id int, name text);\n',
      'R__Account_view.sql': 'CREATE OR REPLACE VIEW account_ids AS SELECT id FROM ${table};\n',
      'V1_1__Add_email.sql': 'ALTER TABLE ${table} ADD COLUMN email text;\n',
    }, async (p) => {
      const missing = await p.status();
      expect(missing.problems.map((x) => [x.code, x.line])).toEqual([['LOCKSTEP_E_BAD_METADATA', 1], ['LOCKSTEP_E_BAD_METADATA', 1], ['LOCKSTEP_E_BAD_METADATA', 1]]);
      p.config({ placeholders: { table: 'accounts' } });
      expect(ids(await p.status())).toEqual(['1', '1.1', 'R__Account_view']);
      expect((await p.cli('up')).code).toBe(0);
      const c = await p.db.client();
      const view = async (): Promise<string> => (await c.query("select pg_get_viewdef('account_ids') as d")).rows[0].d as string;
      expect(await view()).toContain('accounts.id');

      p.project.write({ 'R__Account_view.sql': 'CREATE OR REPLACE VIEW account_ids AS SELECT id, email FROM ${table};\n' });
      const changed = (await p.status()).migrations.find((m) => m.id === 'R__Account_view');
      expect(changed).toMatchObject({ state: 'pending', reapply: true });
      const again = await p.cli('up');
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('1 migration(s) applied');
      expect(await view()).toContain('accounts.email');
      // Re-applying a changed repeatable is what Flyway does: it is not an edited migration.
      expect((await p.cli('verify')).code).toBe(0);
    }));

  it("Flyway: its built-in placeholders of the run (defaultSchema, user, database) come from the target's URL; the config's values win", () =>
    withProject('flyway_builtins', {
      'V1__Owners.sql': "CREATE TABLE ${flyway:defaultSchema}.owners (who text DEFAULT '${flyway:user}', db text DEFAULT '${flyway:database}', file text DEFAULT '${flyway:filename}');\n",
    }, async (p) => {
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      const c = await p.db.client();
      await c.query('INSERT INTO public.owners DEFAULT VALUES');
      expect((await c.query('SELECT who, db, file FROM public.owners')).rows).toEqual([{ who: new URL(p.db.url).username, db: p.db.name, file: 'V1__Owners.sql' }]);
      p.config({ placeholders: { 'flyway:user': 'deployer' } });
      expect((await p.status()).problems).toEqual([]);
    }));

  it('sql-migrate: a file may switch between Up and Down several times; text before the first marker is ignored', () =>
    withProject('sql_migrate_sections', {
      '1_two_tables.sql': [
        'Written before sql-migrate markers: ignored.',
        '-- +migrate Up',
        'CREATE TABLE a (id int);',
        '-- +migrate Down',
        'DROP TABLE a;',
        '-- +migrate Up',
        'CREATE TABLE b (id int);',
        '-- +migrate Down',
        'DROP TABLE b;',
        '',
      ].join('\n'),
    }, async (p) => {
      expect((await p.status()).problems).toEqual([]);
      expect((await p.cli('up')).code).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b']);
      expect((await p.cli('down')).code).toBe(0);
      expect(await p.tables()).toEqual([]);
    }));

  it('dbmate: transaction:false runs outside a transaction (CREATE INDEX CONCURRENTLY works); a bad value is refused at its line', () =>
    withProject('dbmate_tx', {
      '20240101000000_create_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n',
      '20240102000000_index_a.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY a_id_idx ON a (id);\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY a_id_idx;\n',
      '20240103000000_create_b.sql': '-- migrate:up\nCREATE TABLE b (id int);\n\n-- migrate:down transaction:flase\nDROP TABLE b;\n',
    }, async (p) => {
      const s = await p.status();
      expect(s.problems.map((x) => [x.code, x.file?.split('/').pop(), x.line])).toEqual([['LOCKSTEP_E_BAD_MARKERS', '20240103000000_create_b.sql', 4]]);
      expect((await p.cli('up')).code).not.toBe(0);
      expect(await p.tables()).toEqual([]);
      p.project.write({ '20240103000000_create_b.sql': '-- migrate:up\nCREATE TABLE b (id int);\n\n-- migrate:down\nDROP TABLE b;\n' });
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      const c = await p.db.client();
      expect((await c.query("select indisvalid from pg_index where indexrelid = 'a_id_idx'::regclass")).rows[0].indisvalid).toBe(true);
    }));

  // UPchieve's dbmate folder has `-- migrate:down` indented inside an ALTER TABLE (a formatter's work): dbmate's
  // `(?m)^--\s*migrate:down` does not see it, sql-migrate's `HasPrefix(line, "-- +migrate ")` neither, goose refuses it.
  it('dbmate and sql-migrate: an indented marker is a comment inside the SQL, as their tools read it; goose refuses one', async () => {
    await withProject('dbmate_indented', {
      '20240101000000_create_a.sql': '-- migrate:up\nCREATE TABLE a (\n  id int,\n  -- migrate:down (indented: a comment)\n  name text\n);\n\n-- migrate:down\nDROP TABLE a;\n',
    }, async (p) => {
      expect((await p.status()).problems).toEqual([]);
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      const c = await p.db.client();
      expect((await c.query("select string_agg(attname, ',' order by attnum) as cols from pg_attribute where attrelid = 'a'::regclass and attnum > 0")).rows[0].cols).toBe('id,name');
      expect((await p.cli('down')).code).toBe(0);
      expect(await p.tables()).toEqual([]);
    });
    await withProject('sql_migrate_indented', {
      '1_create_b.sql': '-- +migrate Up\nCREATE TABLE b (\n  id int,\n  -- +migrate Down\n  name text\n);\n\n-- +migrate Down\nDROP TABLE b;\n',
    }, async (p) => {
      expect((await p.status()).problems).toEqual([]);
      expect((await p.cli('up')).code).toBe(0);
      expect(await p.tables()).toEqual(['b']);
    });
    await withProject('goose_indented', {
      '1_create_c.sql': '-- +goose Up\nCREATE TABLE c (id int);\n  -- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n-- +goose StatementEnd\n',
    }, async (p) => {
      expect((await p.status()).problems.map((x) => [x.code, x.line])).toEqual([['LOCKSTEP_E_BAD_MARKERS', 3]]);
    });
  });

  it('goose: -- +goose ENVSUB ON expands the environment (here from ./.env) line by line until OFF, as goose does', () =>
    withProject('goose_envsub', {
      '1_create.sql': [
        '-- +goose Up',
        '-- +goose ENVSUB ON',
        "CREATE TABLE ${TABLE_NAME} (id int, note text DEFAULT '$$5');",
        'CREATE TABLE ${OTHER_TABLE:-fallback} (id int);',
        '-- +goose ENVSUB OFF',
        'CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;',
        '',
        '-- +goose Down',
        'DROP FUNCTION one();',
        'DROP TABLE fallback;',
        '-- +goose ENVSUB ON',
        'DROP TABLE ${TABLE_NAME};',
        '',
      ].join('\n'),
    }, async (p) => {
      writeFileSync(join(p.project.root, '.env'), 'TABLE_NAME=widgets\n');
      expect((await p.status()).problems).toEqual([]);
      const up = await p.cli('up');
      expect(up.code, up.stderr).toBe(0);
      expect(await p.tables()).toEqual(['fallback', 'widgets']);
      const c = await p.db.client();
      expect((await c.query("select pg_get_expr(adbin, adrelid) as d from pg_attrdef where adrelid = 'widgets'::regclass")).rows[0].d).toBe("'$5'::text");
      expect((await p.cli('down')).code).toBe(0);
      expect(await p.tables()).toEqual([]);
    }));

  it('Flyway: adopt matches a repeatable Flyway checksummed with its placeholders replaced; a new placeholder value runs it again', () =>
    withProject('flyway_placeholder_adopt', {
      'V1__Create_accounts.sql': 'CREATE TABLE ${table} (id int, name text);\n',
      'R__Account_view.sql': 'CREATE OR REPLACE VIEW account_ids AS SELECT id FROM ${table};\n',
    }, async (p) => {
      p.config({ placeholders: { table: 'accounts' } });
      // What Flyway leaves: both scripts run with table=accounts, the repeatable's checksum taken after replacement.
      const c = await p.db.client();
      await c.query('CREATE TABLE accounts (id int, name text); CREATE OR REPLACE VIEW account_ids AS SELECT id FROM accounts;');
      const flyway = ADOPT_FIXTURES.find((f) => f.tool === 'flyway');
      await flyway?.create(c);
      const insert = 'INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)';
      await c.query(insert, [1, '1', 'Create accounts', 'SQL', 'V1__Create_accounts.sql', flywayCrc('CREATE TABLE ${table} (id int, name text);\n'), 'postgres', 5, true]);
      await c.query(insert, [2, null, 'Account view', 'SQL', 'R__Account_view.sql', flywayCrc('CREATE OR REPLACE VIEW account_ids AS SELECT id FROM accounts;\n'), 'postgres', 5, true]);

      const adopted = await p.cli('adopt', '--json');
      expect(adopted.code, adopted.stderr).toBe(0);
      expect(JSON.parse(adopted.stdout).recorded).toEqual(['1', 'R__Account_view']);
      expect((await p.status()).migrations.map((m) => m.state)).toEqual(['applied', 'applied']);

      // Another value for the placeholder: Flyway would run the repeatable again (its checksum changed), not the versioned one.
      await c.query('CREATE TABLE accounts_archive (id int, name text)');
      p.config({ placeholders: { table: 'accounts_archive' } });
      const s = await p.status();
      expect(s.migrations.map((m) => [m.id, m.state, m.changed, m.reapply])).toEqual([['1', 'applied', false, false], ['R__Account_view', 'pending', false, true]]);
      expect((await p.cli('up')).code).toBe(0);
      expect((await c.query("select pg_get_viewdef('account_ids') as d")).rows[0].d).toContain('accounts_archive');
    }));

  it('Flyway before 5.0 named its table schema_version: up refuses on it, adopt finds it without --table', () =>
    withProject('flyway_schema_version', {
      'V1__Create_a.sql': 'CREATE TABLE a (id int);\n',
      'V2__Create_b.sql': 'CREATE TABLE b (id int);\n',
    }, async (p) => {
      const c = await p.db.client();
      await ADOPT_FIXTURES.find((f) => f.tool === 'flyway')?.create(c);
      await c.query('ALTER TABLE flyway_schema_history RENAME TO schema_version; CREATE TABLE a (id int);');
      await c.query("INSERT INTO schema_version (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) VALUES (1, '1', 'Create a', 'SQL', 'V1__Create_a.sql', $1, 'postgres', 5, true)", [flywayCrc('CREATE TABLE a (id int);\n')]);
      const refused = await p.cli('up');
      expect(refused.code).toBe(6);
      expect(refused.stdout + refused.stderr).toContain('LOCKSTEP_E_FOREIGN_HISTORY');
      expect(await p.tables()).toEqual(['a', 'schema_version']);
      const adopted = await p.cli('adopt', '--json');
      expect(adopted.code, adopted.stderr).toBe(0);
      expect(JSON.parse(adopted.stdout)).toMatchObject({ tool: 'flyway', table: 'public.schema_version', recorded: ['1'] });
      expect((await p.cli('up')).code).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b', 'schema_version']);
    }));
});
