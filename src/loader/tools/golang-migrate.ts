/**
 * golang-migrate: `{version}_{title}.up.{ext}` and `.down.{ext}` (for PostgreSQL, `.sql`); the version is an
 * unsigned integer (`001` and `1` are one version), the files are ordered by it, two files of one direction with the same version are an error,
 * and every file not matching the pattern is ignored. A missing or empty down file is a no-op, and so is an empty
 * up file. The postgres driver sends the whole file as one query: several statements run in one implicit
 * transaction unless the file writes its own BEGIN … COMMIT.
 */
import type { Folder, FolderEntry } from '../folder.js';
import type { Loaded } from '../loaded.js';
import type { IgnoredFile } from '../project.js';
import { readSeparateFiles } from '../up-down-files.js';
import type { FolderRead, ReadContext, ToolReader } from './tool-reader.js';

/** golang-migrate's own pattern: any extension after the direction (for PostgreSQL, in practice `.sql`). */
const NAME = /^(\d+)_(.*)\.(up|down)\.(.*)$/;

export const golangMigrateReader: ToolReader = {
  tool: 'golang-migrate',
  duplicateHint: 'golang-migrate refuses two migrations with the same version.',
  compare: (a, b) => numeric(a.version, b.version),
  async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
    const ignored: IgnoredFile[] = [];
    const byVersion = new Map<string, { version: string; name: string; up?: FolderEntry; down?: FolderEntry }>();
    const strays: Loaded[] = [];
    for (const entry of folder.entries) {
      const m = entry.kind === 'directory' ? null : NAME.exec(entry.name);
      if (!m) {
        if (!entry.name.startsWith('.')) ignored.push({ path: entry.display, why: 'not named <version>_<title>.up.<ext> or .down.<ext>' });
        continue;
      }
      const version = m[1] ?? '';
      const key = BigInt(version).toString();
      const slot = byVersion.get(key) ?? { version, name: m[2] ?? '' };
      const dir = m[3] === 'up' ? 'up' : 'down';
      if (entry.kind === 'broken') strays.push({ claim: { id: version, version, path: entry.display }, errors: entry.problem ? [entry.problem] : [] });
      else if (slot[dir]) strays.push({ claim: { id: slot.version, version, path: entry.display }, errors: [] }); // reported as a duplicate id
      else slot[dir] = entry;
      byVersion.set(key, slot);
    }
    const loaded = await Promise.all(
      [...byVersion.values()].flatMap((s) => {
        if (!s.up) {
          if (s.down) ignored.push({ path: s.down.display, why: 'a down file without its up file' });
          return [];
        }
        const spec = { tool: 'golang-migrate' as const, id: s.version, version: s.version, name: s.name, emptyUp: 'no-op' as const, sources: ctx.sources };
        return [readSeparateFiles(spec, { layout: 'pair', up: s.up, down: s.down })];
      }),
    );
    return { loaded: [...loaded, ...strays], ignored };
  },
};

/** Integer order of digit strings of any length. */
export function numeric(a: string, b: string): number {
  const x = BigInt(a.replace(/\D/g, '') || '0');
  const y = BigInt(b.replace(/\D/g, '') || '0');
  return x < y ? -1 : x > y ? 1 : 0;
}
