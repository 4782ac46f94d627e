/**
 * A type change is judged from the column's old type when an earlier migration of the run declared it:
 * widening varchar is a catalog change, shortening it or text → varchar(n) rewrites.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyColumnEvents, catalogType, columnEvents, copyColumnTypes, isBuiltInType } from '../../src/locks/column-types.js';
import { analyzeTypeChange } from '../../src/locks/type-change.js';
import { alterCommands, bodyOf } from '../../src/sql/index.js';
import { runLint, type Finding } from '../../src/lint/index.js';
import { initParser, parseSql } from '../../src/sql/index.js';

beforeAll(() => initParser());

const known = (sql: string): Record<string, string> => {
  const types = copyColumnTypes(undefined);
  applyColumnEvents(types, columnEvents(parseSql(sql)));
  return Object.fromEntries([...types.tables].flatMap(([table, cols]) => [...cols].map(([c, t]) => [`${table}.${c}`, `${t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`])));
};

describe('columnEvents', () => {
  it('follows CREATE TABLE, ADD COLUMN and ALTER COLUMN TYPE; serials are their integer type', () => {
    expect(known('CREATE TABLE v (id bigserial, name varchar(50), tags text[]); ALTER TABLE public.v ADD COLUMN score numeric(3, 1); ALTER TABLE v ALTER COLUMN name TYPE varchar(80)')).toEqual({
      'public.v.id': 'int8', 'public.v.name': 'varchar(80)', 'public.v.tags': 'text[]', 'public.v.score': 'numeric(3,1)',
    });
  });

  it('keeps tables of the same name in different schemas apart; an unqualified name is in public', () => {
    expect(known('CREATE TABLE audit.events (note varchar(20)); CREATE TABLE events (note text); ALTER TABLE audit.events ALTER COLUMN note TYPE varchar(40)')).toEqual({
      'audit.events.note': 'varchar(40)', 'public.events.note': 'text',
    });
    expect(known('CREATE TABLE audit.events (note text); CREATE TABLE events (note text); DROP TABLE audit.events')).toEqual({ 'public.events.note': 'text' });
  });

  it('forgets what a drop makes uncertain; moves what a rename renames; keeps a non-built-in type (never taken for the usual change)', () => {
    expect(known('CREATE TABLE v (a text, b varchar(9), c email_t, d text); ALTER TABLE v DROP COLUMN a; ALTER TABLE v RENAME COLUMN b TO e')).toEqual({ 'public.v.c': 'email_t', 'public.v.d': 'text', 'public.v.e': 'varchar(9)' });
    expect(known('CREATE TABLE v (a text); ALTER TABLE v RENAME TO w')).toEqual({ 'public.w.a': 'text' });
    expect(known('CREATE TABLE s.v (a text); CREATE TABLE s.w (b int); ALTER TABLE s.v RENAME TO w')).toEqual({ 's.w.a': 'text' });
    expect(known('CREATE TABLE v (a text); CREATE TABLE s.v (b int); ALTER TABLE v SET SCHEMA s')).toEqual({ 's.v.a': 'text' });
    // A rename of what is not known forgets the new name.
    expect(known('CREATE TABLE w (a text); ALTER TABLE v RENAME TO w')).toEqual({});
    expect(known('CREATE TABLE v (a text, b int); ALTER TABLE v RENAME COLUMN c TO b')).toEqual({ 'public.v.a': 'text' });
    expect(known('CREATE TABLE v (a text); DROP TABLE v')).toEqual({});
    expect(known('CREATE TABLE v (a text, b int); CREATE TABLE IF NOT EXISTS v (b text)')).toEqual({ 'public.v.b': 'text' });
  });
});

describe('the usual type change', () => {
  const change = (sql: string, old?: ReturnType<typeof catalogType>) => {
    const cmd = alterCommands(bodyOf(parseSql(sql)[0]!, 'AlterTableStmt'))[0]!;
    return analyzeTypeChange(cmd, old);
  };

  it('is varchar to text when the old type is unknown, and nothing when the catalog says it is something else', () => {
    expect(change('ALTER TABLE t ALTER COLUMN c TYPE text')).toMatchObject({ verdict: 'depends-on-old-type', usual: 'varchar to text' });
    expect(change('ALTER TABLE t ALTER COLUMN c TYPE text COLLATE "C"').usual).toBeUndefined();
    expect(change('ALTER TABLE t ALTER COLUMN c TYPE text USING btrim(c)').verdict).toBe('rewrite');
    // An enum the catalog (or an earlier migration) declared: kept as the old type, judged as unknown, never usual.
    const status = catalogType('order_status', -1, false);
    expect(isBuiltInType(status)).toBe(false);
    expect(change('ALTER TABLE t ALTER COLUMN c TYPE text', status)).toMatchObject({ verdict: 'depends-on-old-type', usual: undefined });
    expect(change('ALTER TABLE t ALTER COLUMN c TYPE text', catalogType('varchar', 54, false))).toMatchObject({ verdict: 'no-rewrite' });
    expect(change('ALTER TABLE t ALTER COLUMN c TYPE text', catalogType('int4', -1, false))).toMatchObject({ verdict: 'rewrite' });
  });
});

describe('runLint with types declared by earlier migrations', () => {
  let dir: string;
  const rules = (findings: readonly Finding[], file: string) => findings.filter((f) => f.file.endsWith(file) && f.severity !== 'info').map((f) => `${f.severity} ${f.rule}`).sort();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-coltypes-'));
    mkdirSync(join(dir, 'migrations'));
    const files: Record<string, string> = {
      '001_vendors.sql': 'CREATE TABLE vendors (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name varchar(50), code varchar(20), note text, kind status_t);',
      '002_widen.sql': 'ALTER TABLE vendors ALTER COLUMN name TYPE varchar(120);',
      '003_shorten.sql': 'ALTER TABLE vendors ALTER COLUMN code TYPE varchar(10);',
      '004_note.sql': 'ALTER TABLE vendors ALTER COLUMN note TYPE varchar(200);',
      '005_unknown.sql': 'ALTER TABLE vendors ALTER COLUMN kind TYPE text;',
      '006_elsewhere.sql': 'ALTER TABLE suppliers ALTER COLUMN name TYPE varchar(120);',
      // harbor's 0004: a table renamed, then its column widened (in the same migration); a renamed column widened later.
      '007_targets.sql': 'CREATE TABLE replication_target (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, url varchar(64), username varchar(255));',
      '008_registry.sql': 'ALTER TABLE replication_target RENAME TO registry;\nALTER TABLE registry ALTER COLUMN url TYPE varchar(256);\nALTER TABLE registry RENAME COLUMN username TO access_key;',
      '009_key.sql': 'ALTER TABLE registry ALTER COLUMN access_key TYPE varchar(4096);',
      '010_shorten.sql': 'ALTER TABLE registry ALTER COLUMN url TYPE varchar(100);',
      // Renamed back, then shortened: a rewrite that keeps the rename's ACCESS EXCLUSIVE held.
      '011_back.sql': 'ALTER TABLE registry RENAME TO replication_target;\nALTER TABLE replication_target ALTER COLUMN url TYPE varchar(50);',
    };
    for (const [name, up] of Object.entries(files)) writeFileSync(join(dir, 'migrations', name), `-- lockstep:irreversible\n-- UP\n${up}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says nothing about a widening, errs on a rewrite, and stays unsure where the old type is unknown', async () => {
    const { findings } = await runLint({ paths: ['migrations'], cwd: dir, options: { runnerSetsTimeouts: true, runnerSetsStatementTimeout: false } });
    expect(rules(findings, '002_widen.sql')).toEqual([]);
    expect(rules(findings, '003_shorten.sql')).toEqual(['error changing-column-type', 'warning require-statement-timeout']);
    expect(findings.find((f) => f.file.endsWith('003_shorten.sql') && f.rule === 'changing-column-type')?.message).toMatch(/varchar\(20\) to varchar\(10\)/);
    expect(rules(findings, '004_note.sql')).toEqual(['error changing-column-type', 'warning require-statement-timeout']);
    // A domain or enum as the old type, and a table no migration declared: the old answer, a warning.
    expect(rules(findings, '005_unknown.sql')).toEqual(['warning changing-column-type', 'warning require-statement-timeout']);
    expect(rules(findings, '006_elsewhere.sql')).toEqual(['warning changing-column-type', 'warning require-statement-timeout']);
    // The types follow the table and the column to their new names: widenings, and a shortening that rewrites.
    expect(rules(findings, '008_registry.sql')).toEqual(['warning renaming-column', 'warning renaming-table']);
    expect(rules(findings, '009_key.sql')).toEqual([]);
    expect(rules(findings, '010_shorten.sql')).toEqual(['error changing-column-type', 'warning require-statement-timeout']);
    expect(findings.find((f) => f.file.endsWith('010_shorten.sql') && f.rule === 'changing-column-type')?.message).toMatch(/varchar\(256\) to varchar\(100\)/);
    expect(rules(findings, '011_back.sql')).toEqual(['error changing-column-type', 'warning renaming-table', 'warning require-statement-timeout', 'warning statements-after-access-exclusive']);
    expect(findings.find((f) => f.file.endsWith('011_back.sql') && f.rule === 'changing-column-type')?.message).toMatch(/varchar\(100\) to varchar\(50\)/);
  });

  it('lints one migration alone as before: nothing declared, so a warning', async () => {
    const { findings } = await runLint({ paths: ['migrations/002_widen.sql'], cwd: dir, options: { runnerSetsTimeouts: true, runnerSetsStatementTimeout: false } });
    expect(rules(findings, '002_widen.sql')).toEqual(['warning changing-column-type', 'warning require-statement-timeout']);
  });
});
