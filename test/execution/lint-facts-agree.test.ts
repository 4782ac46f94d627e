/**
 * One home for the target's lint facts (lint/target-facts.ts): `plan`, `lint --url` and up's gate (`up --dry-run`
 * shows its findings) judge the same pending migrations with the same sizes, indexes, referencing foreign keys, column
 * types and existing schemas, so they report the same findings. Each migration below turns on one of those facts.
 */
import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

shareServerShadows();

let db: TestDatabase;
let p: TempProject;

interface Reported {
  readonly rule: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

beforeAll(async () => {
  db = await createTestDatabase('lint_facts_agree');
  const c = await db.client();
  await c.query(`
    CREATE TYPE mood AS ENUM ('sad', 'happy');
    CREATE TABLE customers (id bigint PRIMARY KEY, mood mood);
    INSERT INTO customers SELECT g, 'sad' FROM generate_series(1, 2000) g;
    CREATE TABLE regions (id bigint PRIMARY KEY);
    CREATE TABLE orders (id bigint PRIMARY KEY, region_id bigint);
    INSERT INTO orders SELECT g, g % 10 FROM generate_series(1, 2000) g;
    CREATE INDEX orders_region_idx ON orders (region_id);
    CREATE TABLE events (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
    CREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
    CREATE TABLE events_2021 PARTITION OF events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');
    CREATE TABLE event_notes (id bigint PRIMARY KEY, event_id bigint, event_at date, FOREIGN KEY (event_id, event_at) REFERENCES events (id, at));
    CREATE SCHEMA billing;
    CREATE TABLE billing.invoices (id bigint PRIMARY KEY, amount int);
    INSERT INTO billing.invoices SELECT g, g FROM generate_series(1, 2000) g;
    ANALYZE;
  `);
  p = tempProject({
    '001_detach.sql': sqlMigration('ALTER TABLE events DETACH PARTITION events_2020;', 'SELECT 1;'),
    '002_mood.sql': sqlMigration('ALTER TABLE customers ALTER COLUMN mood TYPE text;', 'SELECT 1;'),
    '003_fk.sql': sqlMigration('ALTER TABLE orders ADD CONSTRAINT orders_region_fk FOREIGN KEY (region_id) REFERENCES regions (id) NOT VALID;', 'SELECT 1;'),
    '004_billing.sql': sqlMigration('CREATE INDEX invoices_amount ON billing.invoices (amount);\nDROP SCHEMA IF EXISTS scratch CASCADE;', 'SELECT 1;'),
  });
  // Small tables count as large here, so that the sizes decide severities.
  writeFileSync(join(p.root, 'lockstep.config.json'), JSON.stringify({ lint: { sizeThreshold: { rows: 100, bytes: 8192 } } }));
});

afterAll(async () => {
  p?.cleanup();
  await db?.drop();
});

function key(root: string, f: Reported): string {
  return `${relative(root, resolve(root, f.file))}:${f.line} ${f.severity} ${f.rule}`;
}

it('plan, lint --url and up --dry-run (the gate) give the same findings, from the target\'s facts', async () => {
  const common = ['--dir', p.dir, '--url', db.url];
  const lint = await runCli(['lint', ...common, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect(lint.code, lint.stderr).toBe(0);
  const linted = JSON.parse(lint.stdout) as Reported[];

  const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
  expect(plan.code, plan.stderr).toBe(0);
  const planned = (JSON.parse(plan.stdout) as { migrations: Array<{ findings: Reported[] }> }).migrations.flatMap((m) => m.findings);

  const dry = await runCli(['up', ...common, '--dry-run', '--json'], { cwd: p.root });
  expect(dry.code, dry.stderr).toBe(0);
  const gated = (JSON.parse(dry.stdout) as { lint: Reported[] }).lint;

  const lintKeys = linted.map((f) => key(p.root, f)).sort();
  // What the target's facts decide, so that three commands agreeing on a wrong answer fails too.
  expect(lintKeys).toEqual(expect.arrayContaining([
    // a foreign key of event_notes references events: detaching checks its rows (referencedBy)
    'migrations/001_detach.sql:2 warning require-concurrent-detach-partition',
    // the old type is read from the target: an enum, whose casts the lint does not know (a possible rewrite)
    'migrations/002_mood.sql:2 warning changing-column-type',
    // billing.invoices, in a schema of its own, is over the threshold
    'migrations/004_billing.sql:2 error require-concurrent-index',
    // scratch does not exist on the target: nothing that exists is dropped (existingSchemas)
    'migrations/004_billing.sql:3 info dropping-schema',
  ]));
  // orders_region_idx on the target covers the new foreign key (knownIndexes)
  expect(lintKeys.filter((k) => k.includes('foreign-key-without-index'))).toEqual([]);
  expect(linted.find((f) => f.rule === 'require-concurrent-index')?.message).toMatch(/billing\.invoices: ~2k rows/);

  expect(planned.map((f) => key(p.root, f)).sort()).toEqual(lintKeys);
  expect(gated.map((f) => key(p.root, f)).sort()).toEqual(lintKeys);
}, 180_000);
