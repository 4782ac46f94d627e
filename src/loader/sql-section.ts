import type { LockstepError } from '../core/errors.js';
import type { SqlSection } from '../core/types.js';
import { breakpointStatements, explicitStatements } from './explicit-statements.js';

/**
 * How a file delimits its statements itself, if it does: goose/sql-migrate StatementBegin/End markers, drizzle's
 * `--> statement-breakpoint` lines. Otherwise the PostgreSQL parser splits the SQL.
 */
export type StatementDelimiters = 'markers' | 'breakpoints';

/** SQL text with the file line it begins on. */
export interface RawSection {
  readonly sql: string;
  readonly startLine: number;
}

/** Builds a SqlSection, collecting marker problems (unbalanced StatementBegin/End) into `errors`. */
export function sqlSection(path: string, raw: RawSection, errors: LockstepError[], delimiters: StatementDelimiters = 'markers'): SqlSection {
  const explicit = delimiters === 'breakpoints' ? breakpointStatements(raw.sql, raw.startLine) : explicitStatements(raw.sql, raw.startLine, path);
  errors.push(...explicit.errors);
  return {
    kind: 'sql',
    path,
    sql: raw.sql,
    startLine: raw.startLine,
    ...(explicit.statements ? { explicitStatements: explicit.statements } : {}),
  };
}

/**
 * True when the text has nothing but whitespace, comments and semicolons. Comments are skipped without
 * regard to string literals: that can only make text look *less* empty, never more. Block comments nest,
 * as in PostgreSQL. Stops at the first character of code, so a real section costs a few comparisons.
 */
export function isBlankSql(sql: string): boolean {
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    const next = sql.charCodeAt(i + 1);
    if (c === SLASH && next === STAR) {
      depth++;
      i++;
    } else if (depth > 0) {
      if (c === STAR && next === SLASH) {
        depth--;
        i++;
      }
    } else if (c === DASH && next === DASH) {
      const eol = sql.indexOf('\n', i);
      if (eol === -1) return true;
      i = eol;
    } else if (c !== SEMICOLON && !(c < 128 ? ASCII_SPACE.has(c) : /\s/.test(sql[i] ?? ''))) {
      return false;
    }
  }
  return true;
}

const SLASH = 0x2f;
const STAR = 0x2a;
const DASH = 0x2d;
const SEMICOLON = 0x3b;
/** The ASCII characters \s matches; other characters are asked of \s itself. */
const ASCII_SPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
