/**
 * A migration that is a directory: `<version>_<name>/up.sql` (+ `down.sql`) as diesel and Lockstep write them,
 * with diesel's optional `metadata.toml`.
 */
import { parse, TomlError } from 'smol-toml';
import { LockstepError, type SourceLocation } from '../core/errors.js';
import { collecting, type Loaded } from './loaded.js';
import { directoryWithoutUp } from './loader-errors.js';
import { claimOf, type MigrationSpec } from './migration-spec.js';
import { findEntry, listFolder, type FolderEntry } from './folder.js';
import { readSource } from './read-source.js';
import { readSeparateFiles, type FileRef } from './up-down-files.js';
import { leadingComments } from './directives.js';

/**
 * `diesel`: a metadata.toml that parses but leaves out `run_in_transaction` means false, as diesel reads it (its
 * field is `#[serde(default)] bool`); `lockstep`: only an explicit `false` takes the migration out of a transaction.
 */
export type MetadataDefault = 'diesel' | 'lockstep';

export async function readVersionedDirectory(entry: FolderEntry, spec: MigrationSpec, cwd: string, metadataDefault: MetadataDefault = 'lockstep'): Promise<Loaded> {
  const folder = listFolder(entry.absolute, cwd);
  const ref = (name: string): FileRef | undefined => {
    const e = findEntry(folder, name);
    return e && e.kind !== 'directory' ? { absolute: e.absolute, display: e.display } : undefined;
  };
  const up = ref('up.sql');
  if (!up) return { claim: claimOf(spec, entry.display), errors: [directoryWithoutUp(entry.display, `${entry.display}/up.sql`)] };
  const metadata = ref('metadata.toml');
  const errors: LockstepError[] = [];
  const metadataText = metadata ? await collecting(errors, () => readSource(metadata.absolute, metadata.display)) : undefined;
  const stated = metadata && metadataText !== undefined ? readRunInTransaction(metadataText, metadata.display, errors) : undefined;
  const runInTransaction = stated ?? (metadataText !== undefined && metadataDefault === 'diesel' && errors.length === 0 ? false : undefined);
  if (metadata && stated === true) {
    const upText = await collecting(errors, () => readSource(up.absolute, up.display, spec.sources));
    const directiveLine = upText === undefined ? undefined : noTransactionLine(upText);
    if (directiveLine !== undefined && metadataText !== undefined) {
      errors.push(contradiction({ file: metadata.display, line: keyLine(metadataText, 'run_in_transaction') }, { file: up.display, line: directiveLine }));
    }
  }
  if (errors.length > 0) return { claim: claimOf(spec, up.display), errors };
  return readSeparateFiles(spec, {
    layout: 'directory',
    up,
    down: ref('down.sql'),
    extra: metadata && metadataText !== undefined ? [{ file: metadata, text: metadataText }] : undefined,
    noTransaction: runInTransaction !== false ? undefined : stated === false ? `run_in_transaction = false in ${metadata?.display}` : `${metadata?.display} without run_in_transaction (diesel then runs it outside a transaction)`,
  });
}

/**
 * diesel's `run_in_transaction` (default true), read with a TOML parser: a file that is not TOML, or a value that is
 * not a boolean, is an error rather than silently "in a transaction".
 */
function readRunInTransaction(text: string, path: string, errors: LockstepError[]): boolean | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text);
  } catch (err) {
    const line = err instanceof TomlError ? err.line : undefined;
    errors.push(new LockstepError('LOCKSTEP_E_BAD_METADATA', `${path} is not valid TOML${line ? ` (line ${line})` : ''}: ${(err as Error).message.split('\n')[0]}`, {
      hint: 'diesel reads `run_in_transaction = false` (or true) from this file; fix the syntax, or delete the file to run the migration in a transaction.',
      location: { file: path, ...(line ? { line } : {}) },
    }));
    return undefined;
  }
  const value = doc['run_in_transaction'];
  if (value === undefined || typeof value === 'boolean') return value;
  const line = keyLine(text, 'run_in_transaction');
  errors.push(new LockstepError('LOCKSTEP_E_BAD_METADATA', `run_in_transaction in ${path} is ${JSON.stringify(value)}, not true or false`, {
    hint: 'Write `run_in_transaction = false` (no quotes) to run the migration outside a transaction, or `true`.',
    location: { file: path, ...(line !== undefined ? { line } : {}) },
  }));
  return undefined;
}

/** The line of `key = …` in a TOML text, if it is written there. */
function keyLine(text: string, key: string): number | undefined {
  const index = text.split('\n').findIndex((l) => new RegExp(`^\\s*${key}\\s*=`).test(l));
  return index < 0 ? undefined : index + 1;
}

/** The line of `-- lockstep:no-transaction` in the up file's leading comments, if it has one. */
function noTransactionLine(upText: string): number | undefined {
  return leadingComments(upText).find((c) => /^lockstep:\s*no-transaction\s*$/i.test(c.text))?.line;
}

function contradiction(metadata: SourceLocation, up: { file: string; line: number }): LockstepError {
  const at = (l: SourceLocation): string => (l.line === undefined ? l.file : `${l.file}:${l.line}`);
  return new LockstepError('LOCKSTEP_E_BAD_METADATA', `${at(metadata)} says run_in_transaction = true but ${at(up)} says -- lockstep:no-transaction`, {
    hint: 'Say it once: set `run_in_transaction = false` in metadata.toml and drop the directive, or remove one of the two.',
    location: metadata,
    details: { metadata: at(metadata), up: at(up) },
  });
}
