/** Shared by layouts 2 and 3: the up SQL and the down SQL live in separate files. */
import { checksum } from '../core/checksum.js';
import type { LockstepError } from '../core/errors.js';
import type { Directives, Layout, SqlSection } from '../core/types.js';
import { readDirectives } from './directives.js';
import { collecting, type Loaded, type VersionedEntry } from './loaded.js';
import { emptyDownFile, emptyUp, missingDownFile } from './loader-errors.js';
import { readSource, type SourceTexts } from './read-source.js';
import { isBlankSql, sqlSection } from './sql-section.js';

export interface FileRef {
  readonly absolute: string;
  readonly display: string;
}

export interface UpDownFiles {
  readonly entry: VersionedEntry;
  readonly layout: Extract<Layout, 'pair' | 'directory'>;
  readonly up: FileRef;
  readonly down: FileRef | undefined;
  /** Where the down file should be, for the error when it is missing. */
  readonly expectedDown: string;
  /** Further files that belong to the migration (diesel's metadata.toml), already read. */
  readonly extra?: { readonly file: FileRef; readonly text: string } | undefined;
  /** Set by a file other than the up file (diesel's `run_in_transaction = false`). */
  readonly noTransaction?: boolean | undefined;
  readonly sources?: SourceTexts | undefined;
}

export async function loadUpDownFiles(spec: UpDownFiles): Promise<Loaded> {
  const errors: LockstepError[] = [];
  const claim = { version: spec.entry.version, path: spec.up.display };
  const [upText, downText] = await Promise.all([
    collecting(errors, () => readSource(spec.up.absolute, spec.up.display, spec.sources)),
    spec.down ? collecting(errors, () => readSource(spec.down?.absolute ?? '', spec.down?.display ?? '', spec.sources)) : undefined,
  ]);
  if (upText === undefined) return { claim, errors };

  const parsed = readDirectives(upText, spec.up.display);
  errors.push(...parsed.errors);
  const directives: Directives = spec.noTransaction ? { ...parsed.directives, noTransaction: true } : parsed.directives;
  let up: SqlSection | undefined;
  // A backfill migration's up file holds only its directive; its down file may hold only comments.
  if (isBlankSql(upText) && !directives.backfill) errors.push(emptyUp(spec.up.display));
  else up = sqlSection(spec.up.display, { sql: upText, startLine: 1 }, errors);

  const down = directives.irreversible ? undefined : downSection(spec, downText, errors, directives.backfill !== undefined);
  if (errors.length > 0 || !up) return { claim, errors };

  const files = [
    { path: spec.up.display, text: upText },
    ...(spec.down && downText !== undefined ? [{ path: spec.down.display, text: downText }] : []),
    ...(spec.extra ? [{ path: spec.extra.file.display, text: spec.extra.text }] : []),
  ];
  return {
    claim,
    errors,
    migration: {
      id: spec.entry.version,
      tool: 'lockstep',
      version: spec.entry.version,
      name: spec.entry.name,
      layout: spec.layout,
      paths: files.map((f) => f.path),
      up,
      down,
      directives,
      checksum: checksum(files.map((f) => f.text)),
    },
  };
}

function downSection(spec: UpDownFiles, text: string | undefined, errors: LockstepError[], blankOk: boolean): SqlSection | undefined {
  if (!spec.down) {
    errors.push(missingDownFile(spec.up.display, spec.expectedDown));
    return undefined;
  }
  if (text === undefined) return undefined; // unreadable: already reported
  if (isBlankSql(text) && !blankOk) {
    errors.push(emptyDownFile(spec.down.display));
    return undefined;
  }
  return sqlSection(spec.down.display, { sql: text, startLine: 1 }, errors);
}
