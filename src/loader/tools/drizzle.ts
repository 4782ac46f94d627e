/**
 * drizzle-kit: `<out>/NNNN_<tag>.sql`, applied in the order of `<out>/meta/_journal.json` (entries `{ idx, when, tag,
 * breakpoints }`); a file the journal does not list is not a migration. The migrator splits each file at the lines
 * `--> statement-breakpoint` and sends each piece as one query, all pending migrations in one transaction. drizzle has no down migrations; it records each migration by
 * the sha256 of its file and the journal's `when`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockstepError } from '../../core/errors.js';
import { splitVersionedName } from '../../core/version.js';
import { findEntry, type Folder } from '../folder.js';
import type { Loaded } from '../loaded.js';
import type { MigrationSpec } from '../migration-spec.js';
import type { IgnoredFile } from '../project.js';
import { readSeparateFiles } from '../up-down-files.js';
import type { FolderRead, ReadContext, ToolReader } from './tool-reader.js';

interface JournalEntry {
  readonly idx?: number;
  readonly when: number;
  readonly tag: string;
  readonly breakpoints?: boolean;
}

export const drizzleReader: ToolReader = {
  tool: 'drizzle',
  duplicateHint: 'The journal lists each tag once.',
  compare: (a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0),
  async read(folder: Folder, ctx: ReadContext): Promise<FolderRead> {
    const journalPath = join(folder.display, 'meta', '_journal.json');
    const journal = readJournal(join(folder.root, 'meta', '_journal.json'), journalPath);
    if (journal instanceof LockstepError) return { loaded: [{ errors: [journal] }], ignored: [] };
    const listed = new Set(journal.map((e) => `${e.tag}.sql`));
    const ignored: IgnoredFile[] = folder.entries
      .filter((e) => !e.name.startsWith('.') && e.name !== 'meta' && !listed.has(e.name))
      .map((e) => ({ path: e.display, why: e.name.endsWith('.sql') ? `not in ${journalPath}, so drizzle does not run it` : 'not a migration file' }));
    const jobs = journal.map((e, ordinal): Promise<Loaded> => {
      const split = splitVersionedName(e.tag);
      const spec: MigrationSpec = {
        tool: 'drizzle', id: e.tag, version: split?.version ?? '', name: split?.name ?? e.tag, emptyUp: 'no-op', downs: 'none',
        // The migrator splits on the breakpoint line whatever the journal's `breakpoints` says.
        delimiters: 'breakpoints', toolMeta: { when: e.when, tag: e.tag }, ordinal, sources: ctx.sources,
      };
      const file = findEntry(folder, `${e.tag}.sql`);
      if (!file || file.kind !== 'file') {
        return Promise.resolve({ claim: { id: e.tag, version: spec.version, path: join(folder.display, `${e.tag}.sql`), ordinal }, errors: [missingFile(journalPath, e.tag, file?.problem)] });
      }
      return readSeparateFiles(spec, { layout: 'pair', up: file });
    });
    return { loaded: await Promise.all(jobs), ignored };
  },
};

function readJournal(absolute: string, display: string): JournalEntry[] | LockstepError {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (err) {
    return new LockstepError('LOCKSTEP_E_BAD_METADATA', `${display} cannot be read as JSON: ${(err as Error).message}`, {
      hint: 'drizzle-kit writes this file; restore it from version control or regenerate it with `drizzle-kit generate`.',
      location: { file: display },
    });
  }
  const entries = (doc as { entries?: unknown }).entries;
  const valid = Array.isArray(entries) && entries.every((e) => typeof (e as JournalEntry).tag === 'string' && typeof (e as JournalEntry).when === 'number');
  if (!valid) {
    return new LockstepError('LOCKSTEP_E_BAD_METADATA', `${display} has no "entries" list of { tag, when }`, {
      hint: 'drizzle-kit writes this file; restore it from version control or regenerate it with `drizzle-kit generate`.',
      location: { file: display },
    });
  }
  return entries as JournalEntry[];
}

function missingFile(journal: string, tag: string, problem: LockstepError | undefined): LockstepError {
  return problem ?? new LockstepError('LOCKSTEP_E_MISSING_UP_FILE', `${journal} lists ${tag}, but ${tag}.sql is not there`, {
    hint: `Restore ${tag}.sql beside the journal, or remove its entry from the journal if the migration was dropped on purpose.`,
    location: { file: journal },
  });
}
