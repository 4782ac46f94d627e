/** A config file that cannot be read is reported as unreadable, not as invalid JSON. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';

// A file whose name ends in "denied.json" fails to read with EACCES, as for a user without read permission
// (the test suite may run as root, which reads any file).
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (String(path).endsWith('denied.json')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', errno: -13, syscall: 'open' });
    }
    return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

let dirs: string[] = [];
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-config-read-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs) {
    try {
      chmodSync(join(d, 'lockstep.config.json'), 0o644);
    } catch {
      // not every test writes one
    }
    rmSync(d, { recursive: true, force: true });
  }
  dirs = [];
});

// root reads any file regardless of its mode, so the permission case needs an ordinary user
const asRoot = process.getuid?.() === 0;

it.skipIf(asRoot)('an unreadable config file: LOCKSTEP_E_CONFIG "cannot read …: permission denied", a hint about permissions', async () => {
  const cwd = tmp();
  writeFileSync(join(cwd, 'lockstep.config.json'), '{}');
  chmodSync(join(cwd, 'lockstep.config.json'), 0o000);
  const err = await resolveConfig({ cwd }, {}).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('permission denied'), hint: expect.stringContaining('readable') });
  expect((err as Error).message).toContain('cannot read');
  expect((err as Error).message).not.toContain('not valid JSON');
});

it('EACCES on --config: "cannot read …: permission denied" with a permissions hint', async () => {
  const cwd = tmp();
  writeFileSync(join(cwd, 'denied.json'), '{}');
  const err = await resolveConfig({ cwd, config: 'denied.json' }, {}).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('permission denied'), hint: expect.stringContaining('readable') });
  expect((err as Error).message).toMatch(/^cannot read config file .*denied\.json: permission denied \(EACCES\)$/);
});

it('a directory where the config file should be: cannot read, not "not valid JSON"', async () => {
  for (const name of ['lockstep.config.json', 'lockstep.config.mjs']) {
    const cwd = tmp();
    mkdirSync(join(cwd, name));
    const err = await resolveConfig({ cwd }, {}).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('cannot read config file') });
    expect((err as Error).message).toContain('directory');
    expect((err as { hint: string }).hint).not.toMatch(/trailing comma/);
  }
  const cwd = tmp();
  mkdirSync(join(cwd, 'conf'));
  await expect(resolveConfig({ cwd, config: 'conf' }, {})).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('directory') });
});
