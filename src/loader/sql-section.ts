import type { LockstepError } from '../core/errors.js';
import type { SqlSection } from '../core/types.js';
import { explicitStatements } from './explicit-statements.js';

/** SQL text with the file line it begins on. */
export interface RawSection {
  readonly sql: string;
  readonly startLine: number;
}

/** Builds a SqlSection, collecting marker problems (unbalanced StatementBegin/End) into `errors`. */
export function sqlSection(path: string, raw: RawSection, errors: LockstepError[]): SqlSection {
  const explicit = explicitStatements(raw.sql, raw.startLine, path);
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
 * True when the text has nothing but whitespace, comments and semicolons. Comments are removed
 * without regard to string literals: that can only make text look *less* empty, never more.
 */
export function isBlankSql(sql: string): boolean {
  return stripComments(sql).replace(/[\s;]/g, '') === '';
}

/** Removes `--` line comments and (nestable, as in PostgreSQL) block comments. */
function stripComments(sql: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    if (sql.startsWith('/*', i)) {
      depth++;
      i++;
    } else if (depth > 0 && sql.startsWith('*/', i)) {
      depth--;
      i++;
    } else if (depth === 0 && sql.startsWith('--', i)) {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? sql.length : eol - 1;
    } else if (depth === 0) {
      out += sql[i];
    }
  }
  return out;
}
