/** `lockstep lint` through the CLI: exit 0 clean, 1 on findings at or above --fail-on, 2 on usage/parse errors. */
import { expect, it } from 'vitest';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

it('exits 0 on clean migrations, 1 on an error finding (a parse error is one, on its file), 2 on usage', async () => {
  const p = tempProject({ '001_users.sql': sqlMigration('CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);', 'DROP TABLE users;') });
  const clean = await runCli(['lint', '--dir', p.dir], { cwd: p.root });
  expect(clean.code, clean.stdout + clean.stderr).toBe(0);

  p.write({ '002_index.sql': sqlMigration('CREATE INDEX users_email_idx ON users (email);', 'DROP INDEX users_email_idx;') });
  const json = await runCli(['lint', '--dir', p.dir, '--format', 'json'], { cwd: p.root });
  expect(json.code).toBe(1);
  const findings = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
  expect(findings).toContainEqual(expect.objectContaining({
    file: 'migrations/002_index.sql', line: 2, column: 1, rule: 'require-concurrent-index', severity: 'error',
    lock: { mode: 'Share', relation: 'users', blocks: ['writes', 'ddl'] },
  }));
  // The runner sets lock_timeout itself: no missing-timeout noise for Lockstep's own migrations.
  expect(findings.map((f) => f.rule)).not.toContain('require-lock-timeout');
  expect((await runCli(['lint', '--dir', p.dir, '--fail-on', 'none'], { cwd: p.root })).code).toBe(0);

  p.write({ '003_bad.sql': sqlMigration('ALTER TABLE users ADD COLUMN x int NOT NULL DEFAULT 0 FOO;', 'SELECT 1;') });
  const bad = await runCli(['lint', '--dir', p.dir, '--format', 'json'], { cwd: p.root });
  expect(bad.code).toBe(1);
  const reported = JSON.parse(bad.stdout) as Array<Record<string, unknown>>;
  // The broken file is a finding on itself; the other files' findings are still there.
  expect(reported).toContainEqual(expect.objectContaining({ file: 'migrations/003_bad.sql', line: 2, rule: 'invalid-migration', severity: 'error', message: expect.stringContaining('LOCKSTEP_E_SQL_SYNTAX') }));
  expect(reported).toContainEqual(expect.objectContaining({ file: 'migrations/002_index.sql', rule: 'require-concurrent-index' }));
  expect((await runCli(['lint', '--dir', p.dir, '--format', 'yaml'], { cwd: p.root })).code).toBe(2);
  p.cleanup();
});

it('SARIF and GitHub annotations name the file, line and rule', async () => {
  const p = tempProject({ '001_fk.sql': sqlMigration('ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);', 'ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;') });
  const sarif = await runCli(['lint', '--dir', p.dir, '--format', 'sarif'], { cwd: p.root });
  const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
  expect(log.version).toBe('2.1.0');
  expect(log.runs[0]?.results.map((r) => r.ruleId)).toContain('constraint-missing-not-valid');
  const gh = await runCli(['lint', '--dir', p.dir, '--format', 'github'], { cwd: p.root });
  expect(gh.stdout).toMatch(/^::error file=migrations\/001_fk\.sql,line=2,col=1,.*title=constraint-missing-not-valid::/m);
  p.cleanup();
});

it('a misspelt rule id in the config is a configuration error (exit 2) that names the closest rule', async () => {
  const p = tempProject({ '001_users.sql': sqlMigration('CREATE TABLE users (id bigint PRIMARY KEY);', 'DROP TABLE users;') });
  p.write({ '../lockstep.config.json': JSON.stringify({ lint: { rules: { 'require-concurent-index': 'warning' } } }) });
  const r = await runCli(['lint', '--dir', p.dir], { cwd: p.root });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('LOCKSTEP_E_CONFIG');
  expect(r.stderr).toContain('unknown rule "require-concurent-index"');
  expect(r.stderr).toContain('Did you mean "require-concurrent-index"?');
  p.write({ '../lockstep.config.json': JSON.stringify({ lint: { rules: { 'require-concurrent-index': 'warning', 'unused-ignore': 'off' } } }) });
  expect((await runCli(['lint', '--dir', p.dir], { cwd: p.root })).code).toBe(0);
  p.cleanup();
});

