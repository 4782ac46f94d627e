/**
 * A type change is judged from the column's old type when an earlier migration of the run declared it:
 * widening varchar is a catalog change, shortening it or text → varchar(n) rewrites.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyColumnEvents, columnEvents } from '../../src/lint/analysis/column-types.js';
import type { TypeInfo } from '../../src/lint/ast.js';
import { runLint, type Finding } from '../../src/lint/index.js';
import { initParser, parseSql } from '../../src/sql/index.js';

beforeAll(() => initParser());

const known = (sql: string): Record<string, string> => {
  const types = new Map<string, Map<string, TypeInfo>>();
  applyColumnEvents(types, columnEvents(parseSql(sql)));
  return Object.fromEntries([...types].flatMap(([table, cols]) => [...cols].map(([c, t]) => [`${table}.${c}`, `${t.name}${t.mods.length ? `(${t.mods.join(',')})` : ''}${t.array ? '[]' : ''}`])));
};

describe('columnEvents', () => {
  it('follows CREATE TABLE, ADD COLUMN and ALTER COLUMN TYPE; serials are their integer type', () => {
    expect(known('CREATE TABLE app.v (id bigserial, name varchar(50), tags text[]); ALTER TABLE v ADD COLUMN score numeric(3, 1); ALTER TABLE v ALTER COLUMN name TYPE varchar(80)')).toEqual({
      'v.id': 'int8', 'v.name': 'varchar(80)', 'v.tags': 'text[]', 'v.score': 'numeric(3,1)',
    });
  });

  it('forgets what a drop, a rename or a non-built-in type makes uncertain', () => {
    expect(known('CREATE TABLE v (a text, b text, c email_t, d text); ALTER TABLE v DROP COLUMN a; ALTER TABLE v RENAME COLUMN b TO e')).toEqual({ 'v.d': 'text' });
    expect(known('CREATE TABLE v (a text); ALTER TABLE v RENAME TO w')).toEqual({});
    expect(known('CREATE TABLE v (a text); DROP TABLE v')).toEqual({});
    expect(known('CREATE TABLE v (a text, b int); CREATE TABLE IF NOT EXISTS v (b text)')).toEqual({ 'v.b': 'text' });
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
  });

  it('lints one migration alone as before: nothing declared, so a warning', async () => {
    const { findings } = await runLint({ paths: ['migrations/002_widen.sql'], cwd: dir, options: { runnerSetsTimeouts: true, runnerSetsStatementTimeout: false } });
    expect(rules(findings, '002_widen.sql')).toEqual(['warning changing-column-type', 'warning require-statement-timeout']);
  });
});
