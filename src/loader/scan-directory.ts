/** Sorts the names in a migrations directory into layouts, without reading any file. */
import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { splitVersionedName } from '../core/version.js';
import { displayPath } from './display-path.js';
import type { VersionedEntry } from './loaded.js';

export type ScannedEntry =
  | { readonly kind: 'single-file' | 'directory' | 'module'; readonly entry: VersionedEntry }
  /** Half of a pair; `stem` is the name without `.up.sql`/`.down.sql`, which both halves share. */
  | { readonly kind: 'up' | 'down'; readonly entry: VersionedEntry; readonly stem: string }
  | { readonly kind: 'no-version'; readonly display: string };

const MODULE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
/** Files that sit next to migrations but are clearly not migrations. */
const NOT_MIGRATIONS = /^readme|\.(md|txt|map|json|toml)$|\.d\.[mc]?ts$/i;

export async function scanDirectory(root: string, cwd: string): Promise<ScannedEntry[]> {
  const dirents = (await readdir(root, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: ScannedEntry[] = [];
  for (const dirent of dirents) {
    const absolute = join(root, dirent.name);
    const scanned = classify(dirent.name, absolute, displayPath(absolute, cwd), await isDirectory(dirent, absolute));
    if (scanned) out.push(scanned);
  }
  return out;
}

/** What a name is, or undefined when it is ignored. */
export function classify(fileName: string, absolute: string, display: string, directory: boolean): ScannedEntry | undefined {
  if (fileName.startsWith('.')) return undefined;
  const versioned = (stem: string): VersionedEntry | undefined => {
    const split = splitVersionedName(stem);
    return split ? { version: split.version, name: split.name, absolute, display } : undefined;
  };
  if (directory) {
    const entry = versioned(fileName);
    return entry ? { kind: 'directory', entry } : undefined;
  }
  if (NOT_MIGRATIONS.test(fileName)) return undefined;
  const lower = fileName.toLowerCase();
  for (const kind of ['up', 'down'] as const) {
    const suffix = `.${kind}.sql`;
    if (!lower.endsWith(suffix)) continue;
    const stem = fileName.slice(0, fileName.length - suffix.length);
    const entry = versioned(stem);
    return entry ? { kind, entry, stem } : { kind: 'no-version', display };
  }
  if (lower.endsWith('.sql')) {
    const entry = versioned(fileName.slice(0, -'.sql'.length));
    return entry ? { kind: 'single-file', entry } : { kind: 'no-version', display };
  }
  const extension = MODULE_EXTENSIONS.find((ext) => lower.endsWith(ext));
  if (!extension) return undefined;
  // An unversioned .ts/.js file is a helper the migrations import, not a migration.
  const entry = versioned(fileName.slice(0, -extension.length));
  return entry ? { kind: 'module', entry } : undefined;
}

async function isDirectory(dirent: Dirent, absolute: string): Promise<boolean> {
  if (!dirent.isSymbolicLink()) return dirent.isDirectory();
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false; // a dangling link is read as a file and fails there with its own message
  }
}