it('--pg-version takes a major version or a server_version_num; --format github also annotates a syntax error', async () => {
  const p = tempProject({ '001_users.sql': sqlMigration('CREATE TABLE users (id bigint PRIMARY KEY);', 'DROP TABLE users;') });
  for (const bad of ['1', '8.4', '31', 'x']) {
    const r = await runCli(['lint', '--dir', p.dir, '--pg-version', bad], { cwd: p.root });
    expect(r.code, bad).toBe(2);
    expect(r.stderr, bad).toContain('--pg-version expects a PostgreSQL major version');
  }
  for (const good of ['11', '150004', '9.6', '15.4']) expect((await runCli(['lint', '--dir', p.dir, '--pg-version', good], { cwd: p.root })).code, good).toBe(0);
  p.write({ '002_bad.sql': sqlMigration('CREATE TABL x (id int);', 'SELECT 1;') });
  const gh = await runCli(['lint', '--dir', p.dir, '--format', 'github'], { cwd: p.root });
  expect(gh.code).toBe(1);
  expect(gh.stdout).toMatch(/^::error file=migrations\/002_bad\.sql,line=2,col=\d+,[^:]*title=invalid-migration::LOCKSTEP_E_SQL_SYNTAX: SQL syntax error/m);
  p.cleanup();
});

it('without paths, a missing migrations directory is LOCKSTEP_E_DIR_NOT_FOUND (exit 2)', async () => {
  const p = tempProject();
  p.remove('.');
  const r = await runCli(['lint'], { cwd: p.root });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/LOCKSTEP_E_DIR_NOT_FOUND[\s\S]*migrations directory migrations does not exist/);
  p.cleanup();
});

it('--execution (and lint.execution) judges the SQL as the tool that runs it runs it; a bad value is exit 2', async () => {
  // Two statements: as lockstep up runs it, one transaction (the UPDATE holds the ADD COLUMN's lock); under psql -f
  // (autocommit), each commits on its own.
  const p = tempProject({ '001_plan.sql': sqlMigration("ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE plan IS NULL;", 'SELECT 1;') });
  const rules = async (...extra: string[]): Promise<string[]> => {
    const r = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none', ...extra], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as Array<{ rule: string }>).map((f) => f.rule);
  };
  expect(await rules()).toContain('backfill-in-schema-transaction');
  expect(await rules('--execution', 'transaction')).toContain('backfill-in-schema-transaction');
  expect(await rules('--execution', 'autocommit')).not.toContain('backfill-in-schema-transaction');
  p.write({ '../lockstep.config.json': JSON.stringify({ lint: { execution: 'autocommit' } }) });
  expect(await rules()).not.toContain('backfill-in-schema-transaction');
  expect(await rules('--execution', 'lockstep')).toContain('backfill-in-schema-transaction');
  // A folder of plain SQL files (no up marker, no down), as psql -f runs them: linted whole under autocommit, where
  // Lockstep's own semantics call each a broken migration.
  p.write({ '../lockstep.config.json': '{}', '002_plain.sql': 'CREATE INDEX users_email_idx ON users (email);\n' });
  const plain = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none', '--execution', 'autocommit'], { cwd: p.root });
  const found = (JSON.parse(plain.stdout) as Array<{ file: string; rule: string }>).map((f) => `${f.file.split('/').pop()} ${f.rule}`);
  expect(found).toContain('002_plain.sql require-concurrent-index');
  expect(found.filter((f) => /invalid-migration|require-down/.test(f))).toEqual([]);
  const own = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect((JSON.parse(own.stdout) as Array<{ file: string; rule: string }>).map((f) => `${f.file.split('/').pop()} ${f.rule}`)).toContain('002_plain.sql invalid-migration');
  const bad = await runCli(['lint', '--dir', p.dir, '--execution', 'psql'], { cwd: p.root });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--execution must be one of lockstep, autocommit, transaction');
  p.cleanup();
});
