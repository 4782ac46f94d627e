/** --fix: every rewrite loads, parses and lints clean, and the fixed migrations apply on a real server. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLint } from '../../src/lint/index.js';
import { loadMigrations } from '../../src/loader/index.js';
import { formatLint } from '../../src/report/lint/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let dir: string;
let tdb: TestDatabase;

const write = (rel: string, text: string): void => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
const read = (rel: string): string => readFileSync(join(dir, rel), 'utf8');

beforeAll(async () => {
  tdb = await createTestDatabase('lintfix');
  dir = mkdtempSync(join(tmpdir(), 'lockstep-fix-test-'));
  write('m/0001_base.sql', '-- UP\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE payments (id bigint PRIMARY KEY, user_id bigint, amount int);\n-- DOWN\nDROP TABLE payments;\nDROP TABLE users;\n');
  write(
    'm/0002_payments.sql',
    [
      '-- UP',
      "SET lock_timeout = '2s';",
      "SET statement_timeout = '5min';",
      'ALTER TABLE payments ADD COLUMN note text;',
      'CREATE INDEX payments_user_idx ON payments (user_id);',
      'ALTER TABLE payments ADD FOREIGN KEY (user_id) REFERENCES users (id);',
      'ALTER TABLE payments ADD CONSTRAINT amount_positive CHECK (amount > 0);',
      'ALTER TABLE payments ALTER COLUMN user_id SET NOT NULL;',
      '-- DOWN',
      'ALTER TABLE payments ALTER COLUMN user_id DROP NOT NULL;',
      'ALTER TABLE payments DROP CONSTRAINT amount_positive;',
      'ALTER TABLE payments DROP CONSTRAINT payments_user_id_fkey;',
      'DROP INDEX payments_user_idx;',
      'ALTER TABLE payments DROP COLUMN note;',
      '',
    ].join('\n'),
  );
  write('m/0003_index_only.up.sql', 'CREATE INDEX users_email_idx ON users (email);\n');
  write('m/0003_index_only.down.sql', 'DROP INDEX users_email_idx;\n');
  write('m/0004_no_timeout.sql', '-- UP\nALTER TABLE users ADD COLUMN nickname text;\n-- DOWN\nALTER TABLE users DROP COLUMN nickname;\n');
});

afterAll(async () => {
  await tdb.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('lockstep lint --fix', () => {
  it('proposes a diff without writing unless asked', async () => {
    const run = await runLint({ paths: ['m'], cwd: dir, options: {}, fix: true });
    expect(run.fixes?.written).toBe(false);
    expect(run.fixes?.notes).toEqual([]);
    expect(run.fixes?.files.map((f) => f.path).sort()).toEqual([
      'm/0002_1_payments_payments_user_idx_concurrently.sql',
      'm/0002_2_payments_validate_payments_user_id_fkey.sql',
      'm/0002_3_payments_validate_amount_positive.sql',
      'm/0002_4_payments_set_user_id_not_null.sql',
      'm/0002_payments.sql',
      'm/0003_index_only.up.sql',
      'm/0004_no_timeout.sql',
    ]);
    expect(read('m/0002_payments.sql')).toContain('CREATE INDEX payments_user_idx ON payments (user_id);');
    expect(run.fixes?.diff).toMatchSnapshot();
  });

  it('writes the files; the result loads and lints without the fixed findings', async () => {
    const before = await runLint({ paths: ['m'], cwd: dir, options: {} });
    const fixable = ['require-concurrent-index', 'constraint-missing-not-valid', 'setting-column-not-null', 'require-lock-timeout', 'require-statement-timeout'];
    expect(before.findings.filter((f) => fixable.includes(f.rule)).length).toBeGreaterThan(0);
    const run = await runLint({ paths: ['m'], cwd: dir, options: {}, fix: true, writeFixes: true });
    expect(run.fixes?.written).toBe(true);
    const after = await runLint({ paths: ['m'], cwd: dir, options: {} });
    expect(after.findings.filter((f) => fixable.includes(f.rule) || f.rule === 'validate-constraint-same-transaction')).toEqual([]);
    expect(read('m/0003_index_only.up.sql')).toBe(
      '-- lockstep:lock-timeout 5s\n-- lockstep:no-transaction\n-- lockstep:statement-timeout 15m\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);\n',
    );
    expect(read('m/0004_no_timeout.sql').startsWith('-- lockstep:lock-timeout 5s\n-- UP\n')).toBe(true);
    const migrations = await loadMigrations('m', { cwd: dir });
    expect(migrations.map((x) => x.version)).toEqual(['0001', '0002', '0002_1', '0002_2', '0002_3', '0002_4', '0003', '0004']);
    expect(formatLint('human', run)).toContain('+++ b/m/0002_4_payments_set_user_id_not_null.sql');
  });

  it('the fixed migrations apply and roll back on PostgreSQL in order', async () => {
    const migrations = await loadMigrations('m', { cwd: dir });
    const client = new pg.Client({ connectionString: tdb.url });
    await client.connect();
    try {
      for (const m of migrations) {
        if (m.up.kind !== 'sql') continue;
        if (m.directives.noTransaction) await client.query(m.up.sql);
        else await client.query(`BEGIN;\n${m.up.sql}\nCOMMIT;`);
      }
      const col = await client.query("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'payments' AND column_name = 'user_id'");
      expect(col.rows[0]).toEqual({ is_nullable: 'NO' });
      const cons = await client.query("SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 'payments'::regclass AND contype IN ('c', 'f') ORDER BY conname");
      expect(cons.rows).toEqual([
        { conname: 'amount_positive', convalidated: true },
        { conname: 'payments_user_id_fkey', convalidated: true },
      ]);
      for (const m of [...migrations].reverse()) {
        if (m.down?.kind !== 'sql') continue;
        await client.query(m.directives.noTransaction ? m.down.sql : `BEGIN;\n${m.down.sql}\nCOMMIT;`);
      }
      const left = await client.query("SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('users', 'payments')");
      expect(left.rows[0]).toEqual({ n: 0 });
    } finally {
      await client.end();
    }
  });

  it('leaves a free-standing file alone where a new migration would be needed, and says so', async () => {
    write('loose/notes.sql', "SET lock_timeout = '1s';\nSET statement_timeout = '1min';\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);\n");
    const run = await runLint({ paths: ['loose/notes.sql'], cwd: dir, options: {}, fix: true });
    expect(run.fixes?.files).toEqual([]);
    expect(run.fixes?.notes).toEqual(['loose/notes.sql:3: constraint-missing-not-valid has no mechanical fix here (the file is not in a migrations directory, so no migration can be added)']);
    expect(readdirSync(join(dir, 'loose'))).toEqual(['notes.sql']);
  });
});
