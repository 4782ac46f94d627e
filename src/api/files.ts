import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { LockstepError } from '../core/errors.js';
import { sameVersion, splitVersionedName } from '../core/version.js';
import type { Layout, MarkerStyle } from '../core/types.js';
import type { ResolvedConfig } from '../config/index.js';
import { newVersion, renderTemplate } from '../loader/index.js';

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
  const layout = opts.layout ?? config.file.layout ?? 'single-file';
  const written: string[] = [];
  for (const t of renderTemplate(layout, version, slug, opts.style)) {
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

/** Creates the migrations directory and a starter lockstep.config.json, leaving existing files alone. */
/** Where a project that installed Lockstep finds the config's JSON Schema (scripts/config-schema.mjs writes it). */
const CONFIG_SCHEMA_PATH = 'node_modules/lockstep/dist/config.schema.json';

export function initProject(config: ResolvedConfig): { created: string[] } {
  const created: string[] = [];
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
    };
    writeFileSync(cfg, `${JSON.stringify(starter, null, 2)}\n`);
    created.push('lockstep.config.json');
  }
  return { created };
}
