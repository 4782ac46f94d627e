import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { LockstepError } from '../core/errors.js';

/** What the --env-file / --no-env-file flags leave in a command's options. */
export interface EnvFileFlags {
  /** Paths given with --env-file (repeatable), false for --no-env-file, undefined for neither. */
  readonly envFile?: readonly string[] | false;
}

/**
 * Loads `.env`-style files into process.env before the configuration is read, as dbmate and Prisma do: a
 * variable already set in the environment wins over the file. Without a flag, `.env` in the working directory
 * is read if it exists; `--env-file <path>` names the files (each must exist); `--no-env-file` reads none.
 * Uses Node's own parser (https://nodejs.org/api/process.html#processloadenvfilepath).
 * Returns the names of the variables it set, per file; their values are never printed.
 */
export function loadEnvFiles(flags: EnvFileFlags, cwd: string = process.cwd()): Array<{ file: string; names: string[] }> {
  if (flags.envFile === false) return [];
  const explicit = flags.envFile !== undefined && flags.envFile.length > 0;
  const files = explicit ? flags.envFile : ['.env'];
  const loaded: Array<{ file: string; names: string[] }> = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    if (!existsSync(path)) {
      if (!explicit) continue;
      throw new LockstepError('LOCKSTEP_E_CONFIG', `env file ${file} does not exist`, {
        hint: 'Check the --env-file path (relative to the working directory), or leave the flag out to read ./.env when it exists.',
        location: { file },
      });
    }
    const before = new Set(Object.keys(process.env));
    process.loadEnvFile(path);
    loaded.push({ file, names: Object.keys(process.env).filter((name) => !before.has(name)).sort() });
  }
  return loaded;
}
