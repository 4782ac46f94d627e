/**
 * `lockstep lint` over a run of migrations, file by file (each syntax tree dropped once linted): the answers that
 * depend on other migrations of the run are the same as if every migration were known at once: an index a later
 * migration creates, the column type an earlier one declares, an ignore only the whole run shows unused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

/** 90 migrations of mixed statements, then the ones whose findings depend on the rest of the run. */
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
  // A foreign key whose index a later migration of the run creates: no foreign-key-without-index finding.
  files['091_fk.sql'] = sqlMigration('ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;', 'SELECT 1;');
  files['092_fk_unindexed.sql'] = sqlMigration('ALTER TABLE refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;', 'SELECT 1;');
  // An ignore that only a run knowing every migration's indexes sees as unused.
  files['093_fk_ignored.sql'] = sqlMigration('-- lockstep-ignore foreign-key-without-index: the index comes in 099\nALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;', 'SELECT 1;');
  // Type changes judged from the type an early migration declared.
  files['000_vendors.sql'] = sqlMigration('CREATE TABLE vendors (id bigint PRIMARY KEY, name varchar(50), code varchar(20));', 'DROP TABLE vendors;');
  files['0805_widen.sql'] = sqlMigration('ALTER TABLE vendors ALTER COLUMN name TYPE varchar(120);', 'SELECT 1;');
  files['0806_shorten.sql'] = sqlMigration('ALTER TABLE vendors ALTER COLUMN code TYPE varchar(10);', 'SELECT 1;');
  files['098_index.sql'] = sqlMigration('CREATE INDEX CONCURRENTLY payments_order_idx ON payments (order_id);', 'SELECT 1;', '-- lockstep:no-transaction\n');
  files['099_index.sql'] = sqlMigration('CREATE INDEX CONCURRENTLY invoices_order_idx ON invoices (order_id);', 'SELECT 1;', '-- lockstep:no-transaction\n');
  return tempProject(files);
}

describe('lint across a run', () => {
  const p = project();
  afterAll(() => p.cleanup());

  it('knows the indexes later migrations create and the column types earlier ones declare', async () => {
    const run = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
    expect(run.code, run.stderr).toBe(0);
    const findings = JSON.parse(run.stdout) as Array<{ file: string; rule: string; line: number }>;
    expect(findings.filter((f) => f.rule === 'require-concurrent-index')).toHaveLength(90);
    const fk = findings.filter((f) => f.rule === 'foreign-key-without-index').map((f) => f.file);
    expect(fk).toEqual(['migrations/092_fk_unindexed.sql']);
    const typeChanges = findings.filter((f) => f.rule === 'changing-column-type').map((f) => `${f.file} ${(f as { severity?: string }).severity}`);
    expect(typeChanges).toEqual(['migrations/0806_shorten.sql error']);
    // In the order of the migrations, and by line within one.
    const order = findings.map((f) => f.file);
    expect(order.indexOf('migrations/0806_shorten.sql')).toBeGreaterThan(order.indexOf('migrations/000_vendors.sql'));
    expect(order.indexOf('migrations/092_fk_unindexed.sql')).toBeGreaterThan(order.indexOf('migrations/090_change_90.sql'));
  });

  it('reports the unused ignore that only the whole run can see', async () => {
    const run = await runCli(['lint', '--dir', p.dir, '--format', 'human', '--fail-on', 'none'], { cwd: p.root });
    expect(run.stdout).toMatch(/093_fk_ignored\.sql[\s\S]*unused-ignore|unused-ignore[\s\S]*093_fk_ignored\.sql/);
  });

  it('reports syntax errors as findings on their files and lints the others (exit 1)', async () => {
    const q = project();
    q.write({ '050_change_50.sql': sqlMigration('ALTER TABLE orders ADD COLUMN x int NOT NULL DEFAULT 0 FOO;', 'SELECT 1;') });
    q.write({ '070_change_70.sql': sqlMigration('CREATE INDEX ON;', 'SELECT 1;') });
    const run = await runCli(['lint', '--dir', q.dir, '--format', 'json'], { cwd: q.root });
    q.cleanup();
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as Array<{ rule: string; file: string; line: number }>;
    const invalid = findings.filter((f) => f.rule === 'invalid-migration');
    expect(invalid.map((f) => [f.file, f.line])).toEqual([['migrations/050_change_50.sql', 2], ['migrations/070_change_70.sql', 2]]);
    expect(findings.filter((f) => f.rule === 'require-concurrent-index')).toHaveLength(88);
  });
});
