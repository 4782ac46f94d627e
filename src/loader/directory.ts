/** Layout 3: a directory `<version>_<name>/` with up.sql and down.sql (diesel), and optionally metadata.toml. */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { LockstepError } from '../core/errors.js';
import { collecting, type Loaded, type VersionedEntry } from './loaded.js';
import { directoryWithoutUp } from './loader-errors.js';
import { readSource, type SourceTexts } from './read-source.js';
import { loadUpDownFiles, type FileRef } from './up-down-files.js';

export async function loadDirectory(entry: VersionedEntry, sources?: SourceTexts): Promise<Loaded> {
  const ref = (file: string): FileRef => ({ absolute: join(entry.absolute, file), display: join(entry.display, file) });
  const up = ref('up.sql');
  const down = ref('down.sql');
  const metadata = ref('metadata.toml');
  const [hasUp, hasDown, hasMetadata] = await Promise.all([exists(up), exists(down), exists(metadata)]);
  if (!hasUp) return { claim: { version: entry.version, path: entry.display }, errors: [directoryWithoutUp(entry.display, up.display)] };

  const errors: LockstepError[] = [];
  const metadataText = hasMetadata ? await collecting(errors, () => readSource(metadata.absolute, metadata.display)) : undefined;
  if (errors.length > 0) return { claim: { version: entry.version, path: up.display }, errors };
  return loadUpDownFiles({
    entry,
    layout: 'directory',
    up,
    down: hasDown ? down : undefined,
    expectedDown: down.display,
    extra: metadataText === undefined ? undefined : { file: metadata, text: metadataText },
    noTransaction: metadataText !== undefined && runsOutsideTransaction(metadataText),
    sources,
  });
}

/**
 * diesel's `run_in_transaction = false`. Only this one key matters to Lockstep, so a line match is
 * enough; a TOML parser would be a dependency for one boolean.
 */
export function runsOutsideTransaction(toml: string): boolean {
  return /^\s*run_in_transaction\s*=\s*false\s*(?:#.*)?$/m.test(toml);
}

async function exists(file: FileRef): Promise<boolean> {
  try {
    await access(file.absolute);
    return true;
  } catch {
    return false;
  }
}
