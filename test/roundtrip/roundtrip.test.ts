/**
 * `lockstep test`: every migration's up, down and up again in a shadow, with the schema compared after
 * each step. Broken down sections are caught and the differing objects named; irreversible migrations are
 * skipped with a note; fixtures are loaded first; examples/payments passes on both kinds of shadow.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import type { RoundTripReport, TestOptions } from '../../src/api/index.js';
import { formatRoundTrip } from '../../src/report/roundtrip-report.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { REPO_ROOT, runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('roundtrip');
});
afterAll(async () => {
  await db?.drop();
});

const SHADOWS = [
  ['server', () => db.url],
  ['pglite', () => undefined],
] as const;

async function runTest(dir: string, cwd: string, opts: TestOptions): Promise<RoundTripReport> {
  const m = await createMigrator({ dir, cwd, url: 'pglite://memory' });
  try {
    return await m.test(opts);
  } finally {
    await m.close();
  }
}

describe.each(SHADOWS)('%s shadow', (_kind, shadowUrl) => {
  it('examples/payments passes: every down restores the schema, every second up matches the first', async () => {
    const report = await runTest(join(REPO_ROOT, 'examples/payments'), REPO_ROOT, { shadowUrl: shadowUrl() });
    expect(report.steps.filter((s) => s.status !== 'passed').map((s) => [s.version, s.error?.message, s.downDifferences, s.reUpDifferences])).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary).toEqual({ passed: 10, failed: 0, columnOrder: 0, skipped: 0, notRun: 0 });
    for (const s of report.steps) expect([s.upMs, s.downMs, s.reUpMs].every((x) => typeof x === 'number')).toBe(true);
  }, 120_000);

  it('catches a down section that forgets to drop an index, naming the index', async () => {
    const p = tempProject({
      '001_users.sql': sqlMigration('CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);', 'DROP TABLE users;'),
      '002_users_email.sql': sqlMigration('CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN name text;', 'ALTER TABLE users DROP COLUMN name;'),
      '003_later.sql': sqlMigration('CREATE TABLE later (id int);', 'DROP TABLE later;'),
    });
    try {
      const report = await runTest(p.dir, p.root, { shadowUrl: shadowUrl() });
      expect(report.ok).toBe(false);
      const broken = report.steps.find((s) => s.version === '002');
      expect(broken?.status).toBe('failed');
      expect(broken?.downDifferences).toEqual([{ kind: 'added', objectType: 'index', name: 'public.users_email_idx' }]);
      // The second up then fails on the leftover index, with the file position of the statement.
      expect(broken?.error).toMatchObject({ phase: 'up again', location: { file: expect.stringContaining('002_users_email.sql'), line: 2, column: 1 } });
      // The shadow is restored to the state after 002's first up, and 003 gets its own verdict.
      expect(broken?.restored).toBe(true);
      expect(report.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'passed']);
      const text = formatRoundTrip(report);
      expect(text).toContain('down did not restore the schema');
      expect(text).toContain('+ added index public.users_email_idx');
      expect(text).toContain('the shadow was restored to the state after its first up');
      const fast = await runTest(p.dir, p.root, { shadowUrl: shadowUrl(), failFast: true });
      expect(fast.steps.map((s) => s.status)).toEqual(['passed', 'failed', 'not-run']);
      expect(fast.summary.notRun).toBe(1);
    } finally {
      p.cleanup();
    }
  }, 60_000);
});

describe('round trip details (PGlite shadow)', () => {
  let p: TempProject;
  beforeAll(() => {
    p = tempProject({
      '001_orders.sql': sqlMigration('CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL);', 'DROP TABLE orders;'),
      '002_orders_note.sql': sqlMigration('ALTER TABLE orders ADD COLUMN note text NOT NULL DEFAULT \'\';', 'ALTER TABLE orders DROP COLUMN note;'),
      '003_drop_total.sql': '-- lockstep:irreversible\n-- UP\nALTER TABLE orders DROP COLUMN total;\n',
      '004_orders_status.sql': sqlMigration('ALTER TABLE orders ADD COLUMN status text NOT NULL;', 'ALTER TABLE orders DROP COLUMN status;'),
    });
  });
  afterAll(() => p.cleanup());

  it('skips irreversible migrations with a note and goes on', async () => {
    const report = await runTest(p.dir, p.root, {});
    expect(report.steps.map((s) => [s.version, s.status])).toEqual([['001', 'passed'], ['002', 'passed'], ['003', 'skipped'], ['004', 'passed']]);
    expect(report.steps[2]?.note).toContain('irreversible');
    expect(report.ok).toBe(true);
  }, 60_000);

  it('loads fixtures/<version>.sql before that migration, so it runs on rows', async () => {
    p.write({ 'fixtures/004.sql': "INSERT INTO orders (id, note) VALUES (1, 'first');" });
    try {
      const report = await runTest(p.dir, p.root, {});
      const step = report.steps.find((s) => s.version === '004');
      expect(step?.fixture).toBe(join(p.dir, 'fixtures', '004.sql'));
      // ADD COLUMN … NOT NULL without a default fails on a non-empty table: the fixture made that visible.
      expect(step).toMatchObject({ status: 'failed', error: { phase: 'up', sqlState: '23502' } });
    } finally {
      p.remove('fixtures');
    }
  }, 60_000);

  it('--from applies earlier migrations without checking them; --to stops early', async () => {
    const report = await runTest(p.dir, p.root, { from: '002', to: '003' });
    expect(report.setup).toEqual(['001']);
    expect(report.steps.map((s) => s.version)).toEqual(['002', '003']);
    await expect(runTest(p.dir, p.root, { from: '999' })).rejects.toMatchObject({ code: 'LOCKSTEP_E_UNKNOWN_VERSION' });
  }, 60_000);

  it('the CLI exits 1 when a round trip fails and 0 when all pass', async () => {
    const ok = await runCli(['test', '--dir', p.dir, '--to', '003'], { cwd: p.root });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('2 passed, 0 failed, 1 skipped');
    // Progress on stderr; not a terminal here, so a plain line at the end.
    expect(ok.stderr).toContain('lockstep test: 3/3 migrations round-tripped (last: 003 drop_total)');
    p.write({ 'fixtures/004.sql': "INSERT INTO orders (id, note) VALUES (1, 'first');" });
    const bad = await runCli(['test', '--dir', p.dir, '--json'], { cwd: p.root });
    p.remove('fixtures');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, summary: { failed: 1 } });
  }, 60_000);
});

describe('every migration gets a verdict', () => {
  let p: TempProject;
  beforeAll(() => {
    p = tempProject({
      '001_orders.sql': sqlMigration('CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL, note text);', 'DROP TABLE orders;'),
      // The down drops and re-adds a column: same columns, another order.
      '002_drop_total.sql': sqlMigration('ALTER TABLE orders DROP COLUMN total;', 'ALTER TABLE orders ADD COLUMN total int NOT NULL;'),
      // An up that fails: the migration is not applied, and the test goes on without it.
      '003_broken_up.sql': sqlMigration('ALTER TABLE orders ADD COLUMN x int REFERENCES nowhere (id);', 'ALTER TABLE orders DROP COLUMN x;'),
      // A down that leaves a table behind, then an up again that fails on it (rolled back: the shadow is as after the up).
      '004_audit.sql': sqlMigration('CREATE TABLE audit (id int);', 'SELECT 1;'),
      // A down that fails (a transactional one is rolled back, so the shadow is as after its up).
      '005_status.sql': sqlMigration('ALTER TABLE orders ADD COLUMN status text;', 'ALTER TABLE orders DROP COLUMN nope;'),
      '006_after.sql': sqlMigration('CREATE INDEX orders_status_idx ON orders (status);\nCREATE TABLE audit_2 (LIKE audit);', 'DROP TABLE audit_2;\nDROP INDEX orders_status_idx;'),
    });
  });
  afterAll(() => p.cleanup());

  it('restores after each failure, names each broken one, and reports column-order-only differences as their own kind', async () => {
    for (const shadowUrl of ['pglite://memory', db.url]) {
      const report = await runTest(p.dir, p.root, { shadowUrl });
      expect(report.steps.map((s) => [s.version, s.status])).toEqual([
        ['001', 'passed'], ['002', 'column-order'], ['003', 'failed'], ['004', 'failed'], ['005', 'failed'], ['006', 'passed'],
      ]);
      expect(report.summary).toEqual({ passed: 2, failed: 3, columnOrder: 1, skipped: 0, notRun: 0 });
      const [, order, up, audit, down] = report.steps;
      expect(order?.columnOrder).toEqual(['public.orders: id, total, note → id, note, total']);
      expect(up?.error).toMatchObject({ phase: 'up', sqlState: '42P01' });
      expect(audit).toMatchObject({ error: { phase: 'up again', sqlState: '42P07' }, restored: false, downDifferences: [{ kind: 'added', objectType: 'table', name: 'public.audit' }] });
      expect(down).toMatchObject({ error: { phase: 'down', sqlState: '42703' }, restored: false });
      expect(report.ok).toBe(false);
      expect(formatRoundTrip(report)).toContain('1 with only the column order changed');
    }
  }, 120_000);

  it('--ignore-column-order accepts the reordered column, with a note', async () => {
    const report = await runTest(p.dir, p.root, { to: '002', ignoreColumnOrder: true });
    expect(report.steps.map((s) => s.status)).toEqual(['passed', 'passed']);
    expect(report.steps[1]?.note).toContain('column order differs after down (accepted by --ignore-column-order)');
    expect(report.ok).toBe(true);
  }, 60_000);
});
