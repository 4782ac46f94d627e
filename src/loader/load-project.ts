/**
 * Migrations folders → Project: the folder's tool (detected, or the `layout` setting), every migration read the way
 * that tool reads it and put in its order, the files it ignores, and the problems of files that could not be read
 * as migrations. A problem stays with its file: loading never fails because of one migration.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile, Tool } from '../core/types.js';
import { detectTool } from './detect-tool.js';
import { displayPath } from './display-path.js';
import { listFolder, type Folder } from './folder.js';
import type { Claim, Loaded } from './loaded.js';
import { directoryNotFound } from './loader-errors.js';
import type { IgnoredFile, LoadProblem, Project } from './project.js';
import type { SourceTexts } from './read-source.js';
import { TOOL_READERS } from './tools/index.js';

export interface LoadOptions {
  /** Paths in results and errors are relative to this directory (default: process.cwd()). */
  readonly cwd?: string | undefined;
  /** When given, receives the text of every SQL file read, so that a caller (the linter) need not read them again. */
  readonly sources?: SourceTexts | undefined;
  /** Whose conventions the folders follow; default: detected from the folders. */
  readonly tool?: Tool | undefined;
  /** Globs (relative to each folder) of files and folders that are not migrations. */
  readonly ignore?: readonly string[] | undefined;
  /** Flyway placeholders. */
  readonly placeholders?: Readonly<Record<string, string>> | undefined;
  /** Flyway's baselineMigrationPrefix (default `B`). */
  readonly baselineMigrationPrefix?: string | undefined;
  /** What goose's ENVSUB expands from (default: the process environment, as goose). */
  readonly environment?: Readonly<Record<string, string | undefined>> | undefined;
}

export async function loadProject(dirs: string | readonly string[], options: LoadOptions = {}): Promise<Project> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const roots = (typeof dirs === 'string' ? [dirs] : dirs).map((d) => resolve(cwd, d));
  const ignored: IgnoredFile[] = [];
  const folders = roots.map((root) => withoutIgnored(openFolder(root, cwd), options.ignore ?? [], ignored));
  const detected = options.tool ? { tool: options.tool, from: 'the layout setting' } : detectTool(folders, cwd);
  const reader = TOOL_READERS[detected.tool];
  const reads = await Promise.all(folders.map((f) => reader.read(f, { cwd, sources: options.sources, placeholders: options.placeholders, baselineMigrationPrefix: options.baselineMigrationPrefix, environment: options.environment ?? process.env })));
  const loaded = reads.flatMap((r) => r.loaded);
  ignored.push(...reads.flatMap((r) => r.ignored));
  const identity = reader.identity ?? ((c: Claim) => c.id);
  const dups = duplicates(loaded, identity, reader.duplicateHint);
  const problems: LoadProblem[] = [
    ...loaded.flatMap((l) => l.errors.map((error) => ({ id: l.claim?.id, version: l.claim?.version, error }))),
    ...dups.map((d) => d.problem),
  ].sort((a, b) => byLocation(a.error, b.error));
  const duplicated = new Set(dups.map((d) => d.key));
  const migrations = loaded
    .filter((l): l is Loaded & { migration: MigrationFile; claim: Claim } => l.migration !== undefined && l.claim !== undefined && !duplicated.has(identity(l.claim)))
    .sort((a, b) => reader.compare(a.claim, b.claim))
    .map((l) => l.migration);
  return { tool: detected.tool, detectedFrom: detected.from, dirs: folders.map((f) => f.display), migrations, problems, ignored };
}

function openFolder(root: string, cwd: string): Folder {
  let isDir: boolean | undefined;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = undefined;
  }
  if (!isDir) throw directoryNotFound(displayPath(root, cwd), isDir === false);
  return listFolder(root, cwd);
}

/** Drops entries matching the `ignore` globs, listing each. */
function withoutIgnored(folder: Folder, globs: readonly string[], ignored: IgnoredFile[]): Folder {
  if (globs.length === 0) return folder;
  const matchers = globs.map((g) => ({ glob: g, test: picomatch(g, { dot: true }) }));
  const entries = folder.entries.filter((e) => {
    const rel = relative(folder.root, e.absolute);
    const hit = matchers.find((m) => m.test(rel) || m.test(e.name));
    if (hit) ignored.push({ path: e.display, why: `matches the ignore pattern ${hit.glob}` });
    return !hit;
  });
  return { ...folder, entries };
}

/** Migrations that are one in the tool's eyes, claimed by more than one file: the tool would refuse the folder. */
function duplicates(loaded: readonly Loaded[], identity: (c: Claim) => string, hint: string): Array<{ key: string; problem: LoadProblem }> {
  const byKey = new Map<string, Claim[]>();
  for (const { claim } of loaded) if (claim) byKey.set(identity(claim), [...(byKey.get(identity(claim)) ?? []), claim]);
  return [...byKey.entries()]
    .filter(([, claims]) => claims.length > 1)
    .map(([key, claims]) => {
      const paths = claims.map((c) => c.path).sort();
      const ids = [...new Set(claims.map((c) => c.id))];
      const error = new LockstepError('LOCKSTEP_E_DUPLICATE_VERSION', `version ${ids[0] ?? key}${ids.length > 1 ? ` (also written ${ids.slice(1).join(', ')})` : ''} is used by more than one migration: ${paths.join(', ')}`, {
        hint: `${hint} Give one of them a new version, keeping the order you want them applied in.`,
        location: { file: paths[0] ?? '' },
        details: { version: ids[0] ?? '', paths },
      });
      return { key, problem: { id: claims[0]?.id ?? '', version: claims[0]?.version, error } };
    });
}

function byLocation(a: LockstepError, b: LockstepError): number {
  const fileOrder = (a.location?.file ?? '').localeCompare(b.location?.file ?? '');
  return fileOrder !== 0 ? fileOrder : (a.location?.line ?? 0) - (b.location?.line ?? 0);
}
