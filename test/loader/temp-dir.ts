/** Test helper: a throwaway migrations directory written from a { relativePath: content } map. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LockstepErrors, type LockstepError } from '../../src/core/errors.js';
import { loadMigrations } from '../../src/loader/index.js';
import type { MigrationFile } from '../../src/core/types.js';

export interface TempDir {
  readonly path: string;
  remove(): Promise<void>;
}

const created: string[] = [];

export async function tempDir(files: Readonly<Record<string, string | Uint8Array>>): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'lockstep-loader-'));
  created.push(path);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(path, rel)), { recursive: true });
    await writeFile(join(path, rel), content);
  }
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Removes every directory tempDir made (call from afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((p) => rm(p, { recursive: true, force: true })));
}

/** Loads `files` with cwd = the temp dir, so paths in results and errors are just the file names. */
export async function load(files: Readonly<Record<string, string | Uint8Array>>): Promise<MigrationFile[]> {
  const dir = await tempDir(files);
  return loadMigrations('.', { cwd: dir.path });
}

/** The individual errors thrown by loading `files` (fails the test if loading succeeds). */
export async function loadErrors(files: Readonly<Record<string, string | Uint8Array>>): Promise<readonly LockstepError[]> {
  try {
    await load(files);
  } catch (err) {
    if (err instanceof LockstepErrors) return err.errors;
    return [err as LockstepError];
  }
  throw new Error('expected loading to fail');
}
