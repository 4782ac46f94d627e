/**
 * Lockstep's own layout: versioned single files with up/down markers (in any of the five marker styles), up/down
 * pairs, directories and TypeScript/JavaScript modules, mixed in one folder (docs/migration-files.md).
 *
 * Order: versions compare as sequences of integers, group by group (src/core/version.ts); migrations that share a
 * version are ordered by their whole name, and then each is keyed by its whole name (`0001_a`) instead of its version.
 */
import { splitVersionedName, versionKey, compareVersions } from '../../core/version.js';
import type { Folder, FolderEntry } from '../folder.js';
import type { Claim, Loaded } from '../loaded.js';
import type { MigrationSpec } from '../migration-spec.js';
import { readModuleFile } from '../module-file.js';
import type { IgnoredFile } from '../project.js';
import { readMarkedFile } from '../single-file.js';
import { readSeparateFiles } from '../up-down-files.js';
import { readVersionedDirectory } from '../versioned-directory.js';
import { byString, type FolderRead, type ReadContext, type ToolReader } from './tool-reader.js';

const MODULE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
/** Files that sit next to migrations but are clearly not migrations: not worth a line in `status`. */
const NOT_MIGRATIONS = /^readme|\.(md|txt|map|json|toml|lock|yml|yaml)$|\.d\.[mc]?ts$/i;
/** `0001_x.up.sql`, and the `0001_x_up.sql` / `0001_x-up.sql` spellings of hand-rolled runners. */
const PAIR = /^(.*?)([._-])(up|down)\.sql$/i;

type Shape = 'single-file' | 'directory' | 'module' | 'pair';

interface Candidate {
  readonly shape: Shape;
  readonly version: string;
  readonly name: string;
  readonly stem: string;
  readonly entry: FolderEntry;
  /** The down half of a pair. */
  readonly down?: FolderEntry | undefined;
}

export const lockstepReader: ToolReader = {
  tool: 'lockstep',
  duplicateHint: 'Versions compare as numbers (001 and 1 are the same).',
  compare: (a, b) => compareVersions(a.version, b.version) || byString(stemOf(a), stemOf(b)),
  async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
    const { candidates, ignored, strays } = classify(folder);
    const ids = idsOf(candidates);
    const loaded = await Promise.all(candidates.map((c) => readCandidate(c, { ...specOf(c, ids.get(c) ?? c.version), sources: ctx.sources }, ctx.cwd)));
    return { loaded: [...loaded, ...strays], ignored };
  },
};

function stemOf(c: Claim): string {
  return c.name ? `${c.version}_${c.name}` : c.version;
}

function specOf(c: Candidate, id: string): MigrationSpec {
  return { tool: 'lockstep', id, version: c.version, name: c.name, emptyUp: 'problem' };
}

function readCandidate(c: Candidate, spec: MigrationSpec, cwd: string): Promise<Loaded> {
  switch (c.shape) {
    case 'single-file':
      return readMarkedFile(c.entry, spec);
    case 'directory':
      return readVersionedDirectory(c.entry, spec, cwd);
    case 'module':
      return readModuleFile(c.entry, spec);
    case 'pair':
      return readSeparateFiles(spec, { layout: 'pair', up: c.entry, down: c.down });
  }
}

/** A version shared by several migrations keys each of them by its whole name. */
function idsOf(candidates: readonly Candidate[]): Map<Candidate, string> {
  const byVersion = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = versionKey(c.version).join('.');
    byVersion.set(key, [...(byVersion.get(key) ?? []), c]);
  }
  const ids = new Map<Candidate, string>();
  for (const group of byVersion.values()) for (const c of group) ids.set(c, group.length > 1 ? c.stem : c.version);
  return ids;
}

/**
 * `x.up.sql` is always half of a pair; `x_up.sql` / `x-up.sql` only when its other half is there too, so that a
 * single file named `0005_tear_down.sql` stays a single file.
 */
function pairHalf(name: string, names: ReadonlySet<string>): RegExpExecArray | null {
  const m = PAIR.exec(name);
  if (!m || m[2] === '.') return m;
  const other = (m[3] ?? '').toLowerCase() === 'up' ? 'down' : 'up';
  return names.has(`${m[1] ?? ''}${m[2]}${other}.sql`.toLowerCase()) ? m : null;
}

function classify(folder: Folder): { candidates: Candidate[]; ignored: IgnoredFile[]; strays: Loaded[] } {
  const candidates: Candidate[] = [];
  const ignored: IgnoredFile[] = [];
  const strays: Loaded[] = [];
  const halves = new Map<string, { up?: FolderEntry; down?: FolderEntry }>();
  const names = new Set(folder.entries.map((e) => e.name.toLowerCase()));
  for (const entry of folder.entries) {
    if (entry.name.startsWith('.')) continue;
    const lower = entry.name.toLowerCase();
    const pair = entry.kind !== 'directory' ? pairHalf(entry.name, names) : null;
    const base = entry.kind === 'directory' ? entry.name : pair ? (pair[1] ?? '') : entry.name.replace(/\.[^.]+$/, '');
    const split = splitVersionedName(base);
    if (entry.kind === 'broken') {
      if (split && (lower.endsWith('.sql') || MODULE_EXTENSIONS.some((x) => lower.endsWith(x)))) strays.push({ claim: { id: split.version, version: split.version, path: entry.display }, errors: entry.problem ? [entry.problem] : [] });
      continue;
    }
    if (!split) {
      if (entry.kind === 'directory') ignored.push({ path: entry.display, why: 'a folder whose name does not start with a version' });
      else if (lower.endsWith('.sql')) ignored.push({ path: entry.display, why: 'no version at the start of its name, so it is not a migration' });
      else if (!NOT_MIGRATIONS.test(entry.name)) ignored.push({ path: entry.display, why: 'not a migration file' });
      continue;
    }
    const c = { version: split.version, name: split.name, stem: base, entry };
    if (entry.kind === 'directory') candidates.push({ ...c, shape: 'directory' });
    else if (pair) {
      const h = halves.get(base) ?? {};
      h[(pair[3] ?? '').toLowerCase() === 'up' ? 'up' : 'down'] = entry;
      halves.set(base, h);
    } else if (lower.endsWith('.sql')) candidates.push({ ...c, shape: 'single-file' });
    else if (MODULE_EXTENSIONS.some((x) => lower.endsWith(x)) && !NOT_MIGRATIONS.test(entry.name)) candidates.push({ ...c, shape: 'module' });
    else if (!NOT_MIGRATIONS.test(entry.name)) ignored.push({ path: entry.display, why: 'not a migration file' });
  }
  for (const [stem, h] of halves) {
    const split = splitVersionedName(stem);
    if (!split) continue;
    if (h.up) candidates.push({ shape: 'pair', version: split.version, name: split.name, stem, entry: h.up, down: h.down });
    else if (h.down) ignored.push({ path: h.down.display, why: 'a down file without its up file' });
  }
  return { candidates, ignored, strays };
}
