/**
 * diesel: a folder per migration, `<version>_<name>/up.sql` with an optional `down.sql` and `metadata.toml`
 * (`run_in_transaction = false`). The version is the part of the folder name before the first `_`; diesel removes its
 * dashes (`2017-08-31-230457` → `20170831230457`), compares the results as strings and records them without dashes.
 * Folders whose names start with a dot, and empty folders, are skipped; files beside the folders are not migrations.
 * A metadata.toml that leaves out `run_in_transaction` turns the transaction off, as diesel's parser reads it.
 */
import { listFolder, type Folder } from '../folder.js';
import type { Loaded } from '../loaded.js';
import type { IgnoredFile } from '../project.js';
import { readVersionedDirectory } from '../versioned-directory.js';
import { byString, type FolderRead, type ReadContext, type ToolReader } from './tool-reader.js';

/** diesel's version of a folder name: up to the first `_`, dashes removed. */
export function dieselVersion(folderName: string): string {
  return (folderName.split('_')[0] ?? '').replace(/-/g, '');
}

export const dieselReader: ToolReader = {
  tool: 'diesel',
  duplicateHint: 'diesel keys migrations by their version with dashes removed.',
  compare: (a, b) => byString(dieselVersion(a.version), dieselVersion(b.version)),
  async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
    const ignored: IgnoredFile[] = [];
    const jobs: Promise<Loaded>[] = [];
    for (const entry of folder.entries) {
      if (entry.name.startsWith('.')) continue;
      // A link named like a migration folder that cannot be followed (it loops, or points nowhere) is that migration's problem.
      if (entry.kind === 'broken' && !entry.name.includes('.')) {
        const version = entry.name.split('_')[0] ?? entry.name;
        jobs.push(Promise.resolve({ claim: { id: version, version, path: entry.display }, errors: entry.problem ? [entry.problem] : [] }));
        continue;
      }
      if (entry.kind !== 'directory') {
        ignored.push({ path: entry.display, why: 'a file beside the migration folders' });
        continue;
      }
      if (listFolder(entry.absolute, ctx.cwd).entries.every((e) => e.name.startsWith('.'))) continue; // diesel skips empty folders
      const cut = entry.name.indexOf('_');
      const version = cut < 0 ? entry.name : entry.name.slice(0, cut);
      const name = cut < 0 ? '' : entry.name.slice(cut + 1);
      // Versions are kept as written, so they read as in the folder; history and ordering use dieselVersion().
      const spec = { tool: 'diesel' as const, id: version, version, name, emptyUp: 'no-op' as const, sources: ctx.sources };
      jobs.push(readVersionedDirectory(entry, spec, ctx.cwd, 'diesel'));
    }
    return { loaded: await Promise.all(jobs), ignored };
  },
};
