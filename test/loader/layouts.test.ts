import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checksum } from '../../src/core/checksum.js';
import type { SqlSection } from '../../src/core/types.js';
import { loadMigrations } from '../../src/loader/index.js';
import { load, removeTempDirs, tempDir } from './temp-dir.js';

afterAll(removeTempDirs);

const sql = (section: unknown): SqlSection => section as SqlSection;

describe('single-file layout', () => {
  it.each([
    ['lockstep', '-- UP\nCREATE TABLE t (id int);\n-- DOWN\nDROP TABLE t;\n'],
    ['lockstep', '-- up\nCREATE TABLE t (id int);\n--down\nDROP TABLE t;\n'],
    ['sql-migrate', '-- +migrate Up\nCREATE TABLE t (id int);\n-- +migrate Down\nDROP TABLE t;\n'],
    ['dbmate', '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n'],
    ['node-pg-migrate', '-- Up Migration\nCREATE TABLE t (id int);\n-- Down Migration\nDROP TABLE t;\n'],
    ['goose', '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n'],
  ])('reads %s markers', async (style, text) => {
    const [m] = await load({ '20240315120000_create_t.sql': text });
    expect(m).toMatchObject({
      version: '20240315120000',
      name: 'create_t',
      layout: 'single-file',
      markerStyle: style,
      paths: ['20240315120000_create_t.sql'],
      up: { kind: 'sql', path: '20240315120000_create_t.sql', sql: 'CREATE TABLE t (id int);', startLine: 2 },
      down: { kind: 'sql', sql: 'DROP TABLE t;\n', startLine: 4 },
      directives: { noTransaction: false, irreversible: false, lockFlag: false },
    });
    expect(sql(m?.up).explicitStatements).toBeUndefined();
  });

  it('gives startLine of the first SQL line after a header, and accepts down before up', async () => {
    const text = '-- header comment\n\n-- DOWN\nDROP TABLE t;\n-- UP\n\nCREATE TABLE t (id int);\n';
    const [m] = await load({ '1_t.sql': text });
    expect(sql(m?.up)).toMatchObject({ sql: '\nCREATE TABLE t (id int);\n', startLine: 6 });
    expect(sql(m?.down)).toMatchObject({ sql: 'DROP TABLE t;', startLine: 4 });
  });

  it.each([
    ['sql-migrate', '-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- +migrate Down\nDROP INDEX i;\n'],
    ['dbmate', '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- migrate:down\nDROP INDEX i;\n'],
    ['goose', '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- +goose Down\nDROP INDEX i;\n'],
  ])('honours the %s no-transaction option', async (_style, text) => {
    const [m] = await load({ '1_i.sql': text });
    expect(m?.directives.noTransaction).toBe(true);
  });

  it('leaves down undefined for an irreversible migration', async () => {
    const [m] = await load({ '1_drop.sql': '-- lockstep:irreversible\n-- UP\nDROP TABLE old;\n' });
    expect(m?.directives.irreversible).toBe(true);
    expect(m?.down).toBeUndefined();
  });
});

describe('goose StatementBegin/End', () => {
  it('fills explicitStatements with offsets into the section and file line:column', async () => {
    const text = [
      '-- +goose Up', // 1
      'CREATE TABLE t (id int);', // 2
      '-- +goose StatementBegin', // 3
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$', // 4
      'BEGIN RETURN 1; END;', // 5
      '$$;', // 6
      '-- +goose StatementEnd', // 7
      'INSERT INTO t', // 8
      '  VALUES (1);', // 9
      '-- +goose Down', // 10
      'DROP FUNCTION f();', // 11
      'DROP TABLE t;', // 12
    ].join('\n');
    const [m] = await load({ '1_f.sql': text });
    const up = sql(m?.up);
    const statements = up.explicitStatements ?? [];
    expect(statements.map((s) => [s.sql, s.line, s.column, s.endLine, s.endColumn])).toEqual([
      ['CREATE TABLE t (id int)', 2, 1, 2, 24],
      ['CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN RETURN 1; END;\n$$', 4, 1, 6, 3],
      ['INSERT INTO t\n  VALUES (1)', 8, 1, 9, 13],
    ]);
    for (const s of statements) expect(up.sql.slice(s.start, s.end)).toBe(s.sql);
    expect(sql(m?.down).explicitStatements).toBeUndefined();
  });

  it('reads sql-migrate StatementBegin/End the same way', async () => {
    const text = '-- +migrate Up\n-- +migrate StatementBegin\nDO $$ BEGIN PERFORM 1; END $$;\n-- +migrate StatementEnd\n-- +migrate Down\nSELECT 1;\n';
    const [m] = await load({ '1_do.sql': text });
    expect(sql(m?.up).explicitStatements?.map((s) => [s.sql, s.line])).toEqual([['DO $$ BEGIN PERFORM 1; END $$', 3]]);
  });
});

