/** Layout 1: `<version>_<name>.sql` holding both sections between markers. */
import { checksum } from '../core/checksum.js';
import type { LockstepError } from '../core/errors.js';
import type { Directives, SqlSection } from '../core/types.js';
import { parseDirectives } from './directives.js';
import { collecting, type Loaded, type VersionedEntry } from './loaded.js';
import { emptyUp, missingDown, missingUpMarker } from './loader-errors.js';
import { readSource, type SourceTexts } from './read-source.js';
import { splitSingleFile, type MarkedSection } from './split-single-file.js';
import { isBlankSql, sqlSection } from './sql-section.js';

export async function loadSingleFile(entry: VersionedEntry, sources?: SourceTexts): Promise<Loaded> {
  const errors: LockstepError[] = [];
  const claim = { version: entry.version, path: entry.display };
  const text = await collecting(errors, () => readSource(entry.absolute, entry.display, sources));
  if (text === undefined) return { claim, errors };

  const path = entry.display;
  const split = splitSingleFile(text, path);
  errors.push(...split.errors);
  if (!split.up) {
    errors.push(missingUpMarker(path, split.down?.markerLine));
    return { claim, errors };
  }
  const parsed = parseDirectives(split.directiveComments, path);
  errors.push(...parsed.errors);
  const directives: Directives = split.markerNoTransaction ? { ...parsed.directives, noTransaction: true } : parsed.directives;

  // A backfill migration's up section holds only its directive, and its down may hold only comments (nothing to undo).
  const blankOk = directives.backfill !== undefined;
  const up = buildSection(path, split.up, errors, () => emptyUp(path, split.up?.markerLine), blankOk);
  const down = directives.irreversible ? undefined : buildSection(path, split.down, errors, () => missingDown(path, split.down?.markerLine), blankOk);
  if (errors.length > 0 || !up) return { claim, errors };
  return {
    claim,
    errors,
    migration: {
      id: entry.version,
      tool: 'lockstep',
      version: entry.version,
      name: entry.name,
      layout: 'single-file',
      markerStyle: split.style,
      paths: [path],
      up,
      down,
      directives,
      checksum: checksum([text]),
    },
  };
}

/** A non-blank section, or undefined after recording `problem()` (missing or comment-only). */
function buildSection(
  path: string,
  raw: MarkedSection | undefined,
  errors: LockstepError[],
  problem: () => LockstepError,
  blankOk = false,
): SqlSection | undefined {
  if (!raw || (isBlankSql(raw.sql) && !blankOk)) {
    errors.push(problem());
    return undefined;
  }
  return sqlSection(path, raw, errors);
}
