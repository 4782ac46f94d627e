/**
 * A migration that changes its session (a pg_dump file's set_config('search_path', '', false), SET search_path, SET
 * ROLE, session_replication_role) leaves the next migration of the same run the session as the run found it, as
 * Flyway restores a connection after each migration: each migration runs as it would in a run of its own, and plan's
 * rehearsal agrees with up.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

let db: TestDatabase;
let project: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('session_restore');
  const c = await db.client();
  await c.query('CREATE SCHEMA tenant_a; CREATE SCHEMA other');
  project = tempProject({
    // What pg_dump writes at the top of a schema dump, taken as a first migration.
    '001_dump.sql': sqlMigration("SELECT pg_catalog.set_config('search_path', '', false);\nCREATE TABLE public.base (id int);", 'DROP TABLE public.base;'),
    '002_other.sql': sqlMigration('SET search_path TO other;\nSET session_replication_role = replica;', 'SELECT 1;'),
    '003_next.sql': sqlMigration("CREATE TABLE t_next (id int, role text DEFAULT current_user, srr text DEFAULT current_setting('session_replication_role'));\nINSERT INTO t_next (id) VALUES (1);", 'DROP TABLE t_next;'),
  });
}, 60_000);

afterAll(async () => {
  const c = await db.client();
  await c.query('DROP SCHEMA IF EXISTS tenant_a CASCADE; DROP SCHEMA IF EXISTS other CASCADE').catch(() => undefined);
  await db.drop();
  project.cleanup();
});

it('plan and up: the migration after a pg_dump header, a SET search_path and session_replication_role runs with the session the run started with', async () => {
  const plan = await runCli(['plan', '--dir', project.dir, '--url', db.url, '--json'], { cwd: project.root });
  expect(plan.code, `${plan.stdout}\n${plan.stderr}`).toBe(0);
  const verdicts = (JSON.parse(plan.stdout) as { migrations: Array<{ version: string; verdict: string }> }).migrations.map((m) => `${m.version} ${m.verdict}`);
  expect(verdicts.every((v) => !v.endsWith('blocked')), verdicts.join(', ')).toBe(true);

  const up = await runCli(['up', '--dir', project.dir, '--url', db.url, '--no-lint'], { cwd: project.root });
  expect(up.code, `${up.stdout}\n${up.stderr}`).toBe(0);
  const c = await db.client();
  const row = (await c.query('SELECT to_regclass(\'public.t_next\') IS NOT NULL AS in_public, role, srr FROM public.t_next')).rows[0];
  // Created in the default schema (not "no schema has been selected", nor in "other"), with triggers and foreign keys
  // on (session_replication_role back to origin).
  expect(row).toMatchObject({ in_public: true, srr: 'origin' });
  expect(row.role).toBe((await c.query('SELECT current_user AS u')).rows[0].u);
});

it('a schema target keeps its search_path after a migration that sets another one', async () => {
  const p = tempProject({
    '001_set.sql': sqlMigration('SET search_path TO public;\nCREATE TABLE IF NOT EXISTS public.scratch_restore (id int);', 'SELECT 1;'),
    '002_table.sql': sqlMigration('CREATE TABLE tenant_table (id int);', 'DROP TABLE tenant_table;'),
  });
  try {
    const up = await runCli(['up', '--dir', p.dir, '--url', db.url, '--schema', 'tenant_a', '--no-lint'], { cwd: p.root });
    expect(up.code, `${up.stdout}\n${up.stderr}`).toBe(0);
    const c = await db.client();
    expect((await c.query("SELECT to_regclass('tenant_a.tenant_table') IS NOT NULL AS a, to_regclass('public.tenant_table') IS NOT NULL AS p")).rows[0]).toEqual({ a: true, p: false });
  } finally {
    p.cleanup();
  }
});

it('plan --on-target restores the session between migrations too, and keeps its own lock_timeout after the restore', async () => {
  const c = await db.client();
  await c.query('CREATE TABLE IF NOT EXISTS public.held_by_other (id int)');
  const p = tempProject({
    // No schema named "nowhere": without the restore, the next CREATE TABLE has no schema to create in.
    '101_path.sql': sqlMigration('SET search_path TO nowhere;', 'SELECT 1;'),
    '102_table.sql': sqlMigration('CREATE TABLE on_target_next (id int);', 'DROP TABLE on_target_next;'),
    // Waits for a lock another session holds: the rehearsal's lock_timeout must still be in force after the RESET ALL.
    '103_lock.sql': sqlMigration('LOCK TABLE public.held_by_other IN ACCESS EXCLUSIVE MODE;', 'SELECT 1;'),
  });
  const holder = await db.client('holder');
  try {
    await holder.query('BEGIN; LOCK TABLE public.held_by_other IN ACCESS SHARE MODE');
    const started = Date.now();
    const plan = await runCli(['plan', '--on-target', '--dir', p.dir, '--url', db.url, '--json'], { cwd: p.root });
    const elapsed = Date.now() - started;
    const out = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; verdict: string }> };
    const byVersion = new Map(out.migrations.map((m) => [m.version, m]));
    expect(byVersion.get('102')?.verdict, plan.stdout).not.toBe('blocked');
    expect(byVersion.get('103')?.verdict, plan.stdout).toBe('attention');
    expect(elapsed).toBeLessThan(30_000);
  } finally {
    await holder.query('ROLLBACK').catch(() => undefined);
    p.cleanup();
  }
}, 60_000);
