/** Pre-flight checks against a real PostgreSQL, with second sessions holding locks and transactions open. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, withRunLock, type Migrator } from '../../src/api/index.js';
import type { Finding } from '../../src/preflight/index.js';
import { checkBeforeUp } from '../../src/api/preflight-steps.js';
import { preflightPending } from '../../src/api/preflight-pending.js';
import { prepareUps } from '../../src/api/prepare-steps.js';
import { computeStatus, planUp } from '../../src/plan/index.js';
import type { RunEvent } from '../../src/runner/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

const ACCOUNTS = sqlMigration('CREATE TABLE accounts (id bigint PRIMARY KEY, balance int NOT NULL DEFAULT 0);\nINSERT INTO accounts (id) SELECT generate_series(1, 100);', 'DROP TABLE accounts;');
const ADD_COLUMN = sqlMigration('ALTER TABLE accounts ADD COLUMN metadata jsonb;', 'ALTER TABLE accounts DROP COLUMN metadata;');

let db: TestDatabase;
let project: TempProject;
const open: pg.Client[] = [];
const migrators: Migrator[] = [];

async function side(name: string): Promise<pg.Client> {
  const c = await db.client(name);
  open.push(c);
  return c;
}

async function migrator(config: Record<string, unknown> = {}, extra: { env?: string; onEvent?: (e: RunEvent) => void } = {}): Promise<Migrator> {
  writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({ dir: 'migrations', url: db.url, ...config }));
  const m = await createMigrator({ cwd: project.root, ...(extra.env ? { env: extra.env } : {}), onEvent: extra.onEvent });
  migrators.push(m);
  return m;
}

const of = (findings: readonly Finding[], check: string): Finding[] => findings.filter((f) => f.check === check);

beforeAll(async () => {
  db = await createTestDatabase('preflight');
  project = tempProject({ '001_accounts.sql': ACCOUNTS });
  const m = await migrator();
  await m.up();
  project.write({ '002_add_metadata.sql': ADD_COLUMN });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.end().catch(() => undefined)));
});
afterAll(async () => {
  await Promise.all(migrators.map((m) => m.close()));
  project?.cleanup();
  await db?.drop();
});

describe('lock conflicts', () => {
  it('reports a session holding a lock that conflicts with a pending migration', async () => {
    const holder = await side('report-job');
    const pid = (await holder.query('select pg_backend_pid() as pid')).rows[0].pid as number;
    await holder.query('begin');
    // Its query's value stays out of the report: its shape says which job it is.
    await holder.query("select count(*) from accounts where id <> 987654");
    const report = await preflightPending((await migrator()).context);
    expect(report.ok).toBe(false);
    expect(report.pending).toEqual(['002']);
    expect(report.locks.locks).toEqual([{ relation: 'accounts', mode: 'AccessExclusive', blocks: ['reads', 'writes', 'ddl'], versions: ['002'] }]);
    const [conflict] = of(report.findings, 'lock-conflict');
    expect(conflict).toMatchObject({ severity: 'blocker', session: { pid, applicationName: 'report-job', state: 'idle in transaction' } });
    expect(conflict?.message).toContain('holds ACCESS SHARE on public.accounts, which conflicts with the ACCESS EXCLUSIVE that 002 needs');
    expect(conflict?.hint).toContain(`pg_terminate_backend(${pid})`);
    expect(conflict?.session?.transactionMs).toBeGreaterThanOrEqual(0);
    expect(conflict?.session?.query).toBe('select count(*) from accounts where id <> $1');
    expect(conflict?.message).toContain(': select count(*) from accounts where id <> $1');
    expect(JSON.stringify(report)).not.toContain('987654');
  });

  it('--wait-for-blockers succeeds when the blocker commits during the wait', async () => {
    const holder = await side('report-job');
    await holder.query('begin');
    await holder.query('select count(*) from accounts');
    const events: RunEvent[] = [];
    const m = await migrator({}, { onEvent: (e) => {
      events.push(e);
      if (e.type === 'preflight-wait') void holder.query('commit');
    } });
    const report = await preflightPending(m.context, { waitForBlockersMs: 60_000 });
    expect(report.ok).toBe(true);
    expect(of(report.findings, 'lock-conflict')).toEqual([]);
    expect(events.find((e) => e.type === 'preflight-wait')).toMatchObject({ blockers: [expect.stringContaining('report-job')] });
  });

  it('--cancel-blockers cancels the blocking query', async () => {
    const reporter = await side('slow-report');
    const running = reporter.query('select count(*) from accounts, pg_sleep(60)').then(() => 'finished', (e: { code?: string }) => e.code);
    const seen = await side('observer');
    for (;;) {
      const r = await seen.query("select count(*)::int as n from pg_stat_activity where application_name = 'slow-report' and state = 'active' and wait_event = 'PgSleep'");
      if (r.rows[0].n > 0) break;
    }
    const pid = (await seen.query("select pid from pg_stat_activity where application_name = 'slow-report'")).rows[0].pid as number;
    const report = await preflightPending((await migrator()).context, { cancelBlockers: true });
    expect(report.cancelled).toEqual([pid]);
    expect(await running).toBe('57014'); // query_canceled
    expect(report.ok).toBe(true);
  });

  it('--cancel-blockers needs --yes on a protected environment', async () => {
    const m = await migrator({ environments: { prod: { url: db.url, protected: true } } }, { env: 'prod' });
    await expect(preflightPending(m.context, { cancelBlockers: true })).rejects.toMatchObject({ code: 'LOCKSTEP_E_PROTECTED_ENV' });
    const confirmed = await preflightPending(m.context, { cancelBlockers: true, confirmed: true });
    expect(confirmed.cancelled).toEqual([]);
  });
});

describe('transactions', () => {
  it('finds a long transaction and an idle-in-transaction session anywhere in the database', async () => {
    const idle = await side('forgotten-console');
    await idle.query('begin');
    await idle.query('select txid_current()');
    const busy = await side('batch-job');
    const running = busy.query('begin; select pg_sleep(60)').catch(() => undefined);
    const seen = await side('observer');
    for (;;) {
      const r = await seen.query("select count(*)::int as n from pg_stat_activity where application_name = 'batch-job' and wait_event = 'PgSleep'");
      if (r.rows[0].n > 0) break;
    }
    const report = await preflightPending((await migrator({ preflight: { longTransaction: 0, idleInTransaction: 0 } })).context);
    expect(of(report.findings, 'idle-in-transaction')).toEqual([
      expect.objectContaining({ severity: 'warning', session: expect.objectContaining({ applicationName: 'forgotten-console' }) }),
    ]);
    expect(of(report.findings, 'long-transaction').map((f) => f.session?.applicationName)).toContain('batch-job');
    expect(report.ok).toBe(true); // warnings do not block
    await seen.query("select pg_cancel_backend(pid) from pg_stat_activity where application_name = 'batch-job'");
    await running;
  });
});

describe('maintenance window and backup check (protected environment)', () => {
  const prod = (preflight: Record<string, unknown>): Record<string, unknown> => ({ environments: { prod: { url: db.url, protected: true } }, preflight });
  const window = { days: ['sat'], start: '02:00', end: '04:00', timezone: 'Europe/Berlin' };
  const wednesdayNoon = (): Date => new Date('2024-01-03T12:00:00Z');
  const saturday0230Berlin = (): Date => new Date('2024-01-06T01:30:00Z');

  it('refuses a migration that blocks reads and writes outside the window, unless forced', async () => {
    const m = await migrator(prod({ maintenanceWindows: [window] }), { env: 'prod' });
    const outside = await preflightPending(m.context, { now: wednesdayNoon });
    expect(outside.ok).toBe(false);
    expect(of(outside.findings, 'maintenance-window')[0]).toMatchObject({ severity: 'blocker', message: expect.stringContaining('sat 02:00–04:00 Europe/Berlin') });
    const inside = await preflightPending(m.context, { now: saturday0230Berlin });
    expect(of(inside.findings, 'maintenance-window')).toEqual([]);
    const forced = await preflightPending(m.context, { now: wednesdayNoon, force: true });
    expect(forced.ok).toBe(true);
    expect(of(forced.findings, 'maintenance-window')[0]?.severity).toBe('warning');
  });

  it('does not apply the window to unprotected environments', async () => {
    const m = await migrator({ preflight: { maintenanceWindows: [window] } });
    expect(of((await preflightPending(m.context, { now: wednesdayNoon })).findings, 'maintenance-window')).toEqual([]);
  });

  it('runs the backup check without a shell and blocks when it fails', async () => {
    const failing = await migrator(prod({ backupCheck: { command: [process.execPath, '-e', 'console.error("last backup 3 days old"); process.exit(3)'] } }), { env: 'prod' });
    const bad = await preflightPending(failing.context);
    expect(of(bad.findings, 'backup')[0]).toMatchObject({ severity: 'blocker', message: expect.stringMatching(/exited with status 3.*last backup 3 days old/) });
    const passing = await migrator(prod({ backupCheck: { command: [process.execPath, '-e', 'process.exit(0)'] } }), { env: 'prod' });
    expect(of((await preflightPending(passing.context)).findings, 'backup')[0]).toMatchObject({ severity: 'info' });
  });
});

describe('checkBeforeUp (what up calls)', () => {
  it('throws LOCKSTEP_E_PREFLIGHT with the blockers and records a preflight event', async () => {
    const holder = await side('report-job');
    await holder.query('begin');
    await holder.query('select count(*) from accounts');
    const m = await migrator();
    const ctx = m.context;
    const err = await withRunLock(ctx, 'up', async (session) => {
      const steps = planUp(computeStatus(await ctx.loadFiles(), await ctx.history.rows(session)), {});
      return checkBeforeUp(ctx, session, await prepareUps(steps));
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_PREFLIGHT', message: expect.stringContaining('report-job') });
    const events = (await m.history()).events.filter((e) => e.kind === 'preflight');
    expect(events.at(-1)).toMatchObject({ details: { ok: false, findings: [expect.objectContaining({ check: 'lock-conflict', severity: 'blocker' })] } });
  });
});

describe('lockstep preflight (CLI)', () => {
  it('prints the report and exits 1 while a blocker holds a lock', async () => {
    const holder = await side('report-job');
    await holder.query('begin');
    await holder.query('select count(*) from accounts');
    writeFileSync(join(project.root, 'lockstep.config.json'), JSON.stringify({ dir: 'migrations', url: db.url }));
    const human = await runCli(['preflight'], { cwd: project.root });
    expect(human.code, human.stderr).toBe(1);
    expect(human.stdout).toContain('BLOCKER [lock-conflict] pid');
    expect(human.stdout).toContain('accounts: ACCESS EXCLUSIVE (blocks reads, writes, ddl) — 002');
    const json = await runCli(['preflight', '--json'], { cwd: project.root });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, pending: ['002'] });
    await holder.query('commit');
    const clear = await runCli(['preflight'], { cwd: project.root });
    expect(clear.code, clear.stdout).toBe(0);
    expect(clear.stdout).toContain('OK: no blockers');
  });
});
