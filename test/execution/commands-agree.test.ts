/**
 * One execution model for every command (issue 11): for each tricky file, `lint`, `plan`, `up --dry-run` and `up`
 * report the same answer to "how does this migration run", the answer src/execution gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

type Mode = 'transaction' | 'no-transaction' | 'as-written';

interface Tricky {
  readonly name: string;
  /** The folder: a setup migration creating t (and index i on it), then the tricky one, in one tool's format. */
  readonly files: Readonly<Record<string, string>>;
  readonly mode: Mode;
}

const SETUP_SQL = 'CREATE TABLE t (id bigint PRIMARY KEY, a int);\nCREATE INDEX i ON t (a);';
const lockstep = (up: string, header = ''): Record<string, string> => ({
  '001_setup.sql': sqlMigration(SETUP_SQL, 'DROP TABLE t;'),
  '002_tricky.sql': sqlMigration(up, 'SELECT 1;', header),
});

const CASES: readonly Tricky[] = [
  { name: 'a lone CREATE INDEX CONCURRENTLY', files: lockstep('CREATE INDEX CONCURRENTLY t_id_a ON t (id, a);'), mode: 'no-transaction' },
  { name: 'VACUUM', files: lockstep('VACUUM t;'), mode: 'no-transaction' },
  { name: 'REINDEX … CONCURRENTLY', files: lockstep('REINDEX INDEX CONCURRENTLY i;'), mode: 'no-transaction' },
  { name: 'ALTER then CREATE INDEX CONCURRENTLY', files: lockstep('ALTER TABLE t ADD COLUMN b int;\nCREATE INDEX CONCURRENTLY t_b ON t (b);'), mode: 'no-transaction' },
  { name: 'the file\'s own BEGIN … COMMIT, then a concurrent build', files: lockstep('BEGIN;\nALTER TABLE t ADD COLUMN c int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_c ON t (c);'), mode: 'as-written' },
  { name: 'the no-transaction directive', files: lockstep('ALTER TABLE t ADD COLUMN d int;', '-- lockstep:no-transaction\n'), mode: 'no-transaction' },
  { name: 'a plain ALTER', files: lockstep('ALTER TABLE t ADD COLUMN e int;'), mode: 'transaction' },
  { name: 'a DO block that COMMITs', files: lockstep('DO $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;'), mode: 'no-transaction' },
  { name: 'a CALL of a procedure the migration creates, which COMMITs', files: lockstep('CREATE PROCEDURE touch_t() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;\nCALL touch_t();\nDROP PROCEDURE touch_t();'), mode: 'no-transaction' },
  {
    name: 'goose NO TRANSACTION',
    files: {
      '00001_setup.sql': `-- +goose Up\n${SETUP_SQL}\n-- +goose Down\nDROP TABLE t;\n`,
      '00002_tricky.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE t ADD COLUMN f int;\n-- +goose Down\nSELECT 1;\n',
    },
    mode: 'no-transaction',
  },
  {
    name: 'a goose StatementBegin block',
    files: {
      '00001_setup.sql': `-- +goose Up\n${SETUP_SQL}\n-- +goose Down\nDROP TABLE t;\n`,
      '00002_tricky.sql': '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n-- +goose StatementEnd\n-- +goose Down\nDROP FUNCTION f();\n',
    },
    mode: 'transaction',
  },
  {
    name: 'dbmate transaction:false',
    files: {
      '20240101000000_setup.sql': `-- migrate:up\n${SETUP_SQL}\n-- migrate:down\nDROP TABLE t;\n`,
      '20240102000000_tricky.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY t_g ON t (id);\n-- migrate:down\nDROP INDEX t_g;\n',
    },
    mode: 'no-transaction',
  },
  {
    name: 'sql-migrate, a file that COMMITs its tool\'s transaction and BEGINs another for the tool to commit',
    files: {
      '1_setup.sql': `-- +migrate Up\n${SETUP_SQL}\n-- +migrate Down\nDROP TABLE t;\n`,
      '2_tricky.sql': '-- +migrate Up\nALTER TABLE t ADD COLUMN k int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_k ON t (k);\nBEGIN;\n-- +migrate Down\nDROP INDEX t_k;\n',
    },
    mode: 'as-written',
  },
  {
    name: 'diesel run_in_transaction = false',
    files: {
      '2024-01-01-000000_setup/up.sql': SETUP_SQL,
      '2024-01-01-000000_setup/down.sql': 'DROP TABLE t;',
      '2024-01-02-000000_tricky/up.sql': 'ALTER TABLE t ADD COLUMN h int;',
      '2024-01-02-000000_tricky/down.sql': 'ALTER TABLE t DROP COLUMN h;',
      '2024-01-02-000000_tricky/metadata.toml': 'run_in_transaction = false\n',
    },
    mode: 'no-transaction',
  },
];

