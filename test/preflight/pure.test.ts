/** Pure parts of pre-flight: the maintenance window arithmetic and the locks of pending migrations. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directives, MigrationFile } from '../../src/core/types.js';
import { insideWindow, locksOfMigrations } from '../../src/preflight/index.js';
import { prepareSection } from '../../src/runner/index.js';
import { initParser } from '../../src/sql/index.js';

describe('insideWindow', () => {
  const overnight = { days: ['fri'], start: '22:00', end: '02:00', timezone: 'Europe/Berlin' };
  it.each([
    ['2024-01-05T20:59:00Z', false], // Fri 21:59 Berlin
    ['2024-01-05T21:00:00Z', true], // Fri 22:00
    ['2024-01-06T00:59:00Z', true], // Sat 01:59: still Friday's window
    ['2024-01-06T01:00:00Z', false], // Sat 02:00: ended
    ['2024-01-06T21:30:00Z', false], // Sat 22:30: not a window day
  ])('a window past midnight: %s → %s', (at, expected) => {
    expect(insideWindow(overnight, new Date(at))).toBe(expected);
  });

  it('follows the zone across daylight saving time', () => {
    const w = { days: ['sun'], start: '02:00', end: '04:00', timezone: 'America/New_York' };
    expect(insideWindow(w, new Date('2024-01-07T07:30:00Z'))).toBe(true); // EST: 02:30
    expect(insideWindow(w, new Date('2024-07-07T06:30:00Z'))).toBe(true); // EDT: 02:30
    expect(insideWindow(w, new Date('2024-07-07T07:30:00Z'))).toBe(true); // EDT: 03:30
    expect(insideWindow(w, new Date('2024-07-07T08:30:00Z'))).toBe(false); // EDT: 04:30
  });
});

describe('locksOfMigrations', () => {
  beforeAll(async () => {
    await initParser();
  });
  const directives: Directives = { noTransaction: false, irreversible: true, lockFlag: false };
  const file = (version: string, sql: string, more: Partial<Directives> = {}): MigrationFile => ({
    id: version, tool: 'lockstep', version, name: version, layout: 'single-file', paths: [`${version}.sql`], checksum: '', directives: { ...directives, ...more },
    up: { kind: 'sql', path: `${version}.sql`, sql, startLine: 1 },
  });
  const step = async (f: MigrationFile, resumeFrom = 0) => ({ file: f, up: await prepareSection(f, f.up), resumeFrom });

  it('takes the strongest mode per relation, names the migrations, and flags concurrent builds', async () => {
    const locks = locksOfMigrations([
      await step(file('1', 'CREATE INDEX CONCURRENTLY orders_at ON orders (at);')),
      await step(file('2', 'ALTER TABLE orders ADD COLUMN note text; UPDATE customers SET x = 1;')),
      await step(file('3', '', { noTransaction: true, backfill: { table: 'payments', set: 'a = b' } })),
    ]);
    expect(locks.locks).toEqual([
      { relation: 'orders', mode: 'AccessExclusive', blocks: ['reads', 'writes', 'ddl'], versions: ['1', '2'] },
      { relation: 'customers', mode: 'RowExclusive', blocks: [], versions: ['2'] },
      { relation: 'payments', mode: 'RowExclusive', blocks: [], versions: ['3'] },
    ]);
    expect(locks.waitsForOldTransactions).toEqual(['1']);
  });

  it('counts only the statements a partial migration has left', async () => {
    const locks = locksOfMigrations([await step(file('1', 'ALTER TABLE a ADD COLUMN x int; CREATE INDEX CONCURRENTLY b_x ON b (x);', { noTransaction: true }), 1)]);
    expect(locks.locks.map((l) => l.relation)).toEqual(['b']);
  });
});

describe('locksOfMigrations: objects the migration creates', () => {
  beforeAll(async () => {
    await initParser();
  });
  const file = (version: string, sql: string, noTransaction = false): MigrationFile => ({
    id: version, tool: 'lockstep', version, name: version, layout: 'single-file', paths: [`${version}.sql`], checksum: '',
    directives: { noTransaction, irreversible: true, lockFlag: false },
    up: { kind: 'sql', path: `${version}.sql`, sql, startLine: 1 },
  });
  const step = async (f: MigrationFile, resumeFrom = 0) => ({ file: f, up: await prepareSection(f, f.up), resumeFrom });

  it('leaves out locks on a table created earlier in the same migration, keeps the others', async () => {
    const locks = locksOfMigrations([
      await step(file('5', 'CREATE TABLE s3 (id int, e int, o int REFERENCES owners (id)); CREATE INDEX s3_e ON s3 (e); ALTER TABLE public.s3 ADD COLUMN z int; CREATE INDEX accounts_e ON accounts (e);')),
    ]);
    expect(locks.locks).toEqual([
      { relation: 'owners', mode: 'ShareRowExclusive', blocks: ['writes', 'ddl'], versions: ['5'] },
      { relation: 'accounts', mode: 'Share', blocks: ['writes', 'ddl'], versions: ['5'] },
    ]);
  });

  it('counts locks taken before the creation, in another migration, after a rename, or by a statement a partial run already finished', async () => {
    const locks = locksOfMigrations([
      await step(file('6', 'ALTER TABLE t1 ADD COLUMN a int; DROP TABLE t1; CREATE TABLE t1 (id int);')),
      await step(file('7', 'ALTER TABLE t1 ADD COLUMN b int;')),
      await step(file('8', 'ALTER TABLE t2 RENAME TO t3; ALTER TABLE t3 ADD COLUMN c int;')),
      await step(file('9', 'CREATE TABLE t4 (id int); CREATE INDEX CONCURRENTLY t4_id ON t4 (id);', true), 1),
    ]);
    expect(locks.locks.map((l) => [l.relation, l.versions])).toEqual([['t1', ['6', '7']], ['t2', ['8']], ['t3', ['8']], ['t4', ['9']]]);
  });
});
