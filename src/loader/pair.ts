/** Layout 2: `<version>_<name>.up.sql` + `<version>_<name>.down.sql` (golang-migrate, sqlx). */
import type { Loaded, VersionedEntry } from './loaded.js';
import { downWithoutUp } from './loader-errors.js';
import { loadUpDownFiles } from './up-down-files.js';
import type { SourceTexts } from './read-source.js';

export interface PairHalves {
  readonly up: VersionedEntry | undefined;
  readonly down: VersionedEntry | undefined;
}

export async function loadPair(halves: PairHalves, sources?: SourceTexts): Promise<Loaded> {
  const { up, down } = halves;
  if (!up) {
    // A stray down file claims no version: the migration it belonged to is gone or renamed.
    if (!down) return { errors: [] };
    return { errors: [downWithoutUp(down.display, sibling(down.display, '.down.sql', '.up.sql'))] };
  }
  return loadUpDownFiles({
    entry: up,
    layout: 'pair',
    up,
    down,
    expectedDown: sibling(up.display, '.up.sql', '.down.sql'),
    sources,
  });
}

/** The other half's path: the same path with the other suffix. */
function sibling(path: string, from: string, to: string): string {
  return `${path.slice(0, path.length - from.length)}${to}`;
}
