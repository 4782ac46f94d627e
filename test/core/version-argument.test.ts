/**
 * Migrations named by users are checked where they enter: something that cannot be a migration id is LOCKSTEP_E_USAGE
 * with a hint; an id or version no migration has is LOCKSTEP_E_UNKNOWN_VERSION; never an internal BigInt error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMigrationRef, checkVersionArgument, compareVersions, findMigration, isVersion } from '../../src/core/version.js';
import { bearer, post, TOKENS, twoEnvironments, type TwoEnvironments } from '../http/support.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

const MIGRATIONS = {
  '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
  '002_b.sql': sqlMigration('CREATE TABLE b (id int);', 'DROP TABLE b;'),
};

it('checkVersionArgument accepts versions and refuses anything else with a usage error and a hint', () => {
  for (const v of ['1', '004', '20240315120000', '20240315_001', '2019-11-15-182353', '1.2', '0']) {
    expect(isVersion(v)).toBe(true);
    expect(checkVersionArgument(v, '--to')).toBe(v);
  }
  for (const v of ['abc', '1x', '004_x', 'x;y', 'a_b', '9z', '', '1__2', '_1', '1_']) {
    expect(isVersion(v)).toBe(false);
    expect(() => checkVersionArgument(v, '--to')).toThrow(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE', hint: expect.stringContaining('20240315120000') }));
  }
  expect(() => checkVersionArgument('004_x', '--to')).toThrow(expect.objectContaining({ hint: expect.stringContaining('give 004') }));
  // a library caller that skips the check still gets a usage error, not a BigInt SyntaxError
  expect(() => compareVersions('001', 'abc')).toThrow(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE' }));
});

it('checkMigrationRef takes ids and versions, and refuses what cannot name a migration; findMigration finds by id, then by version', () => {
  for (const v of ['1', '004', '0001_add_users', 'R__views', '1.1', '20230101120000_init', 'abc']) expect(checkMigrationRef(v, '--to')).toBe(v);
  for (const v of ['x;y', 'a b', '', '../x', '-x']) expect(() => checkMigrationRef(v, '--to')).toThrow(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE' }));
  const list = [{ id: '0001_a', version: '0001' }, { id: '0001_b', version: '0001' }, { id: '2', version: '2' }];
  expect(findMigration(list, '0001_b', '--to')).toBe(1);
  expect(findMigration(list, '002', '--to')).toBe(2);
  expect(findMigration(list, '3', '--to')).toBe(-1);
  expect(() => findMigration(list, '1', '--to')).toThrow(expect.objectContaining({ code: 'LOCKSTEP_E_USAGE', message: expect.stringContaining('0001_a, 0001_b') }));
  // The file name's stem, as a user copies it from the folder: 001_setup.sql is migration 001 named setup.
  const named = [{ id: '001', version: '001', name: 'setup' }, { id: '002', version: '002', name: 'add_x' }];
  expect(findMigration(named, '002_add_x', '--to')).toBe(1);
  expect(findMigration(named, '002_add_y', '--to')).toBe(-1);
});

describe('CLI and HTTP', () => {
  let env: TwoEnvironments;
  beforeAll(async () => {
    env = await twoEnvironments('version_arg', MIGRATIONS);
  });
  afterAll(async () => {
    await env.close();
  });

  it('every command taking a migration answers a malformed one with LOCKSTEP_E_USAGE and an unknown one with LOCKSTEP_E_UNKNOWN_VERSION, exit 2', async () => {
    const p = tempProject(MIGRATIONS);
    const common = ['--dir', p.dir, '--url', env.dev.url];
    const malformed = [
      ['up', '--to', 'x;y'], ['up', '--dry-run', '--to', 'a b'], ['down', '--to', 'x;y'], ['baseline', 'a/b'],
      ['repair', '--accept', 'x;y'], ['test', '--from', 'a b'], ['plan', '--to', 'x;y'],
    ];
    for (const args of malformed) {
      const r = await runCli([...args, ...common], { cwd: p.root });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('LOCKSTEP_E_USAGE');
      expect(r.stderr).toContain('is not a migration id or version');
    }
    const unknown = [['up', '--to', '004_x'], ['up', '--to', '9'], ['down', '--to', 'abc'], ['baseline', 'abc'], ['test', '--from', 'a_b'], ['plan', '--to', '9z']];
    for (const args of unknown) {
      const r = await runCli([...args, ...common], { cwd: p.root });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('LOCKSTEP_E_UNKNOWN_VERSION');
      expect(r.stderr).not.toContain('BigInt');
    }
    p.cleanup();
  }, 120_000);

  it('HTTP: a malformed "to"/"from" is 400 LOCKSTEP_E_USAGE, an unknown one 404', async () => {
    const requests: Array<[string, unknown, string]> = [
      ['/v1/up', { env: 'dev', to: 'a;b', dryRun: true }, TOKENS.read],
      ['/v1/up', { env: 'dev', to: 'a b' }, TOKENS.applyDev],
      ['/v1/down', { env: 'dev', to: 'x;y', dryRun: true }, TOKENS.read],
      ['/v1/plan', { env: 'dev', to: 'a/b' }, TOKENS.read],
      ['/v1/test', { env: 'dev', from: 'a b' }, TOKENS.read],
    ];
    for (const [path, body, token] of requests) {
      const res = await env.app.request(path, post(body, token));
      const json = (await res.json()) as { error: { code: string; hint: string } };
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(json.error.code).toBe('LOCKSTEP_E_USAGE');
      expect(json.error.hint).toContain('20240315120000');
    }
    const unknown = await env.app.request('/v1/up', post({ env: 'dev', to: 'abc', dryRun: true }, TOKENS.read));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('LOCKSTEP_E_UNKNOWN_VERSION');
    // nothing ran
    const status = await env.app.request('/v1/status?env=dev', { headers: bearer(TOKENS.read) });
    expect(status.status).toBe(200);
  }, 60_000);
});
