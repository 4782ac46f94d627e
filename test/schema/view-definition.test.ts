/** PostgreSQL ≤ 15 prints "t.col" in single-relation views where 16+ prints "col"; both normalise to the latter. */
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseViewDefinition } from '../../src/schema/introspect/view-definition.js';
import { initParser } from '../../src/sql/index.js';

beforeAll(async () => {
  await initParser();
});

describe('normaliseViewDefinition', () => {
  it.each([
    [
      'SELECT payments.user_id,\n    sum(payments.amount) AS total\n   FROM billing.payments\n  GROUP BY payments.user_id;',
      'SELECT user_id,\n    sum(amount) AS total\n   FROM billing.payments\n  GROUP BY user_id;',
    ],
    ['SELECT u.id\n   FROM public.users u\n  WHERE u.name = \'é\'::text;', 'SELECT id\n   FROM public.users u\n  WHERE name = \'é\'::text;'],
    ['SELECT "Odd".id\n   FROM public."Odd";', 'SELECT id\n   FROM public."Odd";'],
    ['SELECT g.x\n   FROM generate_series(1, 3) g(x);', 'SELECT x\n   FROM generate_series(1, 3) g(x);'],
  ])('removes the single relation qualifier: %j', (pg15, pg16) => {
    expect(normaliseViewDefinition(pg15)).toBe(pg16);
    expect(normaliseViewDefinition(pg16)).toBe(pg16);
  });

  it.each([
    'SELECT a.id,\n    b.id AS b_id\n   FROM public.a\n     JOIN public.b ON a.id = b.id;',
    'SELECT a.id\n   FROM public.a, public.b;',
    'SELECT t.id\n   FROM public.t\nUNION\n SELECT s.id\n   FROM public.s;',
  ])('leaves queries over several relations alone: %j', (sql) => {
    expect(normaliseViewDefinition(sql)).toBe(sql);
  });

  it('leaves sub-queries alone, which both versions qualify', () => {
    const pg15 = 'SELECT u.id\n   FROM public.users u\n  WHERE (EXISTS ( SELECT 1\n           FROM public.orders o\n          WHERE o.user_id = u.id));';
    expect(normaliseViewDefinition(pg15)).toBe('SELECT id\n   FROM public.users u\n  WHERE (EXISTS ( SELECT 1\n           FROM public.orders o\n          WHERE o.user_id = u.id));');
  });
});
