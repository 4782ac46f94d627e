import { afterAll, describe, expect, it } from 'vitest';
import type { Layout, MarkerStyle } from '../../src/core/types.js';
import { newVersion, renderTemplate } from '../../src/loader/index.js';
import { loadErrors, load, removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);

/** Fills the placeholders the way a user would, so the rendered files load. */
function filled(files: ReadonlyArray<{ relativePath: string; content: string }>): Record<string, string> {
  return Object.fromEntries(
    files.map((f) => [
      f.relativePath,
      f.content
        .replace('-- Write the change here.', 'CREATE TABLE t (id int);')
        .replace('-- Write the SQL that restores the previous schema here.', 'DROP TABLE t;')
        .replace(/throw new Error\([^)]*\);/g, ''),
    ]),
  );
}

describe('renderTemplate', () => {
  it.each(['lockstep', 'sql-migrate', 'dbmate', 'node-pg-migrate', 'goose'] as MarkerStyle[])(
    'writes a %s single file that the loader reads back once filled in',
    async (style) => {
      const files = renderTemplate('single-file', '20240315120000', 'Create T', style);
      expect(files.map((f) => f.relativePath)).toEqual(['20240315120000_create_t.sql']);
      const [m] = await load(filled(files));
      expect(m).toMatchObject({ version: '20240315120000', name: 'create_t', markerStyle: style });
    },
  );

  it.each([
    ['pair', ['0042_add_t.up.sql', '0042_add_t.down.sql']],
    ['directory', ['0042_add_t/up.sql', '0042_add_t/down.sql']],
    ['module', ['0042_add_t.ts']],
  ] as [Layout, string[]][])('writes the %s layout', async (layout, paths) => {
    const files = renderTemplate(layout, '0042', 'add-t');
    expect(files.map((f) => f.relativePath)).toEqual(paths);
    const [m] = await load(filled(files));
    expect(m).toMatchObject({ version: '0042', name: 'add_t', layout });
  });

  it('leaves an untouched SQL template failing to load, so an empty migration cannot be applied', async () => {
    const errors = await loadErrors(Object.fromEntries(renderTemplate('single-file', '1', 'x').map((f) => [f.relativePath, f.content])));
    expect(errors.map((e) => e.code)).toEqual(['LOCKSTEP_E_EMPTY_UP']);
  });

  it('refuses names that would change the version, and bad versions', () => {
    expect(() => renderTemplate('single-file', '20240315', '2fa')).toThrowError(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE' }));
    expect(() => renderTemplate('single-file', '20240315', '!!!')).toThrowError(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE' }));
    expect(() => renderTemplate('single-file', 'v1', 'x')).toThrowError(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE' }));
  });
});

describe('newVersion', () => {
  it('is the UTC time as YYYYMMDDHHMMSS', () => {
    expect(newVersion(new Date('2024-03-15T12:34:56.789Z'))).toBe('20240315123456');
    expect(newVersion()).toMatch(/^\d{14}$/);
  });
});
