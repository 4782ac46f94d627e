/**
 * Mixed-case and reserved-word identifiers: --fix and the help texts write them back quoted, so the rewritten
 * migrations (and SQL copied from a help text) run on PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintSql, runLint } from '../../src/lint/index.js';
import { QUOTED_KEYWORDS, quoteIdent, quoteQualified } from '../../src/lint/quote-ident.js';
import { initParser } from '../../src/sql/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  await initParser();
  db = await createTestDatabase('fix_identifiers');
});
afterAll(async () => {
  await db.drop();
});

describe('quoteIdent', () => {
  it('quotes only what needs it', () => {
    expect(['users', 'user_id', '_x', 'a$1', 'name', 'type'].map(quoteIdent)).toEqual(['users', 'user_id', '_x', 'a$1', 'name', 'type']);
    expect(['Users', 'Email', 'org.id', '1st', 'a b', 'a"b', 'user', 'order', 'group', 'table', 'select', ''].map(quoteIdent)).toEqual([
      '"Users"',
      '"Email"',
      '"org.id"',
      '"1st"',
      '"a b"',
      '"a""b"',
      '"user"',
      '"order"',
      '"group"',
      '"table"',
      '"select"',
      '""',
    ]);
    expect(quoteQualified('app.Users')).toBe('app."Users"');
    expect(quoteQualified('public.order')).toBe('public."order"');
  });

  it("leaves none of the server's reserved keywords unquoted, and each quoted one is a valid name", async () => {
    const c = await db.client();
    const { rows } = await c.query<{ word: string }>("SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T') ORDER BY word");
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.map((r) => r.word).filter((w) => !QUOTED_KEYWORDS.has(w))).toEqual([]);
    // Every listed keyword works as a table and column name once quoted; an unreserved one works bare.
    const cols = [...QUOTED_KEYWORDS].map((w) => `${quoteIdent(w)} int`).join(', ');
    await c.query(`CREATE TABLE ${quoteIdent('user')} (${cols}, name int, type int)`);
    await c.query(`DROP TABLE ${quoteIdent('user')}`);
  });
});

describe('help texts quote identifiers', () => {
  it('SET NOT NULL and foreign-key-without-index help on app."Users" is SQL that runs', async () => {
    const sql = [
      'ALTER TABLE app."Users" ALTER COLUMN "Email" SET NOT NULL;',
      'ALTER TABLE app."Users" ADD CONSTRAINT "Users_org_fk" FOREIGN KEY ("org.id") REFERENCES app.orgs (id) NOT VALID;',
    ].join('\n');
    const findings = lintSql(sql, 'm.sql', { runnerSetsTimeouts: true }).findings;
    const help = (rule: string): string => findings.find((f) => f.rule === rule)?.help ?? '';
    expect(help('setting-column-not-null')).toContain('ALTER TABLE app."Users" ADD CONSTRAINT "Email_not_null" CHECK ("Email" IS NOT NULL) NOT VALID;');
    expect(help('foreign-key-without-index')).toContain('CREATE INDEX CONCURRENTLY ON app."Users" ("org.id")');
    const c = await db.client();
    await c.query('CREATE SCHEMA app; CREATE TABLE app."Users" (id int, "Email" text, "org.id" int)');
    await c.query(/ALTER TABLE .*? NOT VALID/.exec(help('setting-column-not-null'))?.[0] ?? 'fail');
    await c.query(/CREATE INDEX CONCURRENTLY ON .*?\)/.exec(help('foreign-key-without-index'))?.[0] ?? 'fail');
    await c.query('DROP SCHEMA app CASCADE');
  });
});

describe('--fix with quoted mixed-case identifiers', () => {
  let p: TempProject;
  afterAll(() => p.cleanup());

  it('rewrites every finding of the file, and the result lints clean and runs up and down on PostgreSQL', async () => {
    p = tempProject({
      '001_base.sql': sqlMigration(
        'CREATE SCHEMA app;\nCREATE TABLE app."Users" (id bigint PRIMARY KEY, "Email" text, "order" int);\nCREATE TABLE app."Orders" (id bigint PRIMARY KEY, "UserId" bigint, "Amount" int);',
        'DROP SCHEMA app CASCADE;',
      ),
      '002_constraints.sql': sqlMigration(
        [
          "SET lock_timeout = '2s';",
          "SET statement_timeout = '5min';",
          'ALTER TABLE app."Users" ALTER COLUMN "Email" SET NOT NULL;',
          'ALTER TABLE app."Orders" ADD FOREIGN KEY ("UserId") REFERENCES app."Users" (id);',
          'ALTER TABLE app."Orders" ADD CHECK ("Amount" > 0);',
          'CREATE INDEX ON app."Users" ("order");',
        ].join('\n'),
        [
          'DROP INDEX app."Users_order_idx";',
          'ALTER TABLE app."Orders" DROP CONSTRAINT "Orders_Amount_check";',
          'ALTER TABLE app."Orders" DROP CONSTRAINT "Orders_UserId_fkey";',
          'ALTER TABLE app."Users" ALTER COLUMN "Email" DROP NOT NULL;',
        ].join('\n'),
      ),
    });
    const run = await runLint({ paths: ['migrations'], cwd: p.root, options: {}, fix: true, writeFixes: true });
    expect(run.fixes?.notes).toEqual([]);
    expect(run.fixes?.files.map((f) => f.path).sort()).toEqual([
      'migrations/002_1_constraints_set_email_not_null.sql',
      'migrations/002_2_constraints_validate_orders_userid_fkey.sql',
      'migrations/002_3_constraints_validate_orders_amount_check.sql',
      'migrations/002_4_constraints_users_order_idx_concurrently.sql',
      'migrations/002_constraints.sql',
    ]);
    const fixed = readFileSync(join(p.dir, '002_constraints.sql'), 'utf8');
    expect(fixed).toContain('ALTER TABLE app."Users" ADD CONSTRAINT "Users_Email_not_null" CHECK ("Email" IS NOT NULL) NOT VALID;');
    expect(fixed).toContain('ALTER TABLE app."Orders" ADD CONSTRAINT "Orders_UserId_fkey" FOREIGN KEY ("UserId") REFERENCES app."Users" (id) NOT VALID;');
    expect(readFileSync(join(p.dir, '002_4_constraints_users_order_idx_concurrently.sql'), 'utf8')).toContain(
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS "Users_order_idx" ON app."Users" ("order");',
    );

    const after = await runLint({ paths: ['migrations'], cwd: p.root, options: {} });
    const fixable = ['require-concurrent-index', 'constraint-missing-not-valid', 'validate-constraint-same-transaction', 'setting-column-not-null', 'require-lock-timeout', 'require-statement-timeout'];
    expect(after.findings.filter((f) => fixable.includes(f.rule))).toEqual([]);

    const up = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
    expect(up.code, up.stdout + up.stderr).toBe(0);
    const c = await db.client();
    const col = await c.query("SELECT is_nullable FROM information_schema.columns WHERE table_schema = 'app' AND table_name = 'Users' AND column_name = 'Email'");
    expect(col.rows).toEqual([{ is_nullable: 'NO' }]);
    const cons = await c.query("SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 'app.\"Orders\"'::regclass AND contype IN ('c', 'f') ORDER BY conname");
    expect(cons.rows).toEqual([
      { conname: 'Orders_Amount_check', convalidated: true },
      { conname: 'Orders_UserId_fkey', convalidated: true },
    ]);
    const idx = await c.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'app' AND indexname = 'Users_order_idx'");
    expect(idx.rows).toHaveLength(1);

    const down = await runCli(['down', '--dir', p.dir, '--url', db.url, '--to', '001'], { cwd: p.root });
    expect(down.code, down.stdout + down.stderr).toBe(0);
    const left = await c.query("SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'app.\"Orders\"'::regclass AND contype IN ('c', 'f')");
    expect(left.rows).toEqual([{ n: 0 }]);
  }, 60_000);
});
