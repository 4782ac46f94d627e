/** One `.sql` file holding both parts between marker comments (Lockstep, goose, sql-migrate, dbmate, node-pg-migrate). */
import { checksum } from '../core/checksum.js';
import type { LockstepError } from '../core/errors.js';
import type { Directives } from '../core/types.js';
import { parseDirectives } from './directives.js';
import type { FolderEntry } from './folder.js';
import { collecting, type Loaded } from './loaded.js';
import { emptyFile, missingUpMarker, transactionContradiction } from './loader-errors.js';
import { claimOf, downPart, upSection, type MigrationSpec } from './migration-spec.js';
import { readSource } from './read-source.js';
import { splitSingleFile, type SplitOptions } from './split-single-file.js';

/** Turns the file's text into the text the tool splits and runs (goose ENVSUB); problems go to `errors`. */
export type TextTransform = (text: string, path: string, errors: LockstepError[]) => string;

export async function readMarkedFile(entry: Pick<FolderEntry, 'absolute' | 'display'>, spec: MigrationSpec, split: SplitOptions = {}, transform?: TextTransform): Promise<Loaded> {
  const errors: LockstepError[] = [];
  const path = entry.display;
  const claim = claimOf(spec, path);
  const text = await collecting(errors, () => readSource(entry.absolute, path, spec.sources));
  if (text === undefined) return { claim, errors };

  // The checksum stays the file's: an environment that changes what goose ENVSUB expands is not an edited migration.
  const parts = splitSingleFile(transform ? transform(text, path, errors) : text, path, split);
  errors.push(...parts.errors);
  if (!parts.up) {
    errors.push(text.trim() === '' ? emptyFile(path) : missingUpMarker(path, parts.down?.markerLine, split.styles));
    return { claim, errors };
  }
  const parsed = parseDirectives(parts.directiveComments, path);
  errors.push(...parsed.errors);
  const directiveLine = parts.directiveComments.find((c) => /^lockstep:\s*no-transaction\s*$/i.test(c.text))?.line;
  if (parts.markerInTransactionLine !== undefined && directiveLine !== undefined) errors.push(transactionContradiction(path, parts.markerInTransactionLine, directiveLine));
  const directives: Directives = parts.markerNoTransaction ? { ...parsed.directives, noTransaction: true, noTransactionFrom: parsed.directives.noTransactionFrom ?? parts.markerNoTransaction } : parsed.directives;
  // A backfill migration's up section holds only its directive.
  const up = upSection(path, parts.up, spec, errors, { markerLine: parts.up.markerLine, blankOk: directives.backfill !== undefined });
  if (errors.length > 0 || !up) return { claim, errors };
  return {
    claim,
    errors,
    migration: {
      id: spec.id,
      tool: spec.tool,
      version: spec.version,
      name: spec.name,
      layout: 'single-file',
      markerStyle: parts.style,
      paths: [path],
      up,
      ...downPart(parts.down ? path : undefined, parts.down, spec, directives.irreversible, directives.backfill !== undefined),
      ...(spec.toolMeta ? { toolMeta: spec.toolMeta } : {}),
      directives,
      checksum: checksum([text]),
    },
  };
}
