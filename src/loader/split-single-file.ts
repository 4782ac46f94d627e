import { LockstepError } from '../core/errors.js';
import type { MarkerStyle } from '../core/types.js';
import { leadingComments, type CommentLine } from './directives.js';
import { matchMarker, type MarkerMatch } from './markers.js';
import { isBlankSql, type RawSection } from './sql-section.js';

export interface MarkedSection extends RawSection {
  /** 1-based line of the marker that opens the section. */
  readonly markerLine: number;
}

export interface SplitFile {
  /** Undefined when the file has no up and no down marker at all. */
  readonly style: MarkerStyle | undefined;
  readonly up: MarkedSection | undefined;
  readonly down: MarkedSection | undefined;
  /** The comments that may hold directives: before the first marker, and right after the up marker. */
  readonly directiveComments: readonly CommentLine[];
  /** A marker asked for no transaction (sql-migrate `notransaction`, dbmate `transaction:false`, goose NO TRANSACTION). */
  readonly markerNoTransaction: boolean;
  readonly errors: readonly LockstepError[];
}

interface Found extends MarkerMatch {
  readonly index: number;
}

/**
 * Splits a single-file migration at its up/down markers. The sections may come in either order; a
 * section runs from the line after its marker to the other marker or the end of the file.
 */
export function splitSingleFile(text: string, path: string): SplitFile {
  const lines = text.split('\n');
  const found: Found[] = [];
  lines.forEach((line, index) => {
    const m = matchMarker(line);
    if (m) found.push({ ...m, index });
  });
  const ups = found.filter((m) => m.role === 'up');
  const downs = found.filter((m) => m.role === 'down');
  const errors: LockstepError[] = [...repeated(ups, path, 'up'), ...repeated(downs, path, 'down')];
  const upAt = ups[0]?.index;
  const downAt = downs[0]?.index;
  const markerNoTransaction = found.some((m) => m.noTransaction);
  if (upAt === undefined && downAt === undefined) {
    return { style: undefined, up: undefined, down: undefined, directiveComments: [], markerNoTransaction, errors };
  }
  const first = Math.min(upAt ?? Infinity, downAt ?? Infinity);
  // Without an up marker, SQL above the down marker is the up section missing its marker: one problem, reported by the caller.
  if (upAt !== undefined) errors.push(...sqlBeforeMarkers(lines, first, path));
  const up = section(lines, upAt, downAt);
  const header = leadingComments(lines.slice(0, first).join('\n'), 1);
  const afterUp = up ? leadingComments(up.sql, up.startLine) : [];
  return {
    style: ups[0]?.style ?? downs[0]?.style,
    up,
    down: section(lines, downAt, upAt),
    directiveComments: [...header, ...afterUp],
    markerNoTransaction,
    errors,
  };
}

function section(lines: readonly string[], at: number | undefined, other: number | undefined): MarkedSection | undefined {
  if (at === undefined) return undefined;
  const end = other !== undefined && other > at ? other : lines.length;
  return { sql: lines.slice(at + 1, end).join('\n'), startLine: at + 2, markerLine: at + 1 };
}

function repeated(markers: readonly Found[], path: string, which: string): LockstepError[] {
  return markers.slice(1).map((m) => {
    const line = m.index + 1;
    return new LockstepError('LOCKSTEP_E_BAD_MARKERS', `second ${which} marker in ${path} (line ${line}; the first is on line ${(markers[0]?.index ?? 0) + 1})`, {
      hint: `A single-file migration has exactly one ${which} marker. Split it into two migrations, or remove the extra marker.`,
      location: { file: path, line },
    });
  });
}

function sqlBeforeMarkers(lines: readonly string[], first: number, path: string): LockstepError[] {
  const before = lines.slice(0, first);
  if (isBlankSql(before.join('\n'))) return [];
  const index = Math.max(0, before.findIndex((line) => line.trim() !== '' && !line.trim().startsWith('--')));
  return [
    new LockstepError('LOCKSTEP_E_BAD_MARKERS', `SQL before the first section marker in ${path} (line ${index + 1})`, {
      hint: 'Only comments (and directives) may come before the up marker. Move this SQL into the up or down section.',
      location: { file: path, line: index + 1 },
    }),
  ];
}
