import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LockstepError, LockstepErrors } from '../../src/core/errors.js';
import { symlinkSync } from 'node:fs';
import { loadMigrations, loadProject } from '../../src/loader/index.js';
import { load, loadErrors, removeTempDirs, tempDir } from './temp-dir.js';

afterAll(removeTempDirs);

/** Loading fails with exactly one problem; returns it after checking it is complete. */
async function onlyError(files: Readonly<Record<string, string | Uint8Array>>): Promise<LockstepError> {
  const errors = await loadErrors(files);
  expect(errors).toHaveLength(1);
  const [error] = errors;
  if (!error) throw new Error('no error');
  expect(error).toBeInstanceOf(LockstepError);
  expect(error.hint.length).toBeGreaterThan(10);
  return error;
}

const ok = '-- UP\nSELECT 1;\n-- DOWN\nSELECT 0;\n';

describe('loader errors', () => {
  it('missing directory', async () => {
    const dir = await tempDir({});
    const err = await loadMigrations('nope', { cwd: dir.path }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_DIR_NOT_FOUND', location: { file: 'nope' } });
    expect((err as LockstepError).hint).not.toBe('');
  });

  it('a versioned .sql file without markers', async () => {
    const err = await onlyError({ '1_a.sql': 'CREATE TABLE a (id int);\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MISSING_UP_MARKER', location: { file: '1_a.sql' } });
    expect(err.message).toContain('1_a.sql');
    expect(err.hint).toContain('-- UP');
    expect(err.hint).toContain('.up.sql');
    // Another tool's folder of unmarked files (node-pg-migrate runs them whole) is told of the layout setting.
    expect(err.hint).toContain('`layout` setting');
  });

  it('a down marker without an up marker', async () => {
    const err = await onlyError({ '1_a.sql': '-- comment\nCREATE TABLE a (id int);\n-- DOWN\nDROP TABLE a;\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MISSING_UP_MARKER', location: { file: '1_a.sql', line: 3 } });
  });

  it('a missing down section, and an empty one, load: the down is a policy, not a load error', async () => {
    const [missing] = await load({ '1_a.sql': '-- UP\nCREATE TABLE a (id int);\n' });
    expect(missing).toMatchObject({ id: '1', noDown: 'absent' });
    expect(missing?.down).toBeUndefined();
    const [empty] = await load({ '1_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n-- nothing\n\n' });
    expect(empty).toMatchObject({ tool: 'dbmate', noDown: 'empty' });
  });

  it('an empty or comment-only up section is a problem of that file in Lockstep files, a no-op in golang-migrate', async () => {
    const err = await onlyError({ '1_a.sql': '-- UP\n-- TODO\n/* later */\n\n-- DOWN\nSELECT 1;\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_EMPTY_UP', location: { file: '1_a.sql', line: 1 } });
    const [pair] = await load({ '2_b.up.sql': '  \n', '2_b.down.sql': 'SELECT 1;' });
    expect(pair).toMatchObject({ tool: 'golang-migrate', id: '2', up: { sql: '  \n' } });
  });

  it('two migrations with the same version, written differently: ordered by whole name, keyed by it', async () => {
    const files = await load({ '001_b.sql': ok, '1_a.up.sql': 'SELECT 1;', '1_a.down.sql': 'SELECT 0;', '2_c.sql': ok });
    expect(files.map((f) => [f.id, f.version, f.layout])).toEqual([['001_b', '001', 'single-file'], ['1_a', '1', 'pair'], ['2', '2', 'single-file']]);
  });

  it('an up file without its down file loads; a down file without its up file is ignored and listed', async () => {
    const [up] = await load({ '1_a.up.sql': 'SELECT 1;' });
    expect(up).toMatchObject({ id: '1', noDown: 'absent' });
    const dir = await tempDir({ '1_a.down.sql': 'SELECT 1;', '2_b.sql': ok });
    const project = await loadProject('.', { cwd: dir.path });
    expect(project.problems).toEqual([]);
    expect(project.ignored).toEqual([{ path: '1_a.down.sql', why: 'a down file without its up file' }]);
  });

  it('a migration directory without up.sql is a problem; without down.sql it loads', async () => {
    const noUp = await onlyError({ '1_a/down.sql': 'SELECT 1;', '2_b.sql': ok });
    expect(noUp).toMatchObject({ code: 'LOCKSTEP_E_MISSING_UP_FILE', location: { file: '1_a' } });
    const [noDown] = await load({ '1_a/up.sql': 'SELECT 1;', '2_b.sql': ok });
    expect(noDown).toMatchObject({ layout: 'directory', noDown: 'absent', paths: [join('1_a', 'up.sql')] });
  });

  it('invalid UTF-8, with the line of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('-- UP\nSELECT 1;\nSELECT \''), Buffer.from([0xc3, 0x28]), Buffer.from("';\n-- DOWN\nSELECT 0;\n")]);
    const err = await onlyError({ '1_a.sql': bytes });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_INVALID_UTF8', location: { file: '1_a.sql', line: 3 } });
  });

  it('an unknown directive, with the known ones in the hint', async () => {
    const err = await onlyError({ '1_a.sql': '-- lockstep:no-transaction\n-- lockstep:no-transation\n-- UP\nSELECT 1;\n-- DOWN\nSELECT 0;\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_UNKNOWN_DIRECTIVE', location: { file: '1_a.sql', line: 2 } });
    expect(err.hint).toContain('Did you mean `-- lockstep:no-transaction`');
    expect(err.hint).toContain('lockstep:statement-timeout');
  });

  it('a bad directive value, also right after the up marker', async () => {
    const err = await onlyError({ '1_a.sql': '-- UP\n-- lockstep:lock-timeout soon\nSELECT 1;\n-- DOWN\nSELECT 0;\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_BAD_DIRECTIVE', location: { file: '1_a.sql', line: 2 } });
    expect(err.message).toContain('soon');
  });

  it('an unversioned .sql file is ignored and listed once, with why', async () => {
    const dir = await tempDir({ 'create_users.sql': ok, '1_a.sql': ok, 'README.md': '# notes' });
    const project = await loadProject('.', { cwd: dir.path });
    expect(project.migrations.map((m) => m.id)).toEqual(['1']);
    expect(project.problems).toEqual([]);
    expect(project.ignored).toEqual([{ path: 'create_users.sql', why: 'no version at the start of its name, so it is not a migration' }]);
  });

  it('repeated markers and unbalanced StatementBegin', async () => {
    const errors = await loadErrors({
      '1_a.sql': '-- UP\nSELECT 1;\n-- UP\nSELECT 2;\n-- DOWN\nSELECT 0;\n',
      '2_b.sql': '-- +goose Up\n-- +goose StatementBegin\nSELECT 1;\n-- +goose Down\nSELECT 0;\n',
      '3_c.sql': 'SELECT 0;\n-- UP\nSELECT 1;\n-- DOWN\nSELECT 0;\n',
    });
    expect(errors.map((e) => [e.code, e.location?.file, e.location?.line])).toEqual([
      ['LOCKSTEP_E_BAD_MARKERS', '1_a.sql', 3],
      ['LOCKSTEP_E_BAD_MARKERS', '2_b.sql', 2],
      ['LOCKSTEP_E_BAD_MARKERS', '3_c.sql', 1],
    ]);
  });

  it('keeps each problem with its file and still loads the rest', async () => {
    const dir = await tempDir({
      'users.sql': ok,
      '1_a.sql': 'SELECT 1;',
      '2_b.up.sql': 'SELECT 1;',
      '3_c.sql': '-- lockstep:bogus\n-- UP\nSELECT 1;\n',
      '4_ok.sql': ok,
      '5_bad_down.sql': '-- UP\nSELECT 1;\n-- DOWN\n-- +goose StatementBegin\nSELECT 0;\n',
    });
    const project = await loadProject('.', { cwd: dir.path });
    expect(project.problems.map((p) => [p.error.code, p.error.location?.file, p.id])).toEqual([
      ['LOCKSTEP_E_MISSING_UP_MARKER', '1_a.sql', '1'],
      ['LOCKSTEP_E_UNKNOWN_DIRECTIVE', '3_c.sql', '3'],
    ]);
    for (const p of project.problems) expect(p.error.hint).not.toBe('');
    expect(project.migrations.map((m) => [m.id, m.noDown ?? 'down', m.downProblem?.code])).toEqual([
      ['2', 'absent', undefined],
      ['4', 'down', undefined],
      ['5', 'down', 'LOCKSTEP_E_BAD_MARKERS'],
    ]);
    const err = await loadMigrations('.', { cwd: dir.path }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockstepErrors);
    expect((err as LockstepErrors).message).toContain('2 problems found');
  });

  it('a symbolic link that points nowhere, or loops, is a problem of that migration (not an internal error)', async () => {
    const dir = await tempDir({ '1_a.sql': ok });
    symlinkSync(join(dir.path, 'missing.sql'), join(dir.path, '2_b.sql'));
    symlinkSync(join(dir.path, '3_c.sql'), join(dir.path, '3_c.sql'));
    const project = await loadProject('.', { cwd: dir.path });
    expect(project.problems.map((p) => [p.error.code, p.id, p.error.message])).toEqual([
      ['LOCKSTEP_E_FILE_UNREADABLE', '2', '2_b.sql is a symbolic link that points to nothing'],
      ['LOCKSTEP_E_FILE_UNREADABLE', '3', '3_c.sql is a symbolic link that loops back on itself'],
    ]);
    expect(project.migrations.map((m) => m.id)).toEqual(['1']);
  });
});
