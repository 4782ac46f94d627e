/**
 * What `lockstep lint <paths>` lints: every migration of a directory (through the loader), a migration file
 * given by path (the migration it belongs to), or a free-standing SQL file (its up section when it has
 * single-file markers, else the whole file).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile, SqlSection } from '../core/types.js';
import { leadingComments, loadMigrations, parseDirectives } from '../loader/index.js';
import { displayPath } from '../loader/display-path.js';
import { splitSingleFile } from '../loader/split-single-file.js';

export interface LintTarget {
  readonly migration: MigrationFile;
  /** The directory the migration was loaded from (for new migrations written by --fix); undefined for a free-standing file. */
  readonly dir: string | undefined;
  /** Versions present in that directory. */
  readonly siblings: readonly string[];
  /** The text of the up section's file, when it was read while collecting (undefined: read it when linting). */
  readonly fileText?: string | undefined;
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

async function loadDir(dir: string, cwd: string): Promise<LintTarget[]> {
  const sources = new Map<string, string>();
  const migrations = await loadMigrations(dir, { cwd, sources });
  const versions = migrations.map((m) => m.version);
  return migrations.map((migration) => ({ migration, dir: resolve(cwd, dir), siblings: versions, fileText: sources.get(migration.up.path) }));
}

/** A SQL file that is not part of a loadable migrations directory. */
async function standalone(abs: string, cwd: string): Promise<LintTarget> {
  const path = displayPath(abs, cwd);
  const text = await readFile(abs, 'utf8');
  const split = splitSingleFile(text, path);
  const raw = split.up ?? { sql: text, startLine: 1 };
  const comments = split.up ? split.directiveComments : leadingComments(text, 1);
  const { directives } = parseDirectives(comments, path);
  const up: SqlSection = { kind: 'sql', path, sql: raw.sql, startLine: raw.startLine };
  const migration: MigrationFile = {
    version: '',
    name: path,
    layout: 'single-file',
    paths: [path],
    up,
    directives: { ...directives, noTransaction: directives.noTransaction || split.markerNoTransaction },
    checksum: '',
  };
  return { migration, dir: undefined, siblings: [], fileText: text };
}

async function fileTarget(abs: string, cwd: string): Promise<LintTarget> {
  try {
    const all = await loadDir(dirname(abs), cwd);
    const own = all.find((t) => t.migration.paths.some((p) => resolve(cwd, p) === abs));
    if (own) return own;
  } catch (err) {
    if (!(err instanceof LockstepError)) throw err;
    // Not a loadable migrations directory: lint the file on its own.
  }
  return standalone(abs, cwd);
}

export async function collectTargets(paths: readonly string[], cwd: string): Promise<LintTarget[]> {
  const out = new Map<string, LintTarget>();
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const kind = await kindOf(abs);
    if (kind === 'missing') {
      throw new LockstepError('LOCKSTEP_E_USAGE', `nothing to lint at ${p}: no such file or directory`, {
        hint: 'Pass migration files or directories that exist, or run without paths to lint the configured migrations directory.',
        details: { path: p },
      });
    }
    const found = kind === 'directory' ? await loadDir(abs, cwd) : [await fileTarget(abs, cwd)];
    for (const t of found) out.set(resolve(cwd, t.migration.paths[0] ?? t.migration.name), t);
  }
  return [...out.values()];
}
