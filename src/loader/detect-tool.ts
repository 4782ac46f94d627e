/**
 * Which tool's conventions a migrations folder follows, from what is in it: the files a tool writes beside its
 * migrations (drizzle's journal, Prisma's lock file), its naming (Flyway `V1__`, golang-migrate `.up.sql` pairs,
 * diesel folders, goose `.go` files) and the section markers in the first SQL files. Anything else is Lockstep's own.
 * The `layout` setting overrides this.
 */
import { openSync, readSync, closeSync } from 'node:fs';
import type { MarkerStyle, Tool } from '../core/types.js';
import { splitVersionedName, versionKey } from '../core/version.js';
import { findEntry, listFolder, type Folder, type FolderEntry } from './folder.js';
import { matchMarker } from './markers.js';

export interface Detected {
  readonly tool: Tool;
  /** What showed it, for `status`: "meta/_journal.json", "V1__init.sql", "-- +goose Up in 0001_init.sql". */
  readonly from: string;
}

const FLYWAY = /^(?:[VUB]\d[\d._]*|R)__.+\.sql$/i;
const PAIR = /^\d+_.*\.(up|down)\.sql$/i;
const STYLE_TOOL: Readonly<Record<MarkerStyle, Tool>> = {
  lockstep: 'lockstep',
  goose: 'goose',
  'sql-migrate': 'sql-migrate',
  dbmate: 'dbmate',
  'node-pg-migrate': 'node-pg-migrate',
};

export function detectTool(folders: readonly Folder[], cwd: string): Detected {
  for (const folder of folders) {
    const found = detectOne(folder, cwd);
    if (found) return found;
  }
  return { tool: 'lockstep', from: 'no other tool’s files found' };
}

function detectOne(folder: Folder, cwd: string): Detected | undefined {
  const meta = findEntry(folder, 'meta');
  if (meta?.kind === 'directory' && findEntry(listFolder(meta.absolute, cwd), '_journal.json')) return { tool: 'drizzle', from: 'meta/_journal.json' };
  const lock = findEntry(folder, 'migration_lock.toml');
  if (lock) return { tool: 'prisma', from: lock.name };
  const dirs = folder.entries.filter((e) => e.kind === 'directory' && !e.name.startsWith('.'));
  const files = folder.entries.filter((e) => e.kind === 'file' && !e.name.startsWith('.'));
  const sqlFiles = files.filter((e) => /\.sql$/i.test(e.name));
  const withFile = (name: string): FolderEntry | undefined => dirs.find((d) => findEntry(listFolder(d.absolute, cwd), name));
  const prismaDir = sqlFiles.length === 0 ? withFile('migration.sql') : undefined;
  if (prismaDir) return { tool: 'prisma', from: `${prismaDir.name}/migration.sql` };
  const flyway = sqlFiles.find((e) => FLYWAY.test(e.name));
  if (flyway && sqlFiles.every((e) => FLYWAY.test(e.name) || !/^\d/.test(e.name))) return { tool: 'flyway', from: flyway.name };
  const goFile = files.find((e) => /^\d+_.*\.go$/.test(e.name) && !e.name.endsWith('_test.go'));
  if (goFile) return { tool: 'goose', from: goFile.name };
  const versioned = sqlFiles.filter((e) => /^\d/.test(e.name));
  if (versioned.length === 0) {
    const dieselDir = withFile('up.sql');
    if (dieselDir && dirs.every((d) => !/^\d/.test(d.name) || splitVersionedName(d.name))) return { tool: 'diesel', from: `${dieselDir.name}/up.sql` };
    return nodePgMigrateCode(files);
  }
  if (versioned.every((e) => PAIR.test(e.name)) && !dirs.some((d) => /^\d/.test(d.name)) && uniqueVersions(versioned)) {
    return { tool: 'golang-migrate', from: versioned[0]?.name ?? '' };
  }
  return markerStyleOf(versioned) ?? nodePgMigrateCode(files);
}

const CODE = /^\d+[_-]?.*\.(?:js|cjs|mjs|ts|cts|mts)$/;
/** What only a node-pg-migrate migration module says: its package (import, require, JSDoc type), its `shorthands`
 *  export, or the `pgm` builder its `up` takes (the name every node-pg-migrate template gives it). */
const PGM_MODULE = /node-pg-migrate|\bshorthands\b|\bMigrationBuilder\b|\(\s*pgm\s*[,:)]|\bpgm\s*=>/;

/**
 * A folder of JavaScript/TypeScript modules written for node-pg-migrate (`node-pg-migrate -m migrations -j ts`) is
 * node-pg-migrate's, not Lockstep's own module layout: run as Lockstep modules, their `up(pgm)` would be handed a
 * Lockstep context and throw on the first `pgm.createTable`. node-pg-migrate reads every file of the folder that is
 * not a dotfile (its `ignorePattern` default `\..*`, getMigrationFilePaths in node-pg-migrate's migration.ts), so its
 * code migrations sit beside its `.sql` ones or alone.
 */
function nodePgMigrateCode(files: readonly FolderEntry[]): Detected | undefined {
  const code = files.filter((e) => CODE.test(e.name) && !/\.d\.[mc]?ts$/.test(e.name));
  const found = code.slice(0, 12).find((e) => PGM_MODULE.test(head(e.absolute) ?? ''));
  return found ? { tool: 'node-pg-migrate', from: `a node-pg-migrate module: ${found.name}` } : undefined;
}

/** golang-migrate refuses two files of one direction with the same version; a folder that has them is someone else's. */
function uniqueVersions(files: readonly FolderEntry[]): boolean {
  const seen = new Set<string>();
  for (const f of files) {
    const m = PAIR.exec(f.name);
    const v = splitVersionedName(f.name)?.version;
    if (!m || !v) continue;
    const key = `${versionKey(v).join('.')}:${(m[1] ?? '').toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** The marker style every marked file among the first few uses; mixed or none → Lockstep's own layout. */
function markerStyleOf(files: readonly FolderEntry[]): Detected | undefined {
  const styles = new Map<MarkerStyle, string>();
  for (const file of files.slice(0, 12)) {
    const style = firstMarkerStyle(file.absolute);
    if (style && !styles.has(style)) styles.set(style, file.name);
  }
  if (styles.size !== 1) return undefined;
  const [style, file] = [...styles][0] as [MarkerStyle, string];
  const tool = STYLE_TOOL[style];
  return tool === 'lockstep' ? undefined : { tool, from: `${style} markers in ${file}` };
}

/** The style of the first up/down marker in the first 8 KiB of a file. */
function firstMarkerStyle(path: string): MarkerStyle | undefined {
  const text = head(path);
  if (text === undefined) return undefined;
  for (const line of text.split('\n')) {
    const m = matchMarker(line);
    if (m && (m.role === 'up' || m.role === 'down')) return m.style;
  }
  return undefined;
}

/** The first 8 KiB of a file, or undefined when it cannot be read. */
function head(path: string): string | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(8192);
      return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
