import { isAbsolute, relative } from 'node:path';

/**
 * How a file is named in MigrationFile.paths and in error locations: relative to `cwd` when the file
 * is inside it (short, and stable across machines for history and reports), else absolute.
 */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return absolute;
  return rel;
}
