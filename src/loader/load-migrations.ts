/**
 * Directory → MigrationFile[]. Every layout may be mixed in one directory. All problems in the
 * directory are collected and thrown together, so one run shows everything there is to fix.
 *
 * Order: versions compare as sequences of integers, group by group (see src/core/version.ts):
 * 1 < 2 < 10, 001 equals 1, 20240315_001 < 20240315_002 < 20240316, and a version that is a prefix
 * of another comes first (2024 < 2024_1).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { throwCollected, type LockstepError } from '../core/errors.js';
import type { MigrationFile } from '../core/types.js';
import { compareVersions, versionKey } from '../core/version.js';
import { loadDirectory } from './directory.js';
import { displayPath } from './display-path.js';
import type { Loaded, VersionedEntry } from './loaded.js';
import { directoryNotFound, duplicateVersion, noVersion } from './loader-errors.js';
import { loadModuleFile } from './module-file.js';
import { loadPair, type PairHalves } from './pair.js';
import { scanDirectory, type ScannedEntry } from './scan-directory.js';
import { loadSingleFile } from './single-file.js';
import type { SourceTexts } from './read-source.js';

export interface LoadOptions {
  /** Paths in results and errors are relative to this directory (default: process.cwd()). */
  readonly cwd?: string;
  /** When given, receives the text of every SQL file read, so that a caller (the linter) need not read them again. */
  readonly sources?: SourceTexts;
}

export async function loadMigrations(dir: string, options?: LoadOptions): Promise<MigrationFile[]> {
  const cwd = resolve(options?.cwd ?? process.cwd());
  const root = resolve(cwd, dir);
  const kind = await entryKind(root);
  if (kind !== 'directory') throw directoryNotFound(displayPath(root, cwd), kind === 'file');

  const scanned = await scanDirectory(root, cwd);
  const loaded = await Promise.all(loadAll(scanned, options?.sources));
  const errors: LockstepError[] = [
    ...scanned.flatMap((s) => (s.kind === 'no-version' ? [noVersion(s.display)] : [])),
    ...loaded.flatMap((l) => l.errors),
    ...duplicates(loaded),
  ];
  throwCollected([...errors].sort(byLocation));
  return loaded.flatMap((l) => (l.migration ? [l.migration] : [])).sort((a, b) => compareVersions(a.version, b.version));
}

function loadAll(scanned: readonly ScannedEntry[], sources: SourceTexts | undefined): Promise<Loaded>[] {
  const pairs = new Map<string, { up?: VersionedEntry; down?: VersionedEntry }>();
  const jobs: Promise<Loaded>[] = [];
  for (const s of scanned) {
    if (s.kind === 'single-file') jobs.push(loadSingleFile(s.entry, sources));
    else if (s.kind === 'directory') jobs.push(loadDirectory(s.entry, sources));
    else if (s.kind === 'module') jobs.push(loadModuleFile(s.entry));
    else if (s.kind === 'up' || s.kind === 'down') {
      const halves = pairs.get(s.stem) ?? {};
      halves[s.kind] = s.entry;
      pairs.set(s.stem, halves);
    }
  }
  for (const halves of pairs.values()) jobs.push(loadPair(halves as PairHalves, sources));
  return jobs;
}

/** Versions claimed by more than one entry; `001` and `1` are the same version. */
function duplicates(loaded: readonly Loaded[]): LockstepError[] {
  const byVersion = new Map<string, { version: string; paths: string[] }>();
  for (const { claim } of loaded) {
    if (!claim) continue;
    const key = versionKey(claim.version).join('.');
    const group = byVersion.get(key) ?? { version: claim.version, paths: [] };
    group.paths.push(claim.path);
    byVersion.set(key, group);
  }
  return [...byVersion.values()]
    .filter((g) => g.paths.length > 1)
    .map((g) => duplicateVersion(g.version, [...g.paths].sort()));
}

function byLocation(a: LockstepError, b: LockstepError): number {
  const fileOrder = (a.location?.file ?? '').localeCompare(b.location?.file ?? '');
  return fileOrder !== 0 ? fileOrder : (a.location?.line ?? 0) - (b.location?.line ?? 0);
}

async function entryKind(path: string): Promise<'directory' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}