describe('pair layout', () => {
  it('pairs <version>_<name>.up.sql with .down.sql', async () => {
    const [m] = await load({
      '0001_users.up.sql': '-- lockstep:lock-timeout 2s\nCREATE TABLE users (id int);\n',
      '0001_users.down.sql': 'DROP TABLE users;\n',
    });
    expect(m).toMatchObject({
      version: '0001',
      name: 'users',
      layout: 'pair',
      paths: ['0001_users.up.sql', '0001_users.down.sql'],
      up: { kind: 'sql', path: '0001_users.up.sql', startLine: 1 },
      down: { kind: 'sql', path: '0001_users.down.sql', sql: 'DROP TABLE users;\n', startLine: 1 },
      directives: { lockTimeoutMs: 2000 },
    });
    expect(m?.checksum).toBe(checksum(['-- lockstep:lock-timeout 2s\nCREATE TABLE users (id int);\n', 'DROP TABLE users;\n']));
  });

  it('accepts an irreversible up file without a down file', async () => {
    const [m] = await load({ '2_drop.up.sql': '-- lockstep:irreversible\nDROP TABLE old;\n' });
    expect(m).toMatchObject({ layout: 'pair', paths: ['2_drop.up.sql'], noDown: 'irreversible' });
    expect(m?.down).toBeUndefined();
  });
});

describe('directory layout', () => {
  it('reads up.sql and down.sql, and run_in_transaction = false from metadata.toml', async () => {
    const [, m] = await load({
      '2019-11-15-182353_add_index/up.sql': 'CREATE INDEX CONCURRENTLY i ON t (a);\n',
      '2019-11-15-182353_add_index/down.sql': 'DROP INDEX CONCURRENTLY i;\n',
      '2019-11-15-182353_add_index/metadata.toml': '# diesel\nrun_in_transaction = false\n',
      '4_other.sql': '-- UP\nSELECT 1;\n-- DOWN\nSELECT 0;\n',
      'fixtures/seed.sql': 'INSERT INTO t VALUES (1);',
    });
    expect(m).toMatchObject({
      version: '2019-11-15-182353',
      name: 'add_index',
      layout: 'directory',
      paths: [
        join('2019-11-15-182353_add_index', 'up.sql'),
        join('2019-11-15-182353_add_index', 'down.sql'),
        join('2019-11-15-182353_add_index', 'metadata.toml'),
      ],
      up: { path: join('2019-11-15-182353_add_index', 'up.sql') },
      directives: { noTransaction: true },
    });
  });

  it('stays transactional without metadata.toml', async () => {
    const [m] = await load({ '3_x/up.sql': 'SELECT 1;', '3_x/down.sql': 'SELECT 2;' });
    expect(m?.directives.noTransaction).toBe(false);
    expect(m?.paths).toHaveLength(2);
  });
});

describe('module layout', () => {
  it('lists modules without importing them, with directives from the leading // block', async () => {
    const ms = await load({
      '5_backfill.ts': '// lockstep:statement-timeout 1m\n// SAFETY: touches every row\nthrow new Error("imported!");\n',
      '6_one_way.mjs': '// lockstep:irreversible\nexport async function up() {}\n',
      '7_outside.js': 'export const transaction = false;\nexport async function up() {}\nexport async function down() {}\n',
    });
    expect(ms.map((m) => [m.version, m.layout, m.up.kind, m.down?.kind])).toEqual([
      ['5', 'module', 'module', 'module'],
      ['6', 'module', 'module', undefined],
      ['7', 'module', 'module', 'module'],
    ]);
    expect(ms[0]?.directives).toMatchObject({ statementTimeoutMs: 60_000, safetyNote: 'touches every row' });
    expect(ms[0]?.up).toMatchObject({ kind: 'module', path: '5_backfill.ts', exportName: 'up' });
    expect(ms[2]?.directives.noTransaction).toBe(true);
  });
});

