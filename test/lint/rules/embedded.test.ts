/** SQL inside DO blocks and function bodies is linted as if it stood at top level (src/sql/embedded-sql.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintSql } from '../../../src/lint/index.js';
import { constantString, embeddedSql, initParser, parseSql } from '../../../src/sql/index.js';
import { describeRule } from '../helpers.js';

beforeAll(() => initParser());

const found = (sql: string, options = {}): string[] =>
  lintSql(sql, 'm.sql', { runnerSetsTimeouts: true, ...options }).findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.severity}`);

describeRule('dynamic-sql', {
  bad: [
    "DO $$ BEGIN EXECUTE format('ALTER TABLE %I ADD COLUMN tenant_id bigint', 'orders'); END $$;",
    "DO $$\nDECLARE t text;\nBEGIN\n  FOR t IN SELECT tablename FROM pg_tables LOOP\n    EXECUTE 'ALTER TABLE ' || t || ' ADD COLUMN x int';\n    EXECUTE 'VACUUM ' || t;\n  END LOOP;\nEND $$;",
    // A function body: reported (as info when the migration does not call it).
    "CREATE FUNCTION add_partition(d date) RETURNS void LANGUAGE plpgsql AS $f$ BEGIN EXECUTE format('CREATE TABLE events_%s PARTITION OF events FOR VALUES FROM (%L) TO (%L)', to_char(d, 'YYYYMMDD'), d, d + 1); END $f$;",
    "DO $$ DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT ' || quote_literal(now()) LOOP END LOOP; END $$;",
  ],
  good: [
    // Constant strings are read.
    "DO $$ BEGIN EXECUTE 'ALTER TABLE orders ADD COLUMN note text'; END $$;",
    "DO $$ BEGIN EXECUTE 'ALTER TABLE orders ' || 'ADD COLUMN note text'; END $$;",
    'DO $$ BEGIN ALTER TABLE orders ADD COLUMN note text; END $$;',
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
    "DO LANGUAGE plpython3u $$ plpy.execute('DROP TABLE x') $$;",
  ],
});

describe('SQL inside DO blocks', () => {
  it('lints DDL and EXECUTE of a constant string at their own lines and columns', () => {
    const sql = "SELECT 1;\nDO $$\nBEGIN\n  CREATE INDEX orders_total_idx ON orders (total);\n  EXECUTE 'ALTER TABLE orders ALTER COLUMN total SET NOT NULL';\nEND $$;";
    expect(found(sql)).toEqual(['4:3 require-concurrent-index error', '5:12 setting-column-not-null error']);
    const f = lintSql(sql, 'm.sql', { runnerSetsTimeouts: true }).findings[0];
    expect(f?.message).toMatch(/^In a DO block: CREATE INDEX on "orders" without CONCURRENTLY/);
  });

  it('runs the whole block in one transaction, even in autocommit', () => {
    // Each statement on its own: no finding. The same two inside one DO block: the backfill holds the ADD COLUMN's lock.
    const two = "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;";
    expect(found(two, { execution: 'autocommit' }).filter((f) => f.includes('backfill-in-schema-transaction'))).toEqual([]);
    expect(found(`DO $$ BEGIN\n${two}\nEND $$;`, { execution: 'autocommit' })).toContain('3:1 backfill-in-schema-transaction warning');
    // CONCURRENTLY cannot run inside a DO block (PostgreSQL: "cannot be executed from a function").
    expect(found("DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY i ON t (a)'; END $$;", { execution: 'autocommit' })).toContain('1:22 non-transactional-statement-in-transaction error');
  });

  it('is suppressed by a comment before the DO statement', () => {
    const sql = '-- lockstep-ignore require-concurrent-index: orders is empty in every environment\nDO $$ BEGIN CREATE INDEX i ON orders (a); END $$;';
    expect(found(sql)).toEqual([]);
    expect(lintSql(sql, 'm.sql', { runnerSetsTimeouts: true }).unusedIgnores).toEqual([]);
  });

  it('exempts objects the migration created before the block', () => {
    expect(found('CREATE TABLE t (a bigint PRIMARY KEY);\nDO $$ BEGIN CREATE INDEX i ON t (a); END $$;')).toEqual([]);
  });
});

describe('SQL inside function bodies', () => {
  const create = 'CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $f$\nBEGIN\n  DELETE FROM sessions;\nEND $f$;';

  it('reports a body the migration does not call as info: it runs when called', () => {
    expect(found(create)).toEqual(['3:3 delete-without-where info']);
    expect(lintSql(create, 'm.sql', { runnerSetsTimeouts: true }).findings[0]?.message).toMatch(/^In purge\(\), when it is called \(this migration does not call it\): /);
  });

  it('judges the body where the migration calls it, with its full severity', () => {
    expect(found(`${create}\nSELECT purge();`)).toEqual(['3:3 delete-without-where warning']);
    const proc = "CREATE PROCEDURE backfill() LANGUAGE sql AS $p$ UPDATE users SET plan = 'free' $p$;\nCALL backfill();";
    expect(found(proc)).toEqual(['1:49 update-without-where warning']);
  });

  it('does not let an uncalled body hold locks in the migration\'s transaction', () => {
    const sql = 'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$ BEGIN ALTER TABLE a DROP COLUMN x; END $f$;\nUPDATE b SET y = 1 WHERE id = 2;';
    expect(found(sql).filter((f) => f.includes('statements-after-access-exclusive'))).toEqual([]);
  });
});

describe('embeddedSql', () => {
  it('reads constant expressions and nothing computed', () => {
    expect(constantString("'a' || 'b'")).toBe('ab');
    expect(constantString("'a'::text")).toBe('a');
    expect(constantString("'a' || t")).toBeUndefined();
    expect(constantString("format('%I', t)")).toBeUndefined();
  });

  it('leaves other statements, other languages and bodies that do not parse alone', () => {
    const section = (sql: string) => ({ sql, path: 'm.sql', startLine: 1 });
    const first = (sql: string) => embeddedSql(parseSql(sql)[0]!, section(sql));
    expect(first('SELECT 1')).toBeUndefined();
    expect(first("CREATE FUNCTION f() RETURNS int LANGUAGE c AS 'lib', 'f'")).toBeUndefined();
    expect(first('DO $$ BEGIN this is not plpgsql; END $$')).toBeUndefined();
    expect(first("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1; SELECT 2'")?.statements.map((s) => s.sql)).toEqual(['SELECT 1', 'SELECT 2']);
  });
});

describeRule('do-block-always-fails', {
  bad: [
    "DO $$ BEGIN RAISE EXCEPTION 'run the backfill by hand first'; END $$;",
    "DO $$ BEGIN RAISE 'not yet'; END $$;",
    "DO $$ BEGIN RAISE NOTICE 'starting'; BEGIN RAISE EXCEPTION USING MESSAGE = 'stop'; END; END $$;",
    "DO LANGUAGE plpgsql $do$ DECLARE n int; BEGIN IF n > 0 THEN RAISE NOTICE 'x'; END IF; RAISE SQLSTATE 'P0001'; END $do$;",
  ],
  good: [
    "DO $$ BEGIN IF EXISTS (SELECT 1 FROM users WHERE email IS NULL) THEN RAISE EXCEPTION 'backfill first'; END IF; END $$;",
    "DO $$ BEGIN RAISE NOTICE 'only a notice'; END $$;",
    "DO $$ BEGIN RAISE EXCEPTION 'caught'; EXCEPTION WHEN others THEN RAISE NOTICE 'ignored'; END $$;",
    "DO $$ BEGIN IF true THEN RETURN; END IF; RAISE EXCEPTION 'after a return'; END $$;",
    // A function body runs only when called.
    "CREATE FUNCTION stop() RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'stop'; END $$;",
  ],
});
