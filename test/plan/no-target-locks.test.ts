/**
 * `lockstep plan` never takes a lock on the target's tables: it finishes while another session holds
 * ACCESS EXCLUSIVE on every one of them (any lock request would queue behind it), and a watcher polling
 * pg_locks for the plan's backend never sees a relation lock on a user table. The held lock shows up in
 * the plan as contention.
 */
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('plan_nolock');
  project = tempProject({
    '001_base.sql': sqlMigration(
      "CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL);\nCREATE TABLE ledger (id int PRIMARY KEY, account_id int REFERENCES accounts (id), cents bigint);\nCREATE VIEW balances AS SELECT account_id, sum(cents) AS cents FROM ledger GROUP BY account_id;\nINSERT INTO accounts SELECT g, 'owner ' || g FROM generate_series(1, 500) g;",
      'DROP VIEW balances; DROP TABLE ledger; DROP TABLE accounts;',
    ),
  });
  const m = await createMigrator({ dir: project.dir, url: db.url, cwd: project.root });
  try {
    await m.up();
  } finally {
    await m.close();
  }
  project.write({
    '002_owner_email.sql': sqlMigration('ALTER TABLE accounts ADD COLUMN email text;', 'ALTER TABLE accounts DROP COLUMN email;'),
    '003_ledger_index.sql': sqlMigration('CREATE INDEX ledger_account_idx ON ledger (account_id);', 'DROP INDEX ledger_account_idx;'),
  });
});

afterAll(async () => {
  project?.cleanup();
  await db?.drop();
});

/** Polls pg_locks for relation locks (granted or awaited) of the plan's backends on user relations and their TOAST tables. */
function watchPlanLocks(watcher: pg.Client): { stop(): Promise<string[]> } {
  const seen = new Set<string>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const res = await watcher.query<{ lock: string }>(
        `select c.relname || ' ' || l.mode || case when l.granted then '' else ' (waiting)' end as lock
           from pg_locks l join pg_stat_activity a on a.pid = l.pid
           join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
          where a.application_name like 'lockstep plan%' and l.locktype = 'relation'
            and n.nspname not in ('pg_catalog', 'information_schema', 'lockstep')
            -- TOAST tables of system catalogs (pg_toast_2619 is pg_statistic's), and their indexes, are catalog reads,
            -- not user tables.
            and c.oid not in (select reltoastrelid from pg_class where relnamespace = 'pg_catalog'::regnamespace)
            and c.oid not in (select i.indexrelid from pg_index i join pg_class t on t.reltoastrelid = i.indrelid
                               where t.relnamespace = 'pg_catalog'::regnamespace)`,
      );
      for (const r of res.rows) seen.add(r.lock);
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return [...seen];
    },
  };
}

it('finishes while another session holds ACCESS EXCLUSIVE on every table, taking no relation lock itself', async () => {
  const holder = await db.client('lock holder');
  await holder.query('begin');
  await holder.query('lock table accounts, ledger, balances in access exclusive mode');
  const watch = watchPlanLocks(await db.client('watcher'));
  const m = await createMigrator({ dir: project.dir, url: db.url, cwd: project.root });
  try {
    const report = await m.plan();
    const seen = await watch.stop();
    expect(seen).toEqual([]);
    expect(report.migrations.map((x) => x.version)).toEqual(['002', '003']);
    const addColumn = report.migrations[0];
    // The plan sees the holder: ADD COLUMN would have to wait for it.
    expect(addColumn?.impact?.sessions).toContainEqual(expect.objectContaining({ relation: 'public.accounts', mode: 'AccessExclusiveLock', granted: true, conflicts: true, application: 'lock holder' }));
    expect(addColumn?.verdict).toBe('attention');
    expect(addColumn?.reasons.map((r) => r.code)).toContain('lock-contention');
    expect(addColumn?.impact?.longestTransaction).toMatchObject({ application: 'lock holder', relations: ['public.accounts'] });
    // Sizes come from the catalog while the tables are locked.
    expect(addColumn?.impact?.relations).toContainEqual(expect.objectContaining({ relation: 'public.accounts', indexes: 1 }));
  } finally {
    await watch.stop();
    await m.close();
    await holder.query('rollback');
  }
});

it('plan --on-target rehearses on the target and rolls everything back', async () => {
  const m = await createMigrator({ dir: project.dir, url: db.url, cwd: project.root });
  try {
    const report = await m.plan({ onTarget: true });
    expect(report.mode).toBe('on-target');
    expect(report.migrations.map((x) => x.trace?.error ?? null)).toEqual([null, null]);
    expect(report.migrations[0]?.trace?.statements[0]?.locks).toContainEqual(expect.objectContaining({ relation: 'public.accounts', strongest: 'AccessExclusiveLock' }));
    const c = await db.client();
    const col = await c.query(`select 1 from information_schema.columns where table_name = 'accounts' and column_name = 'email'`);
    const idx = await c.query(`select 1 from pg_indexes where indexname = 'ledger_account_idx'`);
    expect([col.rowCount, idx.rowCount]).toEqual([0, 0]);
    expect((await m.status()).summary.pending).toBe(2);
  } finally {
    await m.close();
  }
});

it('plan --on-target gives up within its short lock_timeout when a table is locked, and says why', async () => {
  const holder = await db.client('lock holder 2');
  await holder.query('begin');
  await holder.query('lock table accounts in access share mode');
  const m = await createMigrator({ dir: project.dir, url: db.url, cwd: project.root });
  try {
    const report = await m.plan({ onTarget: true, targetLockTimeoutMs: 50 });
    const first = report.migrations[0];
    expect(first?.trace?.error?.sqlState).toBe('55P03');
    expect(first?.verdict).toBe('attention');
    expect(first?.reasons.map((r) => r.code)).toContain('on-target');
    expect(report.migrations[1]?.reasons.map((r) => r.code)).toContain('earlier-failed');
  } finally {
    await m.close();
    await holder.query('rollback');
  }
});

it('plan --on-target is refused on a protected environment', async () => {
  project.write({});
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${project.root}/lockstep.config.json`, JSON.stringify({ dir: 'migrations', environments: { prod: { url: db.url, protected: true } } }));
  const m = await createMigrator({ cwd: project.root, env: 'prod' });
  try {
    await expect(m.plan({ onTarget: true })).rejects.toMatchObject({ code: 'LOCKSTEP_E_PROTECTED_ENV' });
  } finally {
    await m.close();
  }
});
