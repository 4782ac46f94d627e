/**
 * Prisma Migrate: every subfolder of `migrations/` is a migration (`<timestamp>_<name>/migration.sql` by
 * convention, not by rule), applied in the locale order of the folder names and recorded by folder name; `migration_lock.toml` beside them names the provider. Prisma has no down migrations.
 */
import { findEntry, listFolder, type Folder } from '../folder.js';
import type { Loaded } from '../loaded.js';
import { directoryWithoutFile } from '../loader-errors.js';
import type { IgnoredFile } from '../project.js';
import { readSeparateFiles } from '../up-down-files.js';
import { splitVersionedName } from '../../core/version.js';
import { type FolderRead, type ReadContext, type ToolReader } from './tool-reader.js';

export const prismaReader: ToolReader = {
  tool: 'prisma',
  duplicateHint: 'Prisma keys migrations by folder name.',
  // The Prisma CLI sorts the folder names with String.prototype.localeCompare.
  compare: (a, b) => a.id.localeCompare(b.id),
  async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
    const ignored: IgnoredFile[] = [];
    const jobs: Promise<Loaded>[] = [];
    for (const entry of folder.entries) {
      if (entry.name.startsWith('.') || entry.name === 'migration_lock.toml') continue;
      // A link named like a migration folder that cannot be followed (it loops, or points nowhere) is that migration's problem.
      if (entry.kind === 'broken' && !entry.name.includes('.')) {
        jobs.push(Promise.resolve({ claim: { id: entry.name, version: splitVersionedName(entry.name)?.version ?? '', path: entry.display }, errors: entry.problem ? [entry.problem] : [] }));
        continue;
      }
      if (entry.kind !== 'directory') {
        ignored.push({ path: entry.display, why: 'a file beside the migration folders' });
        continue;
      }
      const split = splitVersionedName(entry.name);
      const spec = { tool: 'prisma' as const, id: entry.name, version: split?.version ?? '', name: split?.name ?? entry.name, emptyUp: 'no-op' as const, downs: 'none' as const, sources: ctx.sources };
      const sql = findEntry(listFolder(entry.absolute, ctx.cwd), 'migration.sql');
      if (!sql) jobs.push(Promise.resolve({ claim: { id: entry.name, version: spec.version, path: entry.display, name: spec.name }, errors: [directoryWithoutFile(entry.display, 'migration.sql')] }));
      else jobs.push(readSeparateFiles(spec, { layout: 'directory', up: sql }));
    }
    return { loaded: await Promise.all(jobs), ignored };
  },
};
