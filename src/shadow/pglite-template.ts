/**
 * The cached initialised PGlite data directory. Running initdb in WASM takes seconds; unpacking a
 * tarball of the result takes a fraction of that. The file is keyed by the PGlite version (a new
 * PGlite may change the on-disk format) and written atomically, so concurrent first starts in
 * several processes at worst build it twice.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { pgliteVersion } from '../db/index.js';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Unpacked templates already read by this process, by file path. */
const memo = new Map<string, Promise<Blob | undefined>>();

export function templatePath(cacheDir: string = tmpdir()): string {
  return join(cacheDir, `lockstep-pglite-template-${pgliteVersion()}.tar.gz`);
}

/**
 * The template as an uncompressed tarball, or undefined when there is none (or it is unreadable).
 * Unzipped here with zlib: PGlite can take the .tar.gz itself, but its in-WASM inflate is slower.
 */
export function readTemplate(path: string): Promise<Blob | undefined> {
  let pending = memo.get(path);
  if (!pending) {
    pending = readFile(path)
      .then(async (gz) => new Blob([await gunzipAsync(gz)]))
      .catch(() => undefined);
    memo.set(path, pending);
  }
  return pending;
}

export async function writeTemplate(path: string, tar: Uint8Array): Promise<void> {
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(partial, await gzipAsync(tar));
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
  memo.set(path, Promise.resolve(new Blob([tar])));
}

/** Forgets a template that failed to start (and deletes the file) so the next start rebuilds it. */
export async function discardTemplate(path: string): Promise<void> {
  memo.delete(path);
  await rm(path, { force: true });
}
