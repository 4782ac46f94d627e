import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { sameVersion, splitVersionedName } from '../core/version.js';
import type { Layout, MarkerStyle, Tool } from '../core/types.js';
import type { ResolvedConfig } from '../config/index.js';
import { detectTool, listFolder, loadProject, newVersion, renderTemplate, renderToolTemplate, type RenderedFile } from '../loader/index.js';

export interface CreateOptions {
  readonly layout?: Layout | undefined;
  readonly style?: MarkerStyle | undefined;
  readonly now?: Date | undefined;
}

/** Writes a new migration from the template of the chosen layout, versioned with the current UTC time. */
export function createMigration(config: ResolvedConfig, name: string, opts: CreateOptions = {}): { version: string; files: string[] } {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!slug) {
    throw new LockstepError('LOCKSTEP_E_USAGE', `"${name}" is not a usable migration name`, { hint: 'Use letters and digits, e.g. lockstep create add_payments_index.' });
  }
  const version = freeVersion(config.dir, opts.now ?? new Date());
  const written: string[] = [];
  for (const t of templateFor(config, version, slug, opts)) {
    const path = join(config.dir, t.relativePath);
    if (existsSync(path)) {
      throw new LockstepError('LOCKSTEP_E_DUPLICATE_VERSION', `${relative(config.cwd, path)} already exists`, { hint: 'Wait a second and run create again: versions are UTC timestamps.' });
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, t.content, { flag: 'wx' });
    written.push(relative(config.cwd, path));
  }
  return { version, files: written };
}

/**
 * Lockstep's own files in the layout asked for (flag, else the config's file shape); in another tool's folder (the
 * `layout` setting, else detected), that tool's format.
 */
function templateFor(config: ResolvedConfig, version: string, slug: string, opts: CreateOptions): ReadonlyArray<RenderedFile> {
  const shape = opts.layout ?? (isShape(config.file.layout) ? config.file.layout : undefined);
  if (shape !== undefined || opts.style !== undefined) return renderTemplate(shape ?? 'single-file', version, slug, opts.style);
  const tool = config.tool ?? (existsSync(config.dir) ? detectTool([listFolder(config.dir, config.cwd)], config.cwd).tool : 'lockstep');
  return renderToolTemplate(tool, version, slug);
}

function isShape(layout: string | undefined): layout is Layout {
  return layout === 'single-file' || layout === 'pair' || layout === 'directory' || layout === 'module';
}

/**
 * The current UTC second as a version, or the next second no migration in `dir` has yet: versions are
 * second-resolution timestamps, so two creates within one second would otherwise share a version.
 */
function freeVersion(dir: string, now: Date): string {
  const taken = existsSync(dir)
    ? readdirSync(dir).map((entry) => splitVersionedName(entry)?.version).filter((v): v is string => v !== undefined)
    : [];
  let at = now.getTime();
  let version = newVersion(new Date(at));
  while (taken.some((v) => sameVersion(v, version))) {
    at += 1000;
    version = newVersion(new Date(at));
  }
  return version;
}

/** Where a project that installed Lockstep finds the config's JSON Schema (scripts/config-schema.mjs writes it). */
const CONFIG_SCHEMA_PATH = 'node_modules/lockstep/dist/config.schema.json';

/**
 * Creates the migrations directory and a starter lockstep.config.json, leaving existing files alone. In a folder that
 * already has migrations (another tool's, or Lockstep's), the config records the last of them as `adoptedThrough`:
 * the `require-down` rule then asks a down part of the migrations written after it, not of the ones before.
 */
export async function initProject(config: ResolvedConfig): Promise<{ created: string[]; tool: Tool; adoptedThrough: string | undefined }> {
  const created: string[] = [];
  const existing = existsSync(config.dir) ? await loadProject(config.dirs, { cwd: config.cwd, tool: config.tool, ignore: config.ignore, placeholders: config.placeholders, baselineMigrationPrefix: config.baselineMigrationPrefix, environment: config.inputs.env }) : undefined;
  const adoptedThrough = existing?.migrations.at(-1)?.id;
  if (!existsSync(config.dir)) {
    mkdirSync(config.dir, { recursive: true });
    writeFileSync(join(config.dir, '.gitkeep'), '');
    created.push(relative(config.cwd, config.dir) || '.');
  }
  const cfg = join(config.cwd, 'lockstep.config.json');
  if (!config.configPath && !existsSync(cfg)) {
    // Editors validate and complete the file from the JSON Schema the installed package ships (built from the zod schema).
    const schema = join(config.cwd, CONFIG_SCHEMA_PATH);
    const starter = {
      ...(existsSync(schema) ? { $schema: `./${CONFIG_SCHEMA_PATH}` } : {}),
      dir: relative(config.cwd, config.dir) || 'migrations',
      environments: { dev: 'DATABASE_URL', staging: { url: 'STAGING_DATABASE_URL' }, prod: { url: 'PROD_DATABASE_URL', protected: true } },
      lockTimeout: '100ms',
      ...(adoptedThrough !== undefined ? { adoptedThrough } : {}),
    };
    writeFileSync(cfg, `${JSON.stringify(starter, null, 2)}\n`);
    created.push('lockstep.config.json');
  }
  // Only a config written now records it: a second `init` leaves the existing config (and its adoptedThrough) alone.
  const recorded = created.includes('lockstep.config.json') ? adoptedThrough : undefined;
  return { created, tool: existing?.tool ?? config.tool ?? 'lockstep', adoptedThrough: recorded };
}
