/** The loader's problems, each naming the file (and line) and the next step. */
import { LockstepError } from '../core/errors.js';
import type { MarkerStyle } from '../core/types.js';
import { MARKER_LINES } from './markers.js';


export function missingUpMarker(path: string, downLine?: number, styles?: readonly MarkerStyle[]): LockstepError {
  const message =
    downLine === undefined
      ? `${path} has no up marker`
      : `${path} has a down marker (line ${downLine}) but no up marker`;
  const style = styles?.length === 1 ? styles[0] : undefined;
  return new LockstepError('LOCKSTEP_E_MISSING_UP_MARKER', message, {
    hint: style && style !== 'lockstep'
      ? `This folder follows ${style}: add \`${MARKER_LINES[style].up}\` above the forward SQL (and \`${MARKER_LINES[style].down}\` above the SQL that undoes it).`
      : 'Add `-- UP` above the forward SQL and `-- DOWN` above the SQL that undoes it, or name the file `<version>_<name>.up.sql` and put the undo in a matching `.down.sql`. If another tool wrote this folder (node-pg-migrate runs a .sql file without markers whole), name it with the `layout` setting (docs/configuration.md).',
    location: downLine === undefined ? { file: path } : { file: path, line: downLine },
  });
}

/** dbmate's `-- migrate:up transaction:true` and `-- lockstep:no-transaction` in one file: which one holds is not the author's to guess. */
export function transactionContradiction(path: string, markerLine: number, directiveLine: number): LockstepError {
  return new LockstepError('LOCKSTEP_E_BAD_DIRECTIVE', `${path} asks for a transaction on line ${markerLine} (transaction:true) and for none on line ${directiveLine} (-- lockstep:no-transaction)`, {
    hint: `Say it once: write \`-- migrate:up transaction:false\` and drop line ${directiveLine}, or drop the directive to run the migration in a transaction.`,
    location: { file: path, line: directiveLine },
    details: { lines: [markerLine, directiveLine] },
  });
}

/** A zero-byte (or blank) file named like a migration: often a `touch` or an interrupted editor save. */
export function emptyFile(path: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_EMPTY_UP', `${path} is empty`, {
    hint: 'Write the migration in it (the up section, and the down section if it has one), or delete the file.',
    location: { file: path },
  });
}

export function emptyUp(path: string, line?: number): LockstepError {
  return new LockstepError('LOCKSTEP_E_EMPTY_UP', `the up section of ${path} has no SQL${line === undefined ? '' : ` (marker on line ${line})`}`, {
    hint: 'Write the forward change in the up section, or delete the file if the migration is not needed.',
    location: line === undefined ? { file: path } : { file: path, line },
  });
}





export function directoryWithoutUp(dirPath: string, expectedUp: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_MISSING_UP_FILE', `migration directory ${dirPath} has no up.sql`, {
    hint: `Create ${expectedUp} (and down.sql beside it), or rename the directory so it does not start with a version if it is not a migration.`,
    location: { file: dirPath },
  });
}

export function directoryWithoutFile(dirPath: string, file: string): LockstepError {
  return new LockstepError('LOCKSTEP_E_MISSING_UP_FILE', `migration folder ${dirPath} has no ${file}`, {
    hint: `Put the migration's SQL in ${dirPath}/${file}, or remove the folder if it is not a migration.`,
    location: { file: dirPath },
  });
}



export function directoryNotFound(path: string, isFile = false): LockstepError {
  const message = isFile ? `migrations directory ${path} is a file, not a directory` : `migrations directory ${path} does not exist`;
  return new LockstepError('LOCKSTEP_E_DIR_NOT_FOUND', message, {
    hint: 'Create it (`lockstep create <name>` writes the first migration into it), or point Lockstep at the directory that holds your migrations.',
    location: { file: path },
  });
}
