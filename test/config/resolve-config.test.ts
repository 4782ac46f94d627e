import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

describe('resolveConfig', () => {
  it('defaults: ./migrations, embedded database, 100ms lock timeout, 60s run-lock wait', async () => {
    const cwd = project({});
    const c = await resolveConfig({ cwd }, {});
    expect(c).toMatchObject({ dir: join(cwd, 'migrations'), url: undefined, historySchema: 'lockstep', lockWaitMs: 60_000, envName: null });
    expect(c.policy.lockTimeoutMs).toBe(100);
  });

  it('flag > environment variable > config file', async () => {
    const cwd = project({ 'lockstep.config.json': JSON.stringify({ dir: 'from-file', lockTimeout: '1s', url: 'postgres://file@h/db' }) });
    const fileOnly = await resolveConfig({ cwd }, {});
    expect(fileOnly).toMatchObject({ dir: join(cwd, 'from-file'), url: 'postgres://file@h/db' });
    expect(fileOnly.policy.lockTimeoutMs).toBe(1000);
    const env = { LOCKSTEP_DIR: 'from-env', LOCKSTEP_LOCK_TIMEOUT: '2s', DATABASE_URL: 'postgres://env@h/db' };
    const withEnv = await resolveConfig({ cwd }, env);
    expect(withEnv).toMatchObject({ dir: join(cwd, 'from-env'), url: 'postgres://env@h/db' });
    expect(withEnv.policy.lockTimeoutMs).toBe(2000);
    const withFlags = await resolveConfig({ cwd, dir: 'from-flag', lockTimeout: '3s', url: 'postgres://flag@h/db' }, env);
    expect(withFlags).toMatchObject({ dir: join(cwd, 'from-flag'), url: 'postgres://flag@h/db' });
    expect(withFlags.policy.lockTimeoutMs).toBe(3000);
  });

  it('the rehearsal shadow: LOCKSTEP_SHADOW_URL over the file\'s shadowUrl (the HTTP server reads it too)', async () => {
    const cwd = project({ 'lockstep.config.json': JSON.stringify({ shadowUrl: 'postgres://file@h/shadow' }) });
    expect((await resolveConfig({ cwd }, {})).shadowUrl).toBe('postgres://file@h/shadow');
    expect((await resolveConfig({ cwd }, { LOCKSTEP_SHADOW_URL: 'postgres://env@h/shadow' })).shadowUrl).toBe('postgres://env@h/shadow');
    expect((await resolveConfig({ cwd: project({}) }, {})).shadowUrl).toBeUndefined();
  });

  it('without a config file: no schema, nothing from a file, the same defaults', async () => {
    const c = await resolveConfig({ cwd: project({}) }, {});
    expect(c.configPath).toBeUndefined();
    expect(c.file).toEqual({});
  });

  it('named environments: a URL, or the name of a variable holding one; protected; per-environment timeouts', async () => {
    const cwd = project({
      'lockstep.config.json': JSON.stringify({
        environments: { dev: 'postgres://dev@h/db', prod: { url: 'PROD_DB', protected: true, lockTimeout: '50ms', lockRetries: 60 } },
      }),
    });
    const dev = await resolveConfig({ cwd, env: 'dev' }, {});
    expect(dev).toMatchObject({ url: 'postgres://dev@h/db', envName: 'dev', protected: false });
    const prod = await resolveConfig({ cwd, env: 'prod' }, { PROD_DB: 'postgres://prod@h/db', DATABASE_URL: 'postgres://ambient@h/db' });
    expect(prod).toMatchObject({ url: 'postgres://prod@h/db', envName: 'prod', protected: true });
    expect(prod.policy).toMatchObject({ lockTimeoutMs: 50, lockRetries: 60 });
    await expect(resolveConfig({ cwd, env: 'prod' }, {})).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('PROD_DB is not set') });
    await expect(resolveConfig({ cwd, env: 'qa' }, {})).rejects.toMatchObject({ code: 'LOCKSTEP_E_UNKNOWN_ENV', hint: expect.stringContaining('dev, prod') });
  });

  it('reads package.json#lockstep and .mjs config modules', async () => {
    const pkg = project({ 'package.json': JSON.stringify({ name: 'app', lockstep: { dir: 'db/migrations' } }) });
    expect((await resolveConfig({ cwd: pkg }, {})).dir).toBe(join(pkg, 'db/migrations'));
    const mjs = project({ 'lockstep.config.mjs': 'export default { historySchema: "ops_history" };\n' });
    expect((await resolveConfig({ cwd: mjs }, {})).historySchema).toBe('ops_history');
  });

  it('reports every problem at once', async () => {
    const cwd = project({ 'lockstep.config.json': JSON.stringify({ lockWait: 'forever', historySchema: 'bad name', typo: 1 }) });
    const err = await resolveConfig({ cwd }, {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_CONFIG' });
    const all = (err as { errors: Array<{ message: string }> }).errors.map((e) => e.message).join('\n');
    expect(all).toMatch(/lockWait/);
    expect(all).toMatch(/historySchema/);
    expect(all).toMatch(/typo/);
  });

  it('rejects invalid JSON with the file named', async () => {
    const cwd = project({ 'lockstep.config.json': '{ "dir": "x", }' });
    await expect(resolveConfig({ cwd }, {})).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('not valid JSON') });
  });
});
