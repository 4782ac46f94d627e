/** One migrations folder, listed once: every entry with its kind, without reading any file. */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { displayPath } from './display-path.js';

export interface FolderEntry {
  readonly name: string;
  readonly absolute: string;
  /** As shown to users: relative to cwd when inside it. */
  readonly display: string;
  /** `broken`: a symbolic link that points nowhere or loops; `problem` says which. */
  readonly kind: 'file' | 'directory' | 'broken';
  readonly problem?: LockstepError | undefined;
}

export interface Folder {
  readonly root: string;
  readonly display: string;
  readonly entries: readonly FolderEntry[];
}

/**
 * Lists `root`, sorted by name in code-unit order (the order Go's and Rust's directory readers sort in, so
 * "by file name" means the same here as in the tools). Links are followed; a link that cannot be followed is
 * an entry of kind `broken`, which a tool's reader reports only if its name is a migration's.
 */
export function listFolder(root: string, cwd: string): Folder {
  const dirents = readdirSync(root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { root, display: displayPath(root, cwd) || '.', entries: dirents.map((d) => entry(d, root, cwd)) };
}

/** A subfolder (a diesel or Prisma migration directory), listed the same way. */
export function listSubfolder(entry: FolderEntry, cwd: string): Folder {
  return listFolder(entry.absolute, cwd);
}

function entry(dirent: Dirent, root: string, cwd: string): FolderEntry {
  const absolute = join(root, dirent.name);
  const display = displayPath(absolute, cwd);
  const base = { name: dirent.name, absolute, display };
  if (!dirent.isSymbolicLink()) return { ...base, kind: dirent.isDirectory() ? 'directory' : 'file' };
  try {
    return { ...base, kind: statSync(absolute).isDirectory() ? 'directory' : 'file' };
  } catch (err) {
    const loops = (err as NodeJS.ErrnoException).code === 'ELOOP';
    return {
      ...base,
      kind: 'broken',
      problem: new LockstepError('LOCKSTEP_E_FILE_UNREADABLE', `${display} is a symbolic link that ${loops ? 'loops back on itself' : 'points to nothing'}`, {
        hint: loops ? 'Point the link at the real file, or remove it.' : 'Restore the file it points to, point it elsewhere, or remove the link.',
        location: { file: display },
      }),
    };
  }
}

/** The entry called `name` in a folder, if there is one. */
export function findEntry(folder: Folder, name: string): FolderEntry | undefined {
  return folder.entries.find((e) => e.name === name);
}
