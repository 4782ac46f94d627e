import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { MigrationFile } from '../core/types.js';

/** The file of a migration whose name `pick` accepts (default: its first), as a path a process can open. */
export function migrationPath(file: MigrationFile, cwd: string, pick?: (name: string) => boolean): string | undefined {
  const path = pick ? file.paths.find((p) => pick(basename(p))) : file.paths[0];
  return path === undefined ? undefined : resolve(cwd, path);
}

/** The exact text of that file, as the other tool read it when it computed its checksum. */
export async function migrationText(file: MigrationFile, cwd: string, pick?: (name: string) => boolean): Promise<string | undefined> {
  const path = migrationPath(file, cwd, pick);
  return path === undefined ? undefined : readFile(path, 'utf8');
}

/** A migration's first file name without its extension: `1700000000000_init.sql` → `1700000000000_init`. */
export function fileStem(file: MigrationFile): string {
  const name = basename(file.paths[0] ?? file.id);
  return name.replace(/\.[^.]*$/, '');
}

/** A migration's first file name: `1_init.sql`. */
export function fileName(file: MigrationFile): string {
  return basename(file.paths[0] ?? file.id);
}