describe('a directory mixing layouts', () => {
  it('orders versions as integer sequences across every layout', async () => {
    const ms = await load({
      '10_ten.sql': '-- UP\nSELECT 10;\n-- DOWN\nSELECT 0;\n',
      '2_two.up.sql': 'SELECT 2;',
      '2_two.down.sql': 'SELECT 0;',
      '0001_one/up.sql': 'SELECT 1;',
      '0001_one/down.sql': 'SELECT 0;',
      '9_nine.ts': 'export async function up() {}\nexport async function down() {}\n',
      '2_1_two_one.sql': '-- UP\nSELECT 21;\n-- DOWN\nSELECT 0;\n',
      '20240315_001_later.sql': '-- UP\nSELECT 3;\n-- DOWN\nSELECT 0;\n',
    });
    expect(ms.map((m) => [m.version, m.layout])).toEqual([
      ['0001', 'directory'],
      ['2', 'pair'],
      ['2_1', 'single-file'],
      ['9', 'module'],
      ['10', 'single-file'],
      ['20240315_001', 'single-file'],
    ]);
  });

  it('ignores files that are not migrations', async () => {
    const ms = await load({
      '1_real.sql': '-- UP\nSELECT 1;\n-- DOWN\nSELECT 0;\n',
      'README': 'x',
      'README.md': 'x',
      'notes.txt': 'x',
      '.gitkeep': '',
      '.DS_Store': '\u0000\u0001',
      '2_types.d.ts': 'export {};',
      '3_x.js.map': '{}',
      'schema.json': '{}',
      'diesel.toml': '[print_schema]',
      'helpers.ts': 'export const x = 1;',
      'seeds/001_seed.sql': 'INSERT INTO t VALUES (1);',
      '.hidden/4_x.sql': 'nope',
    });
    expect(ms.map((m) => m.paths[0])).toEqual(['1_real.sql']);
  });

  it('gives CRLF files the same content checksum as LF files, and strips a BOM', async () => {
    const lf = '-- UP\nCREATE TABLE t (id int);\n-- DOWN\nDROP TABLE t;\n';
    const [a] = await load({ '1_t.sql': lf });
    const [b] = await load({ '1_t.sql': lf.replace(/\n/g, '\r\n') });
    const [c] = await load({ '1_t.sql': `\uFEFF${lf}` });
    expect(b?.checksum).toBe(a?.checksum);
    expect(c?.checksum).toBe(a?.checksum);
    expect(sql(b?.up).sql).toBe('CREATE TABLE t (id int);');
    expect(c?.markerStyle).toBe('lockstep');
  });

  it('returns an empty list for an empty directory', async () => {
    expect(await load({})).toEqual([]);
  });
});

describe('paths', () => {
  it('are relative to options.cwd when inside it, else absolute', async () => {
    const dir = await tempDir({ 'db/1_a.sql': '-- UP\nSELECT 1;\n-- DOWN\nSELECT 0;\n' });
    const inside = await loadMigrations('db', { cwd: dir.path });
    expect(inside[0]?.paths).toEqual([join('db', '1_a.sql')]);
    const elsewhere = await tempDir({});
    const outside = await loadMigrations(join(dir.path, 'db'), { cwd: elsewhere.path });
    expect(outside[0]?.paths).toEqual([join(dir.path, 'db', '1_a.sql')]);
  });
});

describe('node-pg-migrate order', () => {
  // node-pg-migrate 9.0.0 ran only `CREATE TABLE a` of this file: its marker pattern has no word boundary after
  // `migration`. Lockstep found no marker and ran the whole file, down section included.
  it('takes `-- Up Migrations` / `-- Down Migrations` (plural) for its markers, as node-pg-migrate does', async () => {
    const [m] = await load({ '1700000000000_a.sql': '-- Up Migrations\nCREATE TABLE a (id int);\n\n-- Down Migrations\nDROP TABLE a;\n' });
    expect(m?.markerStyle).toBe('node-pg-migrate');
    expect(sql(m?.up).sql.trim()).toBe('CREATE TABLE a (id int);');
    expect(sql(m?.down).sql.trim()).toBe('DROP TABLE a;');
  });

  // Checked with node-pg-migrate 9.0.0 itself (`node-pg-migrate up` on these three files): it applied
  // 20230101000000000_a, 1700000000000_b, 20240101000000000_c, for a 17-digit prefix is its `utc` format, a time.
  it('orders a 17-digit (utc) prefix by the time it names among 13-digit (timestamp) ones, as node-pg-migrate does', async () => {
    const up = (t: string): string => `-- Up Migration\nCREATE TABLE ${t} (id int);\n`;
    const ms = await load({ '1700000000000_b.sql': up('b'), '20230101000000000_a.sql': up('a'), '20240101000000000_c.sql': up('c') });
    expect(ms.map((m) => m.id)).toEqual(['20230101000000000_a', '1700000000000_b', '20240101000000000_c']);
  });
});
