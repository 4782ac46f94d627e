/** Precedence of the selected environment's block, and values that must be refused. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';

let dirs: string[] = [];
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-config-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const STAGING = JSON.stringify({
  lockTimeout: '200ms',
  environments: { staging: { url: 'QA_STAGING_URL', lockTimeout: '50ms', statementTimeout: '10s', lockRetries: 1 } },
});
const STAGING_ENV = { QA_STAGING_URL: 'postgres://staging@h/db' };

it("an environment's block is config-file level: it refines the file's keys, and flags and env vars win over it", async () => {
  const cwd = project({ 'lockstep.config.json': STAGING });
  const fileOnly = await resolveConfig({ cwd, env: 'staging' }, STAGING_ENV);
  expect(fileOnly.policy).toMatchObject({ lockTimeoutMs: 50, statementTimeoutMs: 10_000, lockRetries: 1 });

  const flags = await resolveConfig({ cwd, env: 'staging', lockTimeout: '1s', lockRetries: 10, statementTimeout: '0' }, STAGING_ENV);
  expect(flags.policy).toMatchObject({ lockTimeoutMs: 1000, lockRetries: 10, statementTimeoutMs: 0 });

  const envVars = await resolveConfig({ cwd, env: 'staging' }, { ...STAGING_ENV, LOCKSTEP_LOCK_TIMEOUT: '2s', LOCKSTEP_LOCK_RETRIES: '7' });
  expect(envVars.policy).toMatchObject({ lockTimeoutMs: 2000, lockRetries: 7, statementTimeoutMs: 10_000 });

  const both = await resolveConfig({ cwd, env: 'staging', lockTimeout: '3s' }, { ...STAGING_ENV, LOCKSTEP_LOCK_TIMEOUT: '2s' });
  expect(both.policy.lockTimeoutMs).toBe(3000);
  // the environment's URL still wins over DATABASE_URL, and --url over it
  expect((await resolveConfig({ cwd, env: 'staging' }, { ...STAGING_ENV, DATABASE_URL: 'postgres://ambient@h/db' })).url).toBe('postgres://staging@h/db');
  expect((await resolveConfig({ cwd, env: 'staging', url: 'postgres://flag@h/db' }, STAGING_ENV)).url).toBe('postgres://flag@h/db');
});

it('an invalid duration in an environment block is a collected LOCKSTEP_E_CONFIG naming the key', async () => {
  const cwd = project({ 'lockstep.config.json': JSON.stringify({ environments: { staging: { url: 'postgres://s@h/db', lockTimeout: 'soon' } } }) });
  await expect(resolveConfig({ cwd, env: 'staging' }, {})).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG' });
});

it('lockTimeout 0 (wait forever) is refused from a flag, an environment variable, the file and an environment block', async () => {
  const plain = project({});
  const fileZero = project({ 'lockstep.config.json': JSON.stringify({ lockTimeout: '0ms' }) });
  const fileNumberZero = project({ 'lockstep.config.json': JSON.stringify({ lockTimeout: 0 }) });
  const envBlockZero = project({ 'lockstep.config.json': JSON.stringify({ environments: { staging: { url: 'postgres://s@h/db', lockTimeout: '0s' } } }) });
  // A flag's bad value is a usage error naming the flag; the others name the variable, or the key at its line.
  const cases: Array<[Promise<unknown>, string, string]> = [
    [resolveConfig({ cwd: plain, lockTimeout: '0' }, {}), 'LOCKSTEP_E_USAGE', '--lock-timeout'],
    [resolveConfig({ cwd: plain, lockTimeout: 0 }, {}), 'LOCKSTEP_E_USAGE', '--lock-timeout'],
    [resolveConfig({ cwd: plain }, { LOCKSTEP_LOCK_TIMEOUT: '0ms' }), 'LOCKSTEP_E_CONFIG', 'LOCKSTEP_LOCK_TIMEOUT'],
    [resolveConfig({ cwd: fileZero }, {}), 'LOCKSTEP_E_CONFIG', 'lockstep.config.json: lockTimeout'],
    [resolveConfig({ cwd: fileNumberZero }, {}), 'LOCKSTEP_E_CONFIG', 'lockstep.config.json: lockTimeout'],
    [resolveConfig({ cwd: envBlockZero, env: 'staging' }, {}), 'LOCKSTEP_E_CONFIG', 'lockstep.config.json: environments.staging.lockTimeout'],
  ];
  for (const [c, code, name] of cases) {
    await expect(c).rejects.toMatchObject({ code, message: expect.stringContaining('lock_timeout off'), hint: expect.stringContaining('100ms') });
    await expect(c).rejects.toMatchObject({ message: expect.stringContaining(name) });
  }
  // a flag that overrides a zero in the file is fine; statementTimeout and lockWait keep 0 = none / fail at once
  expect((await resolveConfig({ cwd: fileZero, lockTimeout: '1s' }, {})).policy.lockTimeoutMs).toBe(1000);
  const zeros = await resolveConfig({ cwd: plain, statementTimeout: '0', lockWait: '0' }, {});
  expect(zeros).toMatchObject({ lockWaitMs: 0, policy: { statementTimeoutMs: 0 } });
});
