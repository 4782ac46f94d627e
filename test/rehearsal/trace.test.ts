/**
 * The plan's traced lock modes and rewrites for a table of statements, each in a migration of its own,
 * rehearsed on a server shadow and on a PGlite shadow: the same facts and the same verdicts on both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import type { PlanReport, PlannedMigration } from '../../src/api/index.js';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

let db: TestDatabase;
let project: TempProject;
const reports: Record<'server' | 'pglite' | 'local', PlanReport | undefined> = { server: undefined, pglite: undefined, local: undefined };

const CASES: ReadonlyArray<{ version: string; sql: string; down: string; header?: string }> = [
  { version: '002', sql: 'ALTER TABLE items ADD COLUMN c int;', down: 'ALTER TABLE items DROP COLUMN c;' },
  { version: '003', sql: 'CREATE INDEX items_b_idx ON items (b);', down: 'DROP INDEX items_b_idx;' },
  { version: '004', sql: 'ALTER TABLE items ALTER COLUMN a TYPE bigint;', down: 'ALTER TABLE items ALTER COLUMN a TYPE int;' },
  { version: '005', sql: 'ALTER TABLE items ADD COLUMN d timestamptz DEFAULT now();', down: 'ALTER TABLE items DROP COLUMN d;' },
  { version: '006', sql: 'ALTER TABLE items ADD COLUMN e timestamptz DEFAULT clock_timestamp();', down: 'ALTER TABLE items DROP COLUMN e;' },
  { version: '007', sql: 'CREATE INDEX CONCURRENTLY items_c_idx ON items (c);', down: 'DROP INDEX CONCURRENTLY items_c_idx;', header: '-- lockstep:no-transaction\n' },
  { version: '008', sql: 'ALTER TABLE items ADD CONSTRAINT items_a_positive CHECK (a > 0) NOT VALID;', down: 'ALTER TABLE items DROP CONSTRAINT items_a_positive;' },
  { version: '009', sql: 'ALTER TABLE items VALIDATE CONSTRAINT items_a_positive;', down: 'SELECT 1;' },
  // As written: its own transaction block, then a statement that cannot run in one.
  { version: '010', sql: 'BEGIN;\nALTER TABLE items ADD COLUMN f int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY items_f_idx ON items (f);', down: 'DROP INDEX items_f_idx;\nALTER TABLE items DROP COLUMN f;' },
];

beforeAll(async () => {
  db = await createTestDatabase('trace');
  project = tempProject({
    '001_items.sql': sqlMigration(
      "CREATE TABLE items (id int PRIMARY KEY, a int NOT NULL, b text NOT NULL);\nINSERT INTO items SELECT g, g, 'item ' || g FROM generate_series(1, 2000) g;",
      'DROP TABLE items;',
    ),
  });
  const m = await createMigrator({ dir: project.dir, url: db.url, cwd: project.root });
  try {
    await m.up();
  } finally {
    await m.close();
  }
  project.write(Object.fromEntries(CASES.map((c, i) => [`${c.version}_case_${i}.sql`, sqlMigration(c.sql, c.down, c.header ?? '')])));
  const c = await db.client();
  await c.query('analyze items');
});

afterAll(async () => {
  project?.cleanup();
  await db?.drop();
});

async function planWith(shadowUrl: string | undefined): Promise<PlanReport> {
  const m = await createMigrator({ dir: project.dir, url: db.url, cwd: project.root });
  try {
    return await m.plan({ shadowUrl });
  } finally {
    await m.close();
  }
}

function migration(report: PlanReport | undefined, version: string): PlannedMigration {
  const found = report?.migrations.find((x) => x.version === version);
  if (!found) throw new Error(`no planned migration ${version}`);
  return found;
}

function lockOn(m: PlannedMigration, relation: string): { strongest: string; source: string } | undefined {
  return m.trace?.statements.flatMap((s) => s.locks).find((l) => l.relation === relation);
}

const rewritesTable = (m: PlannedMigration): boolean => (m.trace?.statements ?? []).some((s) => s.rewrites.some((r) => r.relation === 'public.items'));

const SHADOW_URL = { server: () => db.url, pglite: () => 'pglite://memory', local: () => undefined } as const;

describe.each(['server', 'pglite', 'local'] as const)('%s shadow', (kind) => {
  it('rehearses every pending migration without error', async () => {
    const report = await planWith(SHADOW_URL[kind]());
    reports[kind] = report;
    expect(report.shadow).toMatchObject({ kind, source: 'live-schema' });
    // Without --shadow-url the shadow is a throwaway server of the target's major version.
    if (kind === 'local') expect(Math.floor((report.shadow?.serverVersion ?? 0) / 10000)).toBe(Math.floor(report.targetServerVersion / 10000));
    expect(report.migrations.map((m) => m.version)).toEqual(CASES.map((c) => c.version));
    for (const m of report.migrations) expect(m.trace?.error, m.version).toBeNull();
  }, 120_000);

  it('ADD COLUMN takes ACCESS EXCLUSIVE and rewrites nothing', () => {
    const m = migration(reports[kind], '002');
    expect(lockOn(m, 'public.items')).toMatchObject({ strongest: 'AccessExclusiveLock', source: 'pg_locks' });
    expect(rewritesTable(m)).toBe(false);
    expect(m.trace?.changes).toContainEqual({ kind: 'added', objectType: 'column', name: 'public.items.c' });
  });

  it('CREATE INDEX takes SHARE', () => {
    const m = migration(reports[kind], '003');
    expect(lockOn(m, 'public.items')).toMatchObject({ strongest: 'ShareLock', source: 'pg_locks' });
    expect(rewritesTable(m)).toBe(false);
  });

  it('ALTER COLUMN TYPE int → bigint rewrites the table', () => {
    const m = migration(reports[kind], '004');
    expect(lockOn(m, 'public.items')?.strongest).toBe('AccessExclusiveLock');
    expect(rewritesTable(m)).toBe(true);
    expect(m.trace?.changes).toContainEqual(expect.objectContaining({ kind: 'changed', name: 'public.items.a', details: ['type: integer → bigint'] }));
  });

  it('ADD COLUMN … DEFAULT now() does not rewrite (PostgreSQL 11+); DEFAULT clock_timestamp() does', () => {
    expect(rewritesTable(migration(reports[kind], '005'))).toBe(false);
    expect(rewritesTable(migration(reports[kind], '006'))).toBe(true);
  });

  it('a statement outside a transaction gets its locks from the static model, and says so', () => {
    const m = migration(reports[kind], '007');
    expect(m.trace?.transactional).toBe(false);
    expect(m.trace?.statements[0]).toMatchObject({ inTransaction: false, lockSource: 'static-model' });
    expect(lockOn(m, 'public.items')).toMatchObject({ strongest: 'ShareUpdateExclusiveLock', source: 'static-model' });
    expect(m.reasons.map((r) => r.code)).toContain('static-locks');
  });

  it('inside the file\'s own BEGIN … COMMIT the locks come from pg_locks; after it, from the static model, and only those count as outside a transaction', () => {
    const m = migration(reports[kind], '010');
    expect(m.trace?.transactional).toBe(false);
    expect(m.trace?.statements.map((s) => [s.kind, s.inTransaction, s.lockSource])).toEqual([
      ['TransactionStmt', true, 'pg_locks'], ['AlterTableStmt', true, 'pg_locks'], ['TransactionStmt', true, 'pg_locks'], ['IndexStmt', false, 'static-model'],
    ]);
    expect(m.trace?.statements[1]?.locks.find((l) => l.relation === 'public.items')).toMatchObject({ strongest: 'AccessExclusiveLock', source: 'pg_locks' });
    expect(m.reasons.find((r) => r.code === 'static-locks')?.message).toMatch(/^locks of 1 statement\(s\) outside a transaction/);
  });

  it('records constraints added NOT VALID and then validated', () => {
    const added = migration(reports[kind], '008').trace?.changes ?? [];
    expect(added).toContainEqual({ kind: 'added', objectType: 'constraint', name: 'public.items.items_a_positive' });
    const validated = migration(reports[kind], '009');
    expect(lockOn(validated, 'public.items')?.strongest).toBe('ShareUpdateExclusiveLock');
    expect(validated.trace?.changes).toContainEqual(expect.objectContaining({ kind: 'changed', objectType: 'constraint', details: expect.arrayContaining(['validated: no → yes']) }));
  });
});

it('gives the same verdicts and reasons on both shadows', () => {
  const verdicts = (r: PlanReport | undefined) => r?.migrations.map((m) => [m.version, m.verdict, m.reasons.map((x) => x.code).sort()]);
  expect(verdicts(reports.server)).toEqual(verdicts(reports.pglite));
  // The rewrites of a 2,000-row table need attention; the catalog-only ADD COLUMN … DEFAULT now() does not.
  expect(migration(reports.server, '004').verdict).not.toBe('safe');
  expect(migration(reports.server, '005').reasons.map((r) => r.code)).not.toContain('rewrite');
});

// A server shadow is one database of a server that may hold the target and others: plan ran DROP DATABASE there
// (the database was gone after `lockstep plan`) and ALTER DATABASE on the target's own settings.
it('a statement on the whole server is not run in a server shadow: plan leaves the databases and their settings alone', async () => {
  const target = await createTestDatabase('trace_server_wide');
  const victim = await createTestDatabase('trace_victim');
  const p = tempProject({
    '001_drop.sql': sqlMigration(`DROP DATABASE IF EXISTS ${victim.name};`, 'SELECT 1;', '-- lockstep:no-transaction\n'),
    '002_settings.sql': sqlMigration(`ALTER DATABASE ${target.name} SET work_mem = '7MB';\nCREATE TABLE after_it (id int);`, 'DROP TABLE after_it;'),
  });
  try {
    const m = await createMigrator({ dir: p.dir, url: target.url, cwd: p.root });
    let report: PlanReport;
    try {
      report = await m.plan({ shadowUrl: adminUrl() });
    } finally {
      await m.close();
    }
    const traces = report.migrations.map((x) => [x.version, x.trace?.error ?? null, x.trace?.statements.map((s) => s.executed)]);
    expect(traces).toEqual([['001', null, [false]], ['002', null, [false, true]]]);
    expect(report.migrations[0]?.trace?.statements[0]?.note).toMatch(/DROP DATABASE acts on the whole server/);
    const c = await target.client();
    const left = await c.query('select (select count(*)::int from pg_database where datname = $1) as victim, (select count(*)::int from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase where d.datname = $2) as settings', [victim.name, target.name]);
    expect(left.rows[0]).toEqual({ victim: 1, settings: 0 });
  } finally {
    p.cleanup();
    await target.drop();
    await victim.drop();
  }
}, 120_000);
