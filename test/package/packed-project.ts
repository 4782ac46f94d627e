/**
 * A fresh project with Lockstep's packed tarball installed, as a user's project would have it. The install
 * is offline: the project's lock file is written from Lockstep's own package-lock.json (its production
 * packages, with their resolved URLs and integrity), so npm takes every tarball from the local cache that
 * `npm ci` filled, and nothing is resolved against the registry.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly link?: boolean;
  readonly [key: string]: unknown;
}

interface PackageJson {
  readonly version: string;
  readonly dependencies: Readonly<Record<string, string>>;
  readonly bin: Readonly<Record<string, string>>;
  readonly engines: Readonly<Record<string, string>>;
}

const REPO = new URL('../../', import.meta.url);

/** `npm pack` of the built package (the suite builds first; --ignore-scripts keeps `prepare` from building again). */
export function packTarball(into: string): string {
  mkdirSync(into, { recursive: true });
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: REPO, encoding: 'utf8' });
  const [info] = JSON.parse(out) as [{ filename: string }];
  return join(into, info.filename);
}

/** Lockstep's production packages from its own lock file: what an install of the tarball needs. */
function productionPackages(): Record<string, LockEntry> {
  const lock = JSON.parse(readFileSync(new URL('package-lock.json', REPO), 'utf8')) as { packages: Record<string, LockEntry> };
  return Object.fromEntries(Object.entries(lock.packages).filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.link));
}

/**
 * Writes package.json (with `type`) and a lock file naming the tarball, then `npm install --offline`.
 * Returns the project directory.
 */
export function installPacked(dir: string, tarball: string, type: 'commonjs' | 'module'): string {
  mkdirSync(dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(new URL('package.json', REPO), 'utf8')) as PackageJson;
  const spec = `file:${tarball}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const root = { name: `lockstep-${type}-user`, version: '1.0.0', private: true, type, dependencies: { lockstep: spec } };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(root, null, 2)}\n`);
  const lock = {
    name: root.name,
    version: root.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: root.name, version: root.version, dependencies: root.dependencies },
      'node_modules/lockstep': {
        version: pkg.version, resolved: spec, integrity, license: 'MIT',
        dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines,
      },
      ...productionPackages(),
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  return dir;
}
