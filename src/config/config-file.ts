import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LockstepError } from '../core/errors.js';
import { jsonLocator, jsonSyntaxPosition, type JsonLocator } from './json-locations.js';

export const CONFIG_FILES = ['lockstep.config.json', 'lockstep.config.mjs', 'lockstep.config.js', 'lockstep.config.ts'] as const;

export interface RawConfigFile {
  readonly path: string | undefined;
  readonly value: unknown;
  /** Where a key is written, for a JSON file (a module's keys have no fixed place). */
  readonly locate?: JsonLocator | undefined;
}

/** Finds and reads the config file: an explicit path, else lockstep.config.*, else package.json#lockstep. */
export async function readConfigFile(cwd: string, explicit: string | undefined): Promise<RawConfigFile> {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) {
      throw new LockstepError('LOCKSTEP_E_CONFIG', `config file ${explicit} does not exist`, {
        hint: 'Check the --config path (or LOCKSTEP_CONFIG), or run `lockstep init` to create lockstep.config.json.',
        location: { file: explicit },
      });
    }
    return importConfig(path, cwd);
  }
  for (const name of CONFIG_FILES) {
    const path = resolve(cwd, name);
    if (existsSync(path)) return importConfig(path, cwd);
  }
  const pkg = resolve(cwd, 'package.json');
  if (existsSync(pkg)) {
    const { value, text } = parseJson(pkg, cwd);
    const parsed = value as { lockstep?: unknown };
    if (parsed && typeof parsed === 'object' && parsed.lockstep !== undefined) return { path: `${pkg}#lockstep`, value: parsed.lockstep, locate: jsonLocator(text, ['lockstep']) };
  }
  return { path: undefined, value: {} };
}

const READ_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  ENOENT: 'no such file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
};

/** The file's text; a file that cannot be read is reported as such (not as bad JSON or a bad module). */
function readConfigText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? (err as Error).message;
    throw new LockstepError('LOCKSTEP_E_CONFIG', `cannot read config file ${path}: ${why}${code && READ_ERRORS[code] ? ` (${code})` : ''}`, {
      hint: code === 'EACCES' || code === 'EPERM'
        ? 'Make the file readable by the user running lockstep (e.g. chmod a+r), or point --config / LOCKSTEP_CONFIG at a readable file.'
        : 'Check the path: --config / LOCKSTEP_CONFIG (or lockstep.config.* in the working directory) must name a readable file.',
      location: { file: path },
      cause: err,
    });
  }
}

/** A JSON file's value, and its text (to find a key's line later); a syntax error says where, relative to cwd. */
function parseJson(path: string, cwd: string): { value: unknown; text: string } {
  const text = readConfigText(path);
  try {
    return { value: JSON.parse(text), text };
  } catch (err) {
    const at = jsonSyntaxPosition(text);
    const shown = relative(cwd, path) || path;
    throw new LockstepError('LOCKSTEP_E_CONFIG', `${shown} is not valid JSON${at ? ` (line ${at.line}, column ${at.column}: ${at.problem})` : ''}: ${(err as Error).message}`, {
      hint: 'Fix the JSON syntax at the position shown (a trailing comma or a missing quote is the usual cause).',
      location: { file: shown, ...(at ? { line: at.line, column: at.column } : {}) },
    });
  }
}

async function importConfig(path: string, cwd: string): Promise<RawConfigFile> {
  if (path.endsWith('.json')) {
    const { value, text } = parseJson(path, cwd);
    return { path, value, locate: jsonLocator(text) };
  }
  return { path, value: await importModule(path) };
}

async function importModule(path: string): Promise<unknown> {
  readConfigText(path);
  try {
    const mod = path.endsWith('.ts')
      ? ((await (await import('tsx/esm/api')).tsImport(pathToFileURL(path).href, import.meta.url)) as { default?: unknown })
      : ((await import(pathToFileURL(path).href)) as { default?: unknown });
    let value: unknown = mod.default ?? mod;
    // A .ts config outside a "type": "module" package is compiled to CommonJS: its default export arrives as { __esModule, default }.
    if (typeof value === 'object' && value !== null && (value as { __esModule?: unknown }).__esModule === true && 'default' in value) value = (value as { default: unknown }).default;
    return typeof value === 'function' ? await (value as () => unknown)() : value;
  } catch (err) {
    throw new LockstepError('LOCKSTEP_E_CONFIG', `cannot load ${path}: ${(err as Error).message}`, {
      hint: 'The config module must `export default { ... }` (or a function returning it).',
      location: { file: path },
      cause: err,
    });
  }
}
