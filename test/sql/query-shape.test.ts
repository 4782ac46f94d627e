/** Another session's query as Lockstep shows and records it: constants replaced, read with the server's scanner. */
import { beforeAll, expect, it } from 'vitest';
import { initParser } from '../../src/sql/index.js';
import { queryShape, WITHHELD } from '../../src/sql/query-shape.js';

beforeAll(async () => {
  await initParser();
});

it('replaces every kind of constant, numbered after the parameters the text has', () => {
  expect(queryShape("update users set email = 'a@b.example', score = 1.5e3, flags = B'101', raw = X'1F', n = 42 where id = $1"))
    .toBe('update users set email = $2, score = $3, flags = $4, raw = $5, n = $6 where id = $1');
  expect(queryShape("select E'it\\'s', U&'d\\0061t', $$secret$$, $tag$also$tag$, 0x1F"))
    .toBe('select $1, $2, $3, $4, $5');
});

it('keeps names, keywords and comments; collapses whitespace', () => {
  expect(queryShape('/* job:nightly */ SELECT  count(*)\n  FROM "Accounts"   WHERE "note" IS NULL AND active'))
    .toBe('/* job:nightly */ SELECT count(*) FROM "Accounts" WHERE "note" IS NULL AND active');
});

it('reads positions as bytes, so text after multi-byte characters stays whole', () => {
  expect(queryShape("select 'Zoë ünïcode' as naïve, 'x' from tëst")).toBe('select $1 as naïve, $2 from tëst');
});

it('a text cut inside a literal (pg_stat_activity cuts long queries) is shortened before it and ends with …', () => {
  expect(queryShape("insert into cards values (1, '4242 4242 42")).toBe('insert into cards values ($1, …');
  expect(queryShape("select 'a', $$ begin raise 'x'; raise 'y")).toBe('select $1, …');
  expect(queryShape('select * from "unterminated')).toBe('select * from …');
  expect(queryShape('select 1 /* open comment')).toBe('select $1 …');
});

it('withholds a text none of whose prefixes scans, and is empty for an empty one', () => {
  expect(queryShape('')).toBe('');
  expect(queryShape("'4242 4242 4242")).toBe(WITHHELD);
  expect(WITHHELD).toMatch(/withheld/);
});
