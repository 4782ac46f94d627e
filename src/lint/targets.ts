/**
 * What `lockstep lint <paths>` lints: every migration of a directory (through the loader), a migration file
 * given by path (the migration it belongs to), or a free-standing SQL file (its up section when it has
 * single-file markers, else the whole file).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LockstepError } from '../core/errors.js';
import type { MigrationFile, SqlSection } from '../core/types.js';
import { leadingComments, loadProject, parseDirectives, type LoadOptions, type LoadProblem } from '../loader/index.js';
import { displayPath } from '../loader/index.js';
import type { PreparedMigration } from './lint-migration.js';
import { splitSingleFile } from '../loader/index.js';

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

/** A target parsed, with how it runs (see lint-migration.ts). */
export interface PreparedTarget {
  readonly target: LintTarget;
  readonly prepared: PreparedMigration;
  readonly fileText: string;
}

/** How folders are read: the project's tool, ignore globs and placeholders (from the config). */
export type TargetLoadOptions = Pick<LoadOptions, 'tool' | 'ignore' | 'placeholders' | 'baselineMigrationPrefix'>;

interface Collected {
  readonly targets: LintTarget[];
  /** Files of the folders that could not be read as migrations: each becomes an invalid-migration finding. */
  readonly problems: LoadProblem[];
  /** Migrations only their own tool can run (goose .go, Flyway Java, node-pg-migrate modules): nothing to lint. */
  readonly unsupported?: string[];
}

async function loadDir(dir: string, cwd: string, load: TargetLoadOptions = {}): Promise<Collected> {
  const sources = new Map<string, string>();
  const project = await loadProject(dir, { ...load, cwd, sources });
  const versions = project.migrations.map((m) => m.version);
  const targets = project.migrations
    .filter((migration) => migration.up.kind !== 'unsupported')
    .map((migration) => ({ migration, dir: resolve(cwd, dir), siblings: versions, fileText: migration.up.kind === 'sql' ? sources.get(migration.up.path) : undefined }));
  const unsupported = project.migrations.filter((m) => m.up.kind === 'unsupported').map((m) => m.paths[0] ?? m.id);
  return { targets, problems: [...project.problems], unsupported };
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
    id: path,
    tool: 'lockstep',
    version: '',
    name: path,
    layout: 'single-file',
    paths: [path],
    up,
    directives: { ...directives, noTransaction: directives.noTransaction || split.markerNoTransaction !== undefined, noTransactionFrom: directives.noTransactionFrom ?? split.markerNoTransaction },
    checksum: '',
  };
  return { migration, dir: undefined, siblings: [], fileText: text };
}

/** The migration of a migrations directory that owns `abs` (one of its files, or its own directory). */
async function ownedBy(migrationsDir: string, abs: string, cwd: string, load: TargetLoadOptions): Promise<LintTarget | undefined> {
  try {
    const all = (await loadDir(migrationsDir, cwd, load)).targets;
    return all.find((t) => t.migration.paths.some((p) => { const file = resolve(cwd, p); return file === abs || dirname(file) === abs; }));
  } catch (err) {
    if (!(err instanceof LockstepError)) throw err;
    return undefined; // not a loadable migrations directory
  }
}

async function fileTarget(abs: string, cwd: string, load: TargetLoadOptions): Promise<LintTarget> {
  // A file of a migrations directory, or of a directory-layout migration (<dir>/<version>_<name>/up.sql).
  const own = (await ownedBy(dirname(abs), abs, cwd, load)) ?? (await ownedBy(dirname(dirname(abs)), abs, cwd, load));
  return own ?? standalone(abs, cwd);
}

/** A directory given as a path: a directory-layout migration (it has an up.sql), or a migrations directory. */
async function directoryTargets(abs: string, cwd: string, load: TargetLoadOptions): Promise<Collected> {
  if ((await kindOf(resolve(abs, 'up.sql'))) === 'file') {
    const own = await ownedBy(dirname(abs), abs, cwd, load);
    if (own) return { targets: [own], problems: [] };
  }
  return loadDir(abs, cwd, load);
}

/**
 * The paths to lint, with glob patterns expanded: a shell expands `migrations/*.sql` itself, but a quoted
 * pattern (or a shell without globbing, or a CI `with:` input) passes it through, so Lockstep matches it
 * (tinyglobby; `**` included). A path that exists as written is taken literally. Matches are sorted.
 */
async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (!isDynamicPattern(p) || (await kindOf(resolve(cwd, p))) !== 'missing') {
      out.push(p);
      continue;
    }
    const matches = await glob(p, { cwd, onlyFiles: false, expandDirectories: false, dot: false });
    if (matches.length === 0) {
      throw new LockstepError('LOCKSTEP_E_USAGE', `nothing to lint at ${p}: no file or directory matches the pattern`, {
        hint: 'Check the pattern (relative to the working directory; ** matches any depth), or run without paths to lint the configured migrations directory.',
        details: { path: p },
      });
    }
    out.push(...matches.sort());
  }
  return out;
}

/**
 * `plainSql` (lint --execution autocommit / transaction: SQL another tool runs): a file of a folder that has no up
 * marker is linted whole, as psql -f or that tool runs it, rather than reported as a broken Lockstep migration.
 */
export async function collectTargets(paths: readonly string[], cwd: string, load: TargetLoadOptions = {}, plainSql = false): Promise<Collected> {
  const out = new Map<string, LintTarget>();
  const problems: LoadProblem[] = [];
  const unsupported = new Set<string>();
  for (const p of await expandPaths(paths, cwd)) {
    const abs = resolve(cwd, p);
    const kind = await kindOf(abs);
    if (kind === 'missing') {
      throw new LockstepError('LOCKSTEP_E_USAGE', `nothing to lint at ${p}: no such file or directory`, {
        hint: 'Pass migration files or directories that exist, or run without paths to lint the configured migrations directory.',
        details: { path: p },
      });
    }
    const found = kind === 'directory' ? await directoryTargets(abs, cwd, load) : { targets: [await fileTarget(abs, cwd, load)], problems: [] };
    for (const t of found.targets) out.set(resolve(cwd, t.migration.paths[0] ?? t.migration.name), t);
    for (const u of ('unsupported' in found ? found.unsupported : undefined) ?? []) unsupported.add(u);
    for (const problem of found.problems) {
      const file = problem.error.location?.file;
      if (!plainSql || problem.error.code !== 'LOCKSTEP_E_MISSING_UP_MARKER' || file === undefined) problems.push(problem);
      else out.set(resolve(cwd, file), await standalone(resolve(cwd, file), cwd));
    }
  }
  return { targets: [...out.values()], problems, unsupported: [...unsupported] };
}
