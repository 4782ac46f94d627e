/**
 * A section longer than the parser's window (a quarter of a Mi characters) is parsed a window at a time, to bound the parser's
 * memory: the statements, their text and positions must be exactly those of parsing each statement on its own,
 * whatever a window boundary falls into (a function body, a comment or a string holding ";\n", a long statement).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, parseSection, type ParsedStatement } from '../../src/sql/index.js';

beforeAll(() => initParser());

const PIECES = [
  "INSERT INTO t (id, name) VALUES (1, 'a;\nb'), (2, 'café ☕');",
  'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\n  RETURN 2;\nEND;\n$$;',
  '/* a comment;\n with a semicolon at a line end;\n */ UPDATE t SET name = \'x\' WHERE id = 1;',
  'CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;',
  'SELECT 1; SELECT 2;',
  '-- a line comment;\nALTER TABLE t ADD COLUMN c int;',
];

/** Pieces joined one per line, many times over, with what each statement must be (parsed alone, moved to its line). */
function bigSection(minChars: number, longStatementChars = 0): { sql: string; expected: Array<Pick<ParsedStatement, 'kind' | 'sql' | 'line' | 'column' | 'endLine'>> } {
  const parts: string[] = [];
  const expected: Array<Pick<ParsedStatement, 'kind' | 'sql' | 'line' | 'column' | 'endLine'>> = [];
  let line = 1;
  let chars = 0;
  const add = (piece: string): void => {
    for (const s of parseSection({ sql: piece, path: 'p.sql', startLine: line })) expected.push({ kind: s.kind, sql: s.sql, line: s.line, column: s.column, endLine: s.endLine });
    parts.push(piece);
    line += piece.split('\n').length;
    chars += piece.length + 1;
  };
  for (let i = 0; chars < minChars; i++) {
    add(PIECES[i % PIECES.length] ?? '');
    if (longStatementChars > 0 && i === 50) add(`INSERT INTO t (name) VALUES ${Array.from({ length: Math.ceil(longStatementChars / 8) }, (_, k) => `('v${k % 1000}')`).join(',\n')};`);
  }
  return { sql: parts.join('\n'), expected };
}

const shape = (s: ParsedStatement): Pick<ParsedStatement, 'kind' | 'sql' | 'line' | 'column' | 'endLine'> => ({ kind: s.kind, sql: s.sql, line: s.line, column: s.column, endLine: s.endLine });

describe('parseSection on a section longer than one window', () => {
  it('gives every statement, in order, with the text and position it has on its own', () => {
    const { sql, expected } = bigSection(3.2 * 2 ** 20);
    expect(sql.length).toBeGreaterThan(3 * 2 ** 20);
    const got = parseSection({ sql, path: 'big.sql', startLine: 1 });
    expect(got.length).toBe(expected.length);
    expect(got.map(shape)).toEqual(expected);
  });

  it('a statement longer than the window is read whole', () => {
    const { sql, expected } = bigSection(1.5 * 2 ** 20, 1.2 * 2 ** 20);
    const got = parseSection({ sql, path: 'big.sql', startLine: 3 });
    expect(got.map(shape)).toEqual(expected.map((e) => ({ ...e, line: e.line + 2, endLine: e.endLine + 2 })));
    expect(got.some((s) => s.sql.length > 2 ** 20)).toBe(true);
  });

  it('a syntax error far into the section is reported at its own line and column', () => {
    const { sql } = bigSection(2.5 * 2 ** 20);
    const lines = sql.split('\n').length;
    const bad = `${sql}\nSELECT 1;\n  SELEC 2;\nSELECT 3;\n`;
    expect(() => parseSection({ sql: bad, path: 'big.sql', startLine: 1 })).toThrow(expect.objectContaining({
      code: 'LOCKSTEP_E_SQL_SYNTAX',
      location: { file: 'big.sql', line: lines + 2, column: 3 },
    }));
  });
});

describe('syntax error positions after characters of several bytes', () => {
  it('counts characters as PostgreSQL does (its cursor is in characters, not bytes)', () => {
    for (const before of ["'e'", "'é'", "'☕☕'", "'😀 x'"]) {
      const sql = `SELECT ${before};\n  SELEC 2;`;
      expect(() => parseSection({ sql, path: 'u.sql', startLine: 1 }), before).toThrow(expect.objectContaining({ location: { file: 'u.sql', line: 2, column: 3 } }));
    }
  });
});
