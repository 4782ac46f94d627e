/** The fixtures' migrations as Lockstep's loader reads them, and copies of the fixture folders a test may edit. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationFile } from '../../../src/core/types.js';
import { loadMigrations } from '../../../src/loader/index.js';
import { initParser } from '../../../src/sql/index.js';
import { fixtureDir, type ToolFixture } from './tool-histories.js';

/** The fixture's migrations read from `dir` (display paths relative to `cwd`). */
export async function fixtureFiles(dir: string, cwd: string): Promise<MigrationFile[]> {
  await initParser();
  return loadMigrations(dir, { cwd });
}

/** The ids (what Lockstep's history keys its rows by) of the first `n` of them. */
export async function historyKeys(dir: string, cwd: string, n: number): Promise<string[]> {
  return (await fixtureFiles(dir, cwd)).slice(0, n).map((f) => f.id);
}

/** A copy of the fixture folder that a test may edit: { root (cwd), dir }. */
export function fixtureCopy(f: ToolFixture): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), `lockstep-adopt-${f.tool}-`));
  const dir = join(root, 'migrations');
  cpSync(fixtureDir(f.tool), dir, { recursive: true });
  return { root, dir };
}
