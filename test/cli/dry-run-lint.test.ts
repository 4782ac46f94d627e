/** `up --dry-run` shows the lint findings `up` would refuse next to the script; long version lists are ranges. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatVersionList } from '../../src/core/version-list.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('dry_run_lint');
  const c = await db.client();
  // Large enough that a blocking index build on it is an error, not info (the linter knows the real size).
  await c.query('create table items (id bigint primary key, sku text); insert into items select g, g::text from generate_series(1, 20000) g; analyze items');
  project = tempProject({ '001_sku_idx.sql': sqlMigration('create index items_sku_idx on items (sku);', 'drop index items_sku_idx;') });
});

afterAll(async () => {
  project.cleanup();
  await db.drop();
});

describe('up --dry-run', () => {
  it('prints the error-level finding and the script instead of refusing, and applies nothing', async () => {
    const r = await runCli(['up', '--dry-run', '--url', db.url], { cwd: project.root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^-- Lint: \d+ finding\(s\); `lockstep up` would refuse the 1 error-level one\(s\)/m);
    expect(r.stdout).toMatch(/^--   error\[require-concurrent-index\] migrations\/001_sku_idx\.sql:2:1 /m);
    expect(r.stdout).toContain('create index items_sku_idx on items (sku);');
    const status = await runCli(['status', '--json', '--url', db.url], { cwd: project.root });
    expect(JSON.parse(status.stdout)).toMatchObject({ migrations: [{ version: '001', state: 'pending' }] });
  });

  it('--json carries the findings', async () => {
    const r = await runCli(['up', '--dry-run', '--json', '--url', db.url], { cwd: project.root });
    const result = JSON.parse(r.stdout) as { dryRun: boolean; lint: Array<{ rule: string; severity: string }> };
    expect(result.dryRun).toBe(true);
    expect(result.lint.map((f) => [f.rule, f.severity])).toContainEqual(['require-concurrent-index', 'error']);
  });

  it('the real run still refuses, and --no-lint leaves the lint out of the dry run', async () => {
    const refused = await runCli(['up', '--url', db.url], { cwd: project.root });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('LOCKSTEP_E_LINT_FAILED');
    const bypassed = await runCli(['up', '--dry-run', '--no-lint', '--url', db.url], { cwd: project.root });
    expect(bypassed.code).toBe(0);
    expect(bypassed.stdout).not.toContain('-- Lint:');
  });
});

describe('version lists', () => {
  it('up to five are listed, more become a range with a count', () => {
    expect(formatVersionList(['001', '002', '003', '004', '005'])).toBe('001, 002, 003, 004, 005');
    expect(formatVersionList(['001', '002', '003', '004', '005', '006'])).toBe('001 … 006 (6 migrations)');
  });

  it('a failure before many pending migrations prints one "Not attempted" range, and --no-lint one notice line', async () => {
    const files: Record<string, string> = { '001_fail.sql': sqlMigration('select 1/0;', 'select 1;') };
    for (let i = 2; i <= 40; i++) files[`${String(i).padStart(3, '0')}_t.sql`] = sqlMigration(`create table t${i} (id int primary key);`, `drop table t${i};`);
    const p = tempProject(files);
    try {
      const r = await runCli(['up', '--no-lint', '--url', 'pglite://memory'], { cwd: p.root });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Not attempted: 002 … 040 (39 migrations)');
      expect(r.stderr).toContain('--no-lint: the linter was bypassed for 001 … 040 (40 migrations) (recorded)');
    } finally {
      p.cleanup();
    }
  });
});
