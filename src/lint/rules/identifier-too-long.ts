import { eachStatement, q } from '../rule-kit.js';
import type { Report, Rule } from '../types.js';

/**
 * PostgreSQL truncates identifiers to NAMEDATALEN - 1 = 63 bytes with only a NOTICE
 * (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS). The parser has
 * already truncated them in the AST, so the statement text is scanned, with literals and comments removed.
 */
const LITERALS = /'(?:[^']|'')*'|\$([A-Za-z_]*)\$[\s\S]*?\$\1\$|--[^\n]*|\/\*[\s\S]*?\*\//g;
const IDENTIFIERS = /"((?:[^"]|"")+)"|\b([A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*)/g;

/** [A-Za-z0-9_$] or any non-ASCII UTF-16 unit: the characters IDENTIFIERS can match in a bare name. */
function isNameUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 0x80;
}

/**
 * Whether the statement may hold a name over 63 bytes: a quoted identifier, or a run of name characters whose
 * UTF-8 length (counted high: 3 bytes for any unit from U+0800, surrogates included) exceeds 63. A bare name is
 * always part of such a run, so statements without one skip the full scan; most statements have none.
 */
function mayHaveLongName(sql: string): boolean {
  let bytes = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    if (c === 34) return true;
    bytes = isNameUnit(c) ? bytes + (c < 0x80 ? 1 : c < 0x800 ? 2 : 3) : 0;
    if (bytes > 63) return true;
  }
  return false;
}

export function longIdentifiers(sql: string): string[] {
  if (!mayHaveLongName(sql)) return [];
  const text = sql.replace(LITERALS, ' ');
  const out = new Set<string>();
  for (const m of text.matchAll(IDENTIFIERS)) {
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '');
    if (Buffer.byteLength(name, 'utf8') > 63) out.add(name);
  }
  return [...out];
}

/**
 * A DROP only names what exists: PostgreSQL truncates the name there as it did when the object was created, so it finds
 * it (checked on PostgreSQL 15, test/lint/rules/server-facts.test.ts). The statement that created it was the one to report.
 */
const NAMES_ONLY = new Set(['DropStmt']);

export const identifierTooLong: Rule = {
  id: 'identifier-too-long',
  defaultSeverity: 'warning',
  description: 'an identifier longer than 63 bytes, which PostgreSQL silently truncates',
  docs: 'docs/rules/identifier-too-long.md',
  lockHazard: false,
  check: eachStatement((s) =>
    NAMES_ONLY.has(s.stmt.kind)
      ? []
      : longIdentifiers(s.stmt.sql).map(
          (name): Report => ({
            statement: s,
            message: `Identifier ${q(name)} is ${Buffer.byteLength(name, 'utf8')} bytes: PostgreSQL stores it truncated to 63 (${q(Buffer.from(name).subarray(0, 63).toString('utf8'))}), so another name with the same first 63 bytes is the same name, and tools that compare names with the catalog see a different one`,
            help: 'Shorten the name to at most 63 bytes.',
          }),
        ),
  ),
};