describe('every command reports the execution src/execution decides', () => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.drop()));
  });
  let shadow: string;
  beforeAll(() => {
    shadow = adminUrl();
  });

  it.each(CASES)('$name', async ({ files, mode }) => {
    const db = await createTestDatabase('agree');
    dbs.push(db);
    const p = tempProject(files);
    const common = ['--dir', p.dir, '--url', db.url];
    try {
      // lint: no finding that says PostgreSQL will refuse the file as Lockstep runs it
      const lint = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
      expect(lint.code, lint.stderr).toBe(0);
      const rules = (JSON.parse(lint.stdout) as Array<{ rule: string }>).map((f) => f.rule);
      expect(rules).not.toContain('non-transactional-statement-in-transaction');
      expect(rules).not.toContain('explicit-transaction-control');
      expect(rules).not.toContain('invalid-migration');

      // plan: the same mode, from the same model
      const plan = await runCli(['plan', ...common, '--shadow-url', shadow, '--json', '--fail-on', 'never'], { cwd: p.root });
      expect(plan.code, plan.stderr).toBe(0);
      const planned = JSON.parse(plan.stdout) as { migrations: Array<{ trace?: { transactional: boolean } | null; verdict: string }> };
      const tricky = planned.migrations.at(-1);
      expect(tricky?.trace?.transactional).toBe(mode === 'transaction');
      expect(tricky?.verdict).not.toBe('blocked');

      // up --dry-run: a transactional migration opens with `begin; set local lock_timeout` (the setup migration is one)
      const dry = await runCli(['up', ...common, '--dry-run', '--no-lint'], { cwd: p.root });
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout.match(/begin; set local lock_timeout/g)?.length).toBe(mode === 'transaction' ? 2 : 1);

      // up: it runs, and its history says how
      const up = await runCli(['up', ...common, '--json'], { cwd: p.root });
      expect(up.code, up.stderr).toBe(0);
      const client = await db.client();
      const event = await client.query<{ details: { transactional?: boolean } }>(
        "select details from lockstep.events where kind = 'apply' order by id desc limit 1",
      );
      expect(event.rows[0]?.details.transactional === false).toBe(mode !== 'transaction');
    } finally {
      p.cleanup();
    }
  }, 120_000);
});

// The rehearsal frames an enclosed file as up does (it opens the tool's transaction before the file and commits the
// one the file leaves open), so the migrations after it are rehearsed in a session in the state up leaves: before,
// the left-open BEGIN made the next migration's rehearsal fail (plan exit 70, "current transaction is aborted").
it('plan rehearses the migrations after an enclosed file, in the state up leaves them', async () => {
  const db = await createTestDatabase('agree_enclosed');
  const p = tempProject({
    '1_setup.sql': `-- +migrate Up\n${SETUP_SQL}\n-- +migrate Down\nDROP TABLE t;\n`,
    '2_enclosed.sql': '-- +migrate Up\nALTER TABLE t ADD COLUMN k int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_k ON t (k);\nBEGIN;\n-- +migrate Down\nDROP INDEX t_k;\n',
    '3_concurrently.sql': '-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY t_a2 ON t (a);\n-- +migrate Down\nDROP INDEX t_a2;\n',
    '4_alter.sql': '-- +migrate Up\nALTER TABLE t ADD COLUMN m int;\n-- +migrate Down\nALTER TABLE t DROP COLUMN m;\n',
  });
  try {
    const plan = await runCli(['plan', '--dir', p.dir, '--url', db.url, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
    expect(plan.code, plan.stderr).toBe(0);
    const planned = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; trace?: { transactional: boolean; error: unknown } | null; verdict: string }> };
    expect(planned.migrations.map((m) => [m.version, m.trace?.error ?? null, m.verdict !== 'blocked'])).toEqual([
      ['1_setup', null, true], ['2_enclosed', null, true], ['3_concurrently', null, true], ['4_alter', null, true],
    ]);
    expect(planned.migrations.map((m) => m.trace?.transactional)).toEqual([true, false, false, true]);
  } finally {
    p.cleanup();
    await db.drop();
  }
}, 120_000);
