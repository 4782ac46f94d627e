/**
 * The rows after the first of a long INSERT … VALUES of constants are dropped from its parsed tree (sql/constant-rows.ts),
 * so a large data migration does not keep a tree per literal; `wholeNode` gives them back. Anything else keeps its tree.
 */
import { beforeAll, expect, it } from 'vitest';
import { bodyOf, initParser, parseSql, relationsOf, wholeNode, type ParsedStatement } from '../../src/sql/index.js';

beforeAll(() => initParser());

const rowsOf = (node: ParsedStatement['node']): number => bodyOf({ node: bodyOf({ node }, 'InsertStmt')?.selectStmt as ParsedStatement['node'] }, 'SelectStmt')?.valuesLists?.length ?? 0;

it('keeps the first row of a VALUES list of literals (cast, negative, NULL, DEFAULT) and says how many it dropped', () => {
  const [stmt] = parseSql("INSERT INTO t (id, at, n, note) VALUES (1, '2020-01-01'::date, -2, NULL), (2, '2021-01-01'::date, 3, DEFAULT), (3, NULL, -4.5, 'x');");
  expect(stmt?.elidedRows).toBe(2);
  expect(rowsOf(stmt!.node)).toBe(1);
  expect(relationsOf(stmt!)).toEqual(['t']);
  const whole = wholeNode(stmt!);
  expect(rowsOf(whole)).toBe(3);
  expect(JSON.stringify(whole)).toContain('"sval":"x"');
});

it('leaves a statement whole when a row computes something (a function, a subquery, a column) or has one row', () => {
  for (const sql of [
    'INSERT INTO t VALUES (1), (now());',
    'INSERT INTO t VALUES (1), ((SELECT max(id) FROM u));',
    "INSERT INTO t VALUES (1, 'a'), (2, 'b' || 'c');",
    'INSERT INTO t VALUES (1);',
    'INSERT INTO t SELECT 1 UNION SELECT 2;',
    "UPDATE t SET a = 1 WHERE id = 2;",
  ]) {
    const [stmt] = parseSql(sql);
    expect(stmt?.elidedRows, sql).toBeUndefined();
    expect(wholeNode(stmt!), sql).toBe(stmt!.node);
  }
  const [sub] = parseSql('INSERT INTO t VALUES (1), ((SELECT max(id) FROM u));');
  expect(relationsOf(sub!).sort()).toEqual(['t', 'u']);
});

it('drops them in a section parsed a window at a time too, with the same statements and positions', () => {
  const line = `INSERT INTO t (id, name) VALUES ${Array.from({ length: 50 }, (_, i) => `(${i}, 'name ${i}')`).join(', ')};`;
  const sql = Array.from({ length: 2000 }, () => line).join('\n'); // about 1.6 Mi characters: several windows
  const stmts = parseSql(sql);
  expect(stmts).toHaveLength(2000);
  expect(stmts.every((s) => s.elidedRows === 49 && rowsOf(s.node) === 1)).toBe(true);
  expect(stmts[1999]).toMatchObject({ line: 2000, column: 1, sql: line.slice(0, -1) });
});
