/**
 * `lockstep lint` with worker threads (src/lint/pool.ts) gives exactly what a one-thread run gives: the same
 * findings in the same order, the same cross-migration answers, the same errors and exit codes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/lint/pool.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

const one = { LOCKSTEP_LINT_WORKERS: '0' };
const three = { LOCKSTEP_LINT_WORKERS: '3' };

/** 90 migrations of mixed statements, so every thread claims several chunks. */
function project() {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 90; i++) {
    const v = String(i).padStart(3, '0');
    const up = [
      `CREATE INDEX orders_${i}_idx ON orders (customer_id);`,
      `ALTER TABLE orders ADD COLUMN note_${i} text;`,
      i % 7 === 0 ? `-- lockstep-ignore update-without-where: archived rows only exist in test data\nUPDATE orders_archive SET seen = true;` : `UPDATE orders SET status = 'x' WHERE id = ${i};`,
    ].join('\n');
    files[`${v}_change_${i}.sql`] = sqlMigration(up, 'SELECT 1;');
  }
  // A foreign key whose index another migration of the run creates (a later one, so on another thread's
  // share most likely): no foreign-key-without-index finding either way.
  files['091_fk.sql'] = sqlMigration('ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;', 'SELECT 1;');
  files['092_fk_unindexed.sql'] = sqlMigration('ALTER TABLE refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;', 'SELECT 1;');
  // An ignore that only a run knowing every migration's indexes sees as unused.
  files['093_fk_ignored.sql'] = sqlMigration('-- lockstep-ignore foreign-key-without-index: the index comes in 099\nALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;', 'SELECT 1;');
  // Type changes judged from the type an early migration declared, whichever thread lints them.
  files['000_vendors.sql'] = sqlMigration('CREATE TABLE vendors (id bigint PRIMARY KEY, name varchar(50), code varchar(20));', 'DROP TABLE vendors;');
  files['0805_widen.sql'] = sqlMigration('ALTER TABLE vendors ALTER COLUMN name TYPE varchar(120);', 'SELECT 1;');
  files['0806_shorten.sql'] = sqlMigration('ALTER TABLE vendors ALTER COLUMN code TYPE varchar(10);', 'SELECT 1;');
  files['098_index.sql'] = sqlMigration('CREATE INDEX CONCURRENTLY payments_order_idx ON payments (order_id);', 'SELECT 1;', '-- lockstep:no-transaction\n');
  files['099_index.sql'] = sqlMigration('CREATE INDEX CONCURRENTLY invoices_order_idx ON invoices (order_id);', 'SELECT 1;', '-- lockstep:no-transaction\n');
  return tempProject(files);
}

describe('lint with worker threads', () => {
  const p = project();
  afterAll(() => p.cleanup());

  it('gives the same JSON, in the same order, as one thread', async () => {
    const args = ['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'];
    const [serial, parallel] = await Promise.all([runCli(args, { cwd: p.root, env: one }), runCli(args, { cwd: p.root, env: three })]);
    expect(serial.code, serial.stderr).toBe(0);
    expect(parallel.code, parallel.stderr).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
    const findings = JSON.parse(parallel.stdout) as Array<{ file: string; rule: string }>;
    expect(findings.filter((f) => f.rule === 'require-concurrent-index')).toHaveLength(90);
    const fk = findings.filter((f) => f.rule === 'foreign-key-without-index').map((f) => f.file);
    expect(fk).toEqual(['migrations/092_fk_unindexed.sql']);
    const typeChanges = findings.filter((f) => f.rule === 'changing-column-type').map((f) => `${f.file} ${(f as { severity?: string }).severity}`);
    expect(typeChanges).toEqual(['migrations/0806_shorten.sql error']);
  });

  it('reports the unused ignore that only the whole run can see, as one thread does', async () => {
    const args = ['lint', '--dir', p.dir, '--format', 'human', '--fail-on', 'none'];
    const [serial, parallel] = await Promise.all([runCli(args, { cwd: p.root, env: one }), runCli(args, { cwd: p.root, env: three })]);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stdout).toMatch(/093_fk_ignored\.sql[\s\S]*unused-ignore|unused-ignore[\s\S]*093_fk_ignored\.sql/);
  });

  it('reports syntax errors as findings on their files, the same with and without workers (exit 1)', async () => {
    const q = project();
    q.write({ '050_change_50.sql': sqlMigration('ALTER TABLE orders ADD COLUMN x int NOT NULL DEFAULT 0 FOO;', 'SELECT 1;') });
    q.write({ '070_change_70.sql': sqlMigration('CREATE INDEX ON;', 'SELECT 1;') });
    const args = ['lint', '--dir', q.dir, '--format', 'json'];
    const [serial, parallel] = await Promise.all([runCli(args, { cwd: q.root, env: one }), runCli(args, { cwd: q.root, env: three })]);
    q.cleanup();
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
    const invalid = (JSON.parse(parallel.stdout) as Array<{ rule: string; file: string; line: number }>).filter((f) => f.rule === 'invalid-migration');
    expect(invalid.map((f) => [f.file, f.line])).toEqual([['migrations/050_change_50.sql', 2], ['migrations/070_change_70.sql', 2]]);
  });

  it('rejects a LOCKSTEP_LINT_WORKERS that is not a number, before linting', async () => {
    const bad = await runCli(['lint', '--dir', p.dir], { cwd: p.root, env: { LOCKSTEP_LINT_WORKERS: 'many' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/LOCKSTEP_E_CONFIG[\s\S]*LOCKSTEP_LINT_WORKERS must be a whole number/);
    expect(bad.stderr).toMatch(/hint/i);
  });
});

describe('workerCount', () => {
  const dir = tempProject(Object.fromEntries(Array.from({ length: 4100 }, (_, i) => [`${String(i + 1).padStart(4, '0')}_m.sql`, ''])));
  afterAll(() => dir.cleanup());

  it('gives one worker per 2,000 files, within the spare cores and at most 3', () => {
    expect(workerCount([dir.dir], dir.root, {}, 8)).toBe(2);
    expect(workerCount([dir.dir], dir.root, {}, 2)).toBe(1);
    expect(workerCount([dir.dir], dir.root, {}, 1)).toBe(0);
    expect(workerCount(['migrations/0001_m.sql'], dir.root, {}, 8)).toBe(0);
  });

  it('follows LOCKSTEP_LINT_WORKERS, 0 included', () => {
    expect(workerCount([dir.dir], dir.root, { LOCKSTEP_LINT_WORKERS: '0' }, 8)).toBe(0);
    expect(workerCount(['migrations/0001_m.sql'], dir.root, { LOCKSTEP_LINT_WORKERS: '2' }, 1)).toBe(2);
    expect(() => workerCount([dir.dir], dir.root, { LOCKSTEP_LINT_WORKERS: '-1' }, 8)).toThrow(/LOCKSTEP_LINT_WORKERS/);
  });
});
