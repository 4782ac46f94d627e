/**
 * `lockstep lint --url`: the migrations the database has already applied are left out (their findings would judge
 * them by today's tables), said so in the summary; `--include-applied` lints them statically and never fixes them.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase('lint_applied');
});
afterAll(async () => {
  await db.drop();
});

interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
}

it('leaves applied migrations out, lints pending ones with table sizes, and lints applied ones statically on request', async () => {
  const p = tempProject({
    '001_accounts.sql': sqlMigration(
      'CREATE TABLE accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, a int);\nINSERT INTO accounts (a) SELECT g % 100 FROM generate_series(1, 20000) g;\nANALYZE accounts;',
      'DROP TABLE accounts;',
    ),
    // Applied while accounts was a table of the same run (the gate sees no size for it): a plain index is allowed.
    '002_accounts_a.sql': sqlMigration('CREATE INDEX accounts_a_idx ON accounts (a);', 'DROP INDEX accounts_a_idx;'),
  });
  const up = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
  expect(up.code, up.stdout + up.stderr).toBe(0);
  p.write({ '003_accounts_id_a.sql': sqlMigration('CREATE INDEX accounts_id_a_idx ON accounts (id, a);', 'DROP INDEX accounts_id_a_idx;') });

  const pending = await runCli(['lint', '--dir', p.dir, '--url', db.url, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect(pending.code, pending.stderr).toBe(0);
  const onlyPending = (JSON.parse(pending.stdout) as JsonFinding[]).filter((f) => f.rule === 'require-concurrent-index');
  expect(onlyPending.map((f) => `${f.file} ${f.severity}`)).toEqual(['migrations/003_accounts_id_a.sql error']);
  expect(onlyPending[0]?.message).toMatch(/accounts: ~20k rows/);

  const human = await runCli(['lint', '--dir', p.dir, '--url', db.url], { cwd: p.root });
  expect(human.code).toBe(1);
  expect(human.stdout).toContain('in 1 file. 2 migrations already applied on the database were not linted (--include-applied lints them).');

  const all = await runCli(['lint', '--dir', p.dir, '--url', db.url, '--include-applied', '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect(all.code, all.stderr).toBe(0);
  const both = (JSON.parse(all.stdout) as JsonFinding[]).filter((f) => f.rule === 'require-concurrent-index');
  expect(both.map((f) => `${f.file} ${f.severity}`)).toEqual(['migrations/002_accounts_a.sql error', 'migrations/003_accounts_id_a.sql error']);
  // The applied one is judged without the database: no size in its message.
  expect(both[0]?.message).not.toMatch(/rows/);

  // --fix leaves the applied migration's file alone and says why.
  const fix = await runCli(['lint', '--dir', p.dir, '--url', db.url, '--include-applied', '--fix', '--fail-on', 'none'], { cwd: p.root });
  expect(fix.code, fix.stderr).toBe(0);
  expect(fix.stdout).toContain('003_accounts_id_a.sql');
  expect(fix.stdout).not.toMatch(/^\+\+\+ .*002_accounts_a\.sql/m);
  expect(fix.stdout).toContain('  - 2 applied migration(s) linted but not fixed: they already ran on the database');

  // Without a database nothing is known to be applied: every migration is linted.
  const offline = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect((JSON.parse(offline.stdout) as JsonFinding[]).filter((f) => f.rule === 'require-concurrent-index')).toHaveLength(2);
  p.cleanup();
}, 60_000);
