import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LockstepError, LockstepErrors } from '../../src/core/errors.js';
import { loadMigrations } from '../../src/loader/index.js';
import { loadErrors, removeTempDirs, tempDir } from './temp-dir.js';

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
  });

  it('a down marker without an up marker', async () => {
    const err = await onlyError({ '1_a.sql': '-- comment\nCREATE TABLE a (id int);\n-- DOWN\nDROP TABLE a;\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MISSING_UP_MARKER', location: { file: '1_a.sql', line: 3 } });
  });

  it('a missing down section, and an empty one', async () => {
    const missing = await onlyError({ '1_a.sql': '-- UP\nCREATE TABLE a (id int);\n' });
    expect(missing).toMatchObject({ code: 'LOCKSTEP_E_MISSING_DOWN', location: { file: '1_a.sql' } });
    expect(missing.hint).toContain('lockstep:irreversible');
    const empty = await onlyError({ '1_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n-- nothing\n\n' });
    expect(empty).toMatchObject({ code: 'LOCKSTEP_E_MISSING_DOWN', location: { file: '1_a.sql', line: 3 } });
  });

  it('an empty or comment-only up section', async () => {
    const err = await onlyError({ '1_a.sql': '-- UP\n-- TODO\n/* later */\n\n-- DOWN\nSELECT 1;\n' });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_EMPTY_UP', location: { file: '1_a.sql', line: 1 } });
    const pair = await onlyError({ '2_b.up.sql': '  \n', '2_b.down.sql': 'SELECT 1;' });
    expect(pair).toMatchObject({ code: 'LOCKSTEP_E_EMPTY_UP', location: { file: '2_b.up.sql' } });
  });

  it('two migrations with the same version, written differently', async () => {
    const err = await onlyError({ '001_a.sql': ok, '1_b.up.sql': 'SELECT 1;', '1_b.down.sql': 'SELECT 0;' });
    expect(err.code).toBe('LOCKSTEP_E_DUPLICATE_VERSION');
    expect(err.message).toContain('001_a.sql');
    expect(err.message).toContain('1_b.up.sql');
  });

  it('an up file without its down file, and a down file without its up file', async () => {
    const up = await onlyError({ '1_a.up.sql': 'SELECT 1;' });
    expect(up).toMatchObject({ code: 'LOCKSTEP_E_MISSING_DOWN_FILE', location: { file: '1_a.up.sql' } });
    expect(up.message).toContain('1_a.down.sql');
    const down = await onlyError({ '1_a.down.sql': 'SELECT 1;' });
    expect(down).toMatchObject({ code: 'LOCKSTEP_E_MISSING_DOWN_FILE', location: { file: '1_a.down.sql' } });
    expect(down.message).toContain('1_a.up.sql');
  });

  it('a migration directory without up.sql or without down.sql', async () => {
    const noUp = await onlyError({ '1_a/down.sql': 'SELECT 1;' });
    expect(noUp).toMatchObject({ code: 'LOCKSTEP_E_MISSING_UP_FILE', location: { file: '1_a' } });
    const noDown = await onlyError({ '1_a/up.sql': 'SELECT 1;' });
    expect(noDown).toMatchObject({ code: 'LOCKSTEP_E_MISSING_DOWN_FILE', location: { file: join('1_a', 'up.sql') } });
    expect(noDown.message).toContain(join('1_a', 'down.sql'));
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

  it('an unversioned .sql file', async () => {
    const err = await onlyError({ 'create_users.sql': ok, '1_a.sql': ok });
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_NO_VERSION', location: { file: 'create_users.sql' } });
    expect(err.hint).toContain('lockstep create');
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

  it('reports several problems in one directory together', async () => {
    const dir = await tempDir({
      'users.sql': ok,
      '1_a.sql': 'SELECT 1;',
      '2_b.up.sql': 'SELECT 1;',
      '3_c.sql': '-- lockstep:bogus\n-- UP\nSELECT 1;\n',
      '4_ok.sql': ok,
      '04_dup.sql': ok,
    });
    const err = await loadMigrations('.', { cwd: dir.path }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockstepErrors);
    const all = (err as LockstepErrors).errors;
    expect(all.map((e) => [e.code, e.location?.file])).toEqual([
      ['LOCKSTEP_E_DUPLICATE_VERSION', '04_dup.sql'],
      ['LOCKSTEP_E_MISSING_UP_MARKER', '1_a.sql'],
      ['LOCKSTEP_E_MISSING_DOWN_FILE', '2_b.up.sql'],
      ['LOCKSTEP_E_MISSING_DOWN', '3_c.sql'],
      ['LOCKSTEP_E_UNKNOWN_DIRECTIVE', '3_c.sql'],
      ['LOCKSTEP_E_NO_VERSION', 'users.sql'],
    ]);
    for (const e of all) expect(e.hint).not.toBe('');
    expect((err as LockstepErrors).message).toContain('6 problems found');
  });
});
