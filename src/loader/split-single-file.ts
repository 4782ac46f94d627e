import { LockstepError } from '../core/errors.js';
import type { MarkerStyle } from '../core/types.js';
import { leadingComments, type CommentLine } from './directives.js';
import { matchMarker, type MarkerMatch } from './markers.js';
import { isBlankSql, type RawSection } from './sql-section.js';

export interface MarkedSection extends RawSection {
  /** 1-based line of the marker that opens the (first) section. */
  readonly markerLine: number;
}

export interface SplitFile {
  /** Undefined when the file has no up and no down marker at all. */
  readonly style: MarkerStyle | undefined;
  readonly up: MarkedSection | undefined;
  readonly down: MarkedSection | undefined;
  /** The comments that may hold directives: before the first marker, and right after the up marker. */
  readonly directiveComments: readonly CommentLine[];
  /** The marker that asked for no transaction (sql-migrate `notransaction`, dbmate `transaction:false`, goose NO TRANSACTION), in words. */
  readonly markerNoTransaction: string | undefined;
  /** The line of an up marker that asks for a transaction in so many words (dbmate `transaction:true`). */
  readonly markerInTransactionLine?: number | undefined;
  /** Lines of markers whose options say something else (dbmate `transaction:maybe`): reported by the caller. */
  readonly errors: readonly LockstepError[];
}

export interface SplitOptions {
  /** The marker conventions this file may use (default: all of them, as Lockstep's own layout reads them). */
  readonly styles?: readonly MarkerStyle[] | undefined;
  /**
   * sql-migrate switches direction at every `-- +migrate Up` / `Down` and collects each direction's lines: a
   * file may have several sections of each. Everywhere else a repeated marker is an error.
   */
  readonly repeatedSections?: 'error' | 'join' | undefined;
  /** sql-migrate ignores text before the first marker; everywhere else SQL there is an error. */
  readonly textBeforeMarkers?: 'error' | 'ignore' | undefined;
  /** node-pg-migrate runs a file with no up marker as all up; everywhere else that is an error (no up part). */
  readonly withoutMarkers?: 'no-up' | 'all-up' | undefined;
}

interface Found extends MarkerMatch {
  readonly index: number;
}

/**
 * Splits a single-file migration at its up/down markers. A section runs from the line after its marker to the
 * next up/down marker or the end of the file. A section is returned as the text from its first line to its last
 * with every line that belongs elsewhere blanked, so line numbers stay those of the file however the sections
 * interleave.
 */
export function splitSingleFile(text: string, path: string, options: SplitOptions = {}): SplitFile {
  const lines = text.split('\n');
  const allowed = options.styles;
  const found: Found[] = [];
  lines.forEach((line, index) => {
    const m = matchMarker(line);
    if (m && (!allowed || allowed.includes(m.style))) found.push({ ...m, index });
  });
  const sections = found.filter((m) => m.role === 'up' || m.role === 'down');
  const ups = sections.filter((m) => m.role === 'up');
  const downs = sections.filter((m) => m.role === 'down');
  const errors: LockstepError[] = found.flatMap((m) => (m.problem ? [badOption(m, path)] : []));
  if (options.repeatedSections !== 'join') errors.push(...repeated(ups, path, 'up'), ...repeated(downs, path, 'down'));
  const asked = found.find((m) => m.noTransaction);
  const markerNoTransaction = asked ? `${lines[asked.index]?.trim()} (line ${asked.index + 1})` : undefined;
  const insists = ups.find((m) => m.inTransaction === true);
  const markerInTransactionLine = insists ? insists.index + 1 : undefined;
  const first = sections[0];
  if (options.withoutMarkers === 'all-up' && ups.length === 0) {
    const end = downs[0]?.index ?? lines.length;
    const up = { sql: lines.slice(0, end).join('\n'), startLine: 1, markerLine: 1 };
    return { style: first?.style, up, down: collect(lines, sections, 'down'), directiveComments: leadingComments(up.sql, 1), markerNoTransaction, errors };
  }
  if (!first) return { style: undefined, up: undefined, down: undefined, directiveComments: [], markerNoTransaction, errors };
  // Without an up marker, SQL above the down marker is the up section missing its marker: one problem, reported by the caller.
  if (ups.length > 0 && options.textBeforeMarkers !== 'ignore') errors.push(...sqlBeforeMarkers(lines, first.index, path));
  const up = collect(lines, sections, 'up');
  const header = leadingComments(lines.slice(0, first.index).join('\n'), 1);
  const afterUp = up ? leadingComments(up.sql, up.startLine) : [];
  return { style: first.style, up, down: collect(lines, sections, 'down'), directiveComments: [...header, ...afterUp], markerNoTransaction, markerInTransactionLine, errors };
}

/** The lines of every section of one direction, other lines blanked; undefined when there is no such marker. */
function collect(lines: readonly string[], sections: readonly Found[], role: 'up' | 'down'): MarkedSection | undefined {
  const own = sections.filter((m) => m.role === role);
  const firstMarker = own[0];
  if (!firstMarker) return undefined;
  const keep = new Set<number>();
  sections.forEach((marker, i) => {
    if (marker.role !== role) return;
    const end = sections[i + 1]?.index ?? lines.length;
    for (let l = marker.index + 1; l < end; l++) keep.add(l);
  });
  const from = firstMarker.index + 1;
  const lastMarker = own[own.length - 1] as Found;
  const to = sections[sections.indexOf(lastMarker) + 1]?.index ?? lines.length;
  const text = lines.slice(from, to).map((line, i) => (keep.has(from + i) ? line : '')).join('\n');
  return { sql: text, startLine: from + 1, markerLine: firstMarker.index + 1 };
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

function badOption(m: Found, path: string): LockstepError {
  const line = m.index + 1;
  return new LockstepError('LOCKSTEP_E_BAD_MARKERS', `${m.problem ?? 'invalid marker option'} in ${path} (line ${line})`, {
    hint: m.style === 'dbmate'
      ? 'dbmate takes `transaction:true` or `transaction:false` after `-- migrate:up` / `-- migrate:down`; anything else is a typo that would change how the migration runs.'
      : 'Write the marker exactly as its tool documents it (docs/migration-files.md).',
    location: { file: path, line },
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
