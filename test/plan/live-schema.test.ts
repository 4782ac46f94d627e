/**
 * Nadia's incident, replayed: a database built with plain SQL before Lockstep arrived (no Lockstep history),
 * then baselined, then changed by hand. `plan` rehearses in a shadow built from the live schema, on a throwaway
 * server of the target's major version, so it knows the tables Lockstep never created, and it takes the sizes
 * from the target: ADD COLUMN … JSONB NOT NULL on ~300k rows is blocked for its lock and size, never "does not
 * exist"; the nullable ADD COLUMN on the same table is safe; a backfill of it gets an estimate.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigrator, type PlanReport } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;
const ROWS = 300_000;

beforeAll(async () => {
  db = await createTestDatabase('plan_live');
  const c = await db.client();
  // Built by hand, as a team would have before adopting Lockstep: objects of many kinds, in an order a dump would not use.
  await c.query(`
    CREATE TYPE txn_kind AS ENUM ('debit', 'credit');
    CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE);
    CREATE TABLE transactions (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      account_id bigint NOT NULL REFERENCES accounts (id),
      kind txn_kind NOT NULL DEFAULT 'debit',
      amount numeric(12,2) NOT NULL CHECK (amount >= 0),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX transactions_account_idx ON transactions (account_id);
    CREATE VIEW big_transactions AS SELECT * FROM transactions WHERE amount > 1000;
    CREATE VIEW big_debits AS SELECT id, amount FROM big_transactions WHERE kind = 'debit';
    CREATE FUNCTION account_total(a bigint) RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(amount) FROM transactions WHERE account_id = a; END;
    CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload jsonb) PARTITION BY RANGE (at);
    CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    INSERT INTO accounts (email) SELECT 'user' || g || '@example.com' FROM generate_series(1, 100) g;
    INSERT INTO transactions (account_id, amount) SELECT 1 + g % 100, g % 5000 FROM generate_series(1, ${ROWS}) g;
    ANALYZE accounts; ANALYZE transactions;
  `);
  project = tempProject({ '001_existing_schema.sql': sqlMigration('CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE);', 'DROP TABLE accounts;') });
  const m = await createMigrator({ dir: project.dir, cwd: project.root, url: db.url });
  try {
    await m.baseline('001');
  } finally {
    await m.close();
  }
  // Changed by hand after the baseline.
  await c.query('ALTER TABLE transactions ADD COLUMN note text');
});

afterAll(async () => {
  project?.cleanup();
  await db?.drop();
});

async function plan(files: Readonly<Record<string, string>>): Promise<PlanReport> {
  project.write(files);
  try {
    const m = await createMigrator({ dir: project.dir, cwd: project.root, url: db.url });
    try {
      return await m.plan();
    } finally {
      await m.close();
    }
  } finally {
    for (const name of Object.keys(files)) project.remove(name);
  }
}

it('blocks ADD COLUMN … JSONB NOT NULL on the hand-made table for its lock and size, in a shadow of the target\'s major version', async () => {
  const report = await plan({ '002_metadata.sql': sqlMigration('ALTER TABLE transactions ADD COLUMN metadata JSONB NOT NULL;', 'ALTER TABLE transactions DROP COLUMN metadata;') });
  const [m] = report.migrations;
  expect(m?.trace?.error ?? null).toBeNull();
  expect(m?.verdict).toBe('blocked');
  expect(m?.reasons.map((r) => r.message).join('\n')).not.toContain('does not exist');
  expect(m?.reasons.map((r) => r.code)).toContain('lint:adding-not-null-column');
  expect(m?.trace?.statements[0]?.locks[0]).toMatchObject({ relation: 'public.transactions', strongest: 'AccessExclusiveLock', source: 'pg_locks' });
  const size = m?.impact?.relations.find((r) => r.relation === 'public.transactions');
  expect(size?.rows).toBeGreaterThan(ROWS * 0.9);
  expect(report.shadow).toMatchObject({ kind: 'local', source: 'live-schema' });
  expect(Math.floor((report.shadow?.serverVersion ?? 0) / 10000)).toBe(Math.floor(report.targetServerVersion / 10000));
  // Everything built by hand was reproduced, except what cannot be read without a lock on the target: said in notes.
  expect(report.notes.filter((n) => n.startsWith('not reproduced'))).toEqual([
    'not reproduced in the shadow: function public.account_total(a bigint): its SQL-standard body (BEGIN ATOMIC) cannot be read without locking the tables it uses',
  ]);
  expect(report.notes).toContainEqual(expect.stringMatching(/^views and materialized views are rebuilt in the shadow from their columns .*: 2 of them$/));
}, 120_000);

it('calls the nullable ADD COLUMN on the same table safe, and sees the column added by hand', async () => {
  const report = await plan({
    '002_metadata.sql': sqlMigration('ALTER TABLE transactions ADD COLUMN metadata JSONB;', 'ALTER TABLE transactions DROP COLUMN metadata;'),
    '003_note_default.sql': sqlMigration("ALTER TABLE transactions ALTER COLUMN note SET DEFAULT '';", 'ALTER TABLE transactions ALTER COLUMN note DROP DEFAULT;'),
  });
  expect(report.migrations.map((m) => [m.version, m.verdict, m.trace?.error?.message ?? null])).toEqual([['002', 'safe', null], ['003', 'safe', null]]);
}, 120_000);

it('gives a backfill and a plain UPDATE of the big table an estimate from its rows, and needs attention for both', async () => {
  const report = await plan({
    '002_backfill.sql': `-- lockstep:no-transaction\n-- lockstep:backfill table=transactions set="note = 'x'" where="note IS NULL" batch-size=5000\n-- UP\n\n-- DOWN\n-- nothing to undo\n`,
    '003_update.sql': sqlMigration("UPDATE transactions SET note = 'y';", 'SELECT 1;'),
  });
  const [backfill, update] = report.migrations;
  expect(backfill?.verdict).toBe('attention');
  expect(backfill?.impact?.dataChanges[0]).toMatchObject({ kind: 'backfill', relation: 'public.transactions', batches: Math.ceil((backfill?.impact?.dataChanges[0]?.rows ?? 0) / 5000) });
  expect(backfill?.impact?.dataChanges[0]?.estimatedMs).toBeGreaterThan(0);
  expect(backfill?.reasons.find((r) => r.code === 'backfill')?.message).toMatch(/^backfill of ~\d+ rows of public\.transactions: ~/);
  expect(update?.verdict).toBe('attention');
  expect(update?.reasons.find((r) => r.code === 'data-change')?.message).toContain('held until COMMIT');
  expect(report.calibration).toMatchObject({ shadow: 'local', runs: 3 });
}, 120_000);

it('the CLI reports the shadow in --json, and the human report names it', async () => {
  project.write({ '002_metadata.sql': sqlMigration('ALTER TABLE transactions ADD COLUMN metadata JSONB;', 'ALTER TABLE transactions DROP COLUMN metadata;') });
  try {
    const json = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--json'], { cwd: project.root });
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as PlanReport).shadow).toMatchObject({ kind: 'local', serverVersion: expect.any(Number) });
    const human = await runCli(['plan', '--dir', project.dir, '--url', db.url], { cwd: project.root });
    expect(human.stdout).toMatch(/on a throwaway local server \(PostgreSQL \d+\.\d+ from /);
    expect(human.stdout).toContain("built from the target's live schema");
  } finally {
    project.remove('002_metadata.sql');
  }
}, 120_000);

it('test --from-target round-trips only the pending migrations, on the live schema, in a shadow of the target\'s version', async () => {
  project.write({ '002_metadata.sql': sqlMigration('ALTER TABLE transactions ADD COLUMN metadata JSONB;', 'ALTER TABLE transactions DROP COLUMN note;') });
  try {
    const m = await createMigrator({ dir: project.dir, cwd: project.root, url: db.url });
    try {
      const report = await m.test({ fromTarget: true });
      expect(report.shadow).toMatchObject({ kind: 'local', source: 'live-schema' });
      expect(report.steps.map((s) => s.version)).toEqual(['002']);
      // The down drops the hand-made column instead of its own: named, on the table Lockstep never created.
      expect(report.steps[0]?.status).toBe('failed');
      expect(report.steps[0]?.downDifferences).toEqual(expect.arrayContaining([{ kind: 'removed', objectType: 'column', name: 'public.transactions.note' }]));
    } finally {
      await m.close();
    }
  } finally {
    project.remove('002_metadata.sql');
  }
}, 120_000);
