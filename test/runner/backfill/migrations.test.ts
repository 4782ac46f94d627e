/** Backfills as migrations: the SQL directive through the API and the CLI, and the backfill() helper in a module. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator, type Migrator } from '../../../src/api/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { REPO_ROOT, runCli, tempProject, type TempProject } from '../../support/fixtures.js';

const ITEMS = (table: string, rows: number): string => `-- UP
CREATE TABLE ${table} (id bigint PRIMARY KEY, n int NOT NULL DEFAULT 0, note text);
INSERT INTO ${table} (id) SELECT g FROM generate_series(1, ${rows}) g;

-- DOWN
DROP TABLE ${table};
`;

const BACKFILL = (directive: string): string => `-- lockstep:no-transaction
-- lockstep:backfill ${directive}
-- UP

-- DOWN
-- nothing to undo: the table's own migration drops it
`;

let db: TestDatabase;
const projects: TempProject[] = [];
const migrators: Migrator[] = [];

beforeAll(async () => {
  db = await createTestDatabase('backfill_mig');
});
afterAll(async () => {
  await Promise.all(migrators.map((m) => m.close()));
  for (const p of projects) p.cleanup();
  await db?.drop();
});

async function project(files: Record<string, string>, historySchema: string): Promise<{ p: TempProject; m: Migrator; notices: string[] }> {
  const p = tempProject(files);
  projects.push(p);
  const notices: string[] = [];
  const m = await createMigrator({ cwd: p.root, dir: p.dir, url: db.url, historySchema, onEvent: (e) => e.type === 'notice' && notices.push(e.message) });
  migrators.push(m);
  return { p, m, notices };
}

describe('-- lockstep:backfill', () => {
  it('runs as a migration: rows updated once in batches, progress and events recorded', async () => {
    const { m } = await project({
      '001_items.sql': ITEMS('a_items', 2_500),
      '002_fill.sql': BACKFILL(`table=a_items set="n = n + 1, note = 'filled'" where="note IS NULL" batch-size=1000 pause=1ms`),
    }, 'h_a');
    const r = await m.up();
    expect(r.failed).toBeUndefined();
    expect(r.done.map((d) => d.version)).toEqual(['001', '002']);
    const c = await db.client();
    expect((await c.query("select count(*) filter (where n = 1 and note = 'filled')::int as ok from a_items")).rows[0].ok).toBe(2_500);
    expect((await c.query('select rows_done::int, batches, finished_at is not null as finished from h_a.backfills')).rows).toEqual([{ rows_done: 2_500, batches: 3, finished: true }]);
    const events = (await m.history({ version: '002' })).events.map((e) => `${e.kind}:${String(e.details.action ?? '')}`);
    expect(events).toEqual(['backfill:start', 'backfill:finish', 'apply:']);
    expect((await m.status()).migrations.map((x) => x.state)).toEqual(['applied', 'applied']);
  });

  it('runs again after its migration was rolled back', async () => {
    const { m } = await project({ '001_items.sql': ITEMS('b_items', 300), '002_fill.sql': BACKFILL('table=b_items set="n = n + 1" batch-size=100') }, 'h_b');
    await m.up();
    await m.down();
    await m.up();
    const c = await db.client();
    expect((await c.query('select min(n) as lo, max(n) as hi from b_items')).rows[0]).toEqual({ lo: 2, hi: 2 });
  });

  it('stops as a partial migration when a batch fails, shows where it stands in status, and resumes after the fix', async () => {
    const { m } = await project({
      '001_items.sql': ITEMS('p_items', 3_000).replace('note text)', 'note text, d int NOT NULL DEFAULT 1)') + '',
      '002_fill.sql': BACKFILL('table=p_items set="n = n + 1 / d" batch-size=1000'),
    }, 'h_p');
    await m.up({ to: '001' });
    const c = await db.client();
    await c.query('update p_items set d = 0 where id = 1500');
    const failed = await m.up();
    expect(failed.failed?.error.message).toMatch(/division by zero/);
    expect(failed.failed?.error.hint).toMatch(/resume after the last finished batch/);
    const status = await m.status();
    expect(status.migrations.find((x) => x.version === '002')?.state).toBe('partial');
    expect(status.backfills).toEqual([expect.objectContaining({ version: '002', table: 'public.p_items', rowsDone: 1_000, batches: 1, lastKey: '1000', finishedAt: null })]);
    await c.query('update p_items set d = 1 where id = 1500');
    const resumed = await m.up();
    expect(resumed.failed).toBeUndefined();
    expect((await c.query('select min(n) as lo, max(n) as hi from p_items')).rows[0]).toEqual({ lo: 1, hi: 1 });
    const events = (await m.history({ version: '002' })).events.map((e) => `${e.kind}:${String(e.details.action ?? '')}`);
    expect(events).toEqual(['backfill:start', 'fail:', 'backfill:resume', 'backfill:finish', 'apply:']);
  });

  it('refuses a backfill migration without no-transaction, or with other SQL in its up section, before running anything', async () => {
    const { m } = await project({
      '001_items.sql': ITEMS('c_items', 10),
      '002_fill.sql': '-- lockstep:backfill table=c_items set="n = 1"\n-- UP\n\n-- DOWN\n',
      '003_more.sql': '-- lockstep:no-transaction\n-- lockstep:backfill table=c_items set="n = 1"\n-- UP\nUPDATE c_items SET n = 2;\n-- DOWN\n',
    }, 'h_c');
    const err = await m.up().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_BAD_DIRECTIVE' });
    expect(String((err as Error).message)).toMatch(/2 problems/);
    const c = await db.client();
    expect((await c.query("select to_regclass('c_items') is null as none")).rows[0].none).toBe(true);
  });

  it('reports a malformed directive with its line', async () => {
    const { m } = await project({ '001_fill.sql': BACKFILL('table=x set="n = 1" batch=10') }, 'h_d');
    await expect(m.up()).rejects.toMatchObject({ code: 'LOCKSTEP_E_BAD_DIRECTIVE', location: { line: 2 }, message: expect.stringContaining('batch=10') });
  });
});

describe('backfill(ctx) in a module migration', () => {
  const moduleSource = (transactional: boolean): string => `import { backfill } from ${JSON.stringify(`${REPO_ROOT}/src/runner/backfill/index.ts`)};
${transactional ? '' : 'export const transaction = false;\n'}export async function up(ctx) {
  const r = await backfill(ctx, { table: 'e_items', set: 'n = n + 1', batchSize: 250 });
  ctx.log(\`filled \${r.rowsDone} rows\`);
}
export async function down() {}
`;

  it('fills the table in batches and keeps progress in the history schema', async () => {
    const { m, notices } = await project({ '001_items.sql': ITEMS('e_items', 1_000), '002_fill.ts': moduleSource(false) }, 'h_e');
    const r = await m.up();
    expect(r.failed).toBeUndefined();
    expect(notices).toContain('002: filled 1000 rows');
    const c = await db.client();
    expect((await c.query('select count(*) filter (where n = 1)::int as ok from e_items')).rows[0].ok).toBe(1_000);
    expect((await c.query('select batches from h_e.backfills')).rows).toEqual([{ batches: 4 }]);
  });

  it('refuses to run inside the migration transaction', async () => {
    const { m } = await project({ '001_items.sql': ITEMS('f_items', 10), '002_fill.ts': moduleSource(true).replace(/e_items/g, 'f_items') }, 'h_f');
    const r = await m.up();
    expect(r.failed?.error.message).toMatch(/called inside a transaction/);
  });
});

describe('lockstep up (CLI) with a backfill migration', () => {
  it('applies it, prints progress lines when stderr is not a terminal, and shows it in the event log', async () => {
    const p = tempProject({ '001_items.sql': ITEMS('g_items', 3_000), '002_fill.sql': BACKFILL('table=g_items set="n = n + 1" batch-size=500') });
    projects.push(p);
    const args = ['--dir', p.dir, '--url', db.url, '--history-schema', 'h_g'];
    const dry = await runCli(['up', '--dry-run', ...args]);
    expect(dry.stdout).toContain('-- backfill g_items: UPDATE g_items SET n = n + 1 WHERE true, in batches of 500 rows');
    const up = await runCli(['up', ...args]);
    expect(up.code, up.stderr).toBe(0);
    expect(up.stderr).toMatch(/backfill public\.g_items finished: 100% 3,000 rows, 6 batches/);
    const hist = await runCli(['history', '--json', ...args]);
    const kinds = (JSON.parse(hist.stdout) as { events: Array<{ kind: string }> }).events.map((e) => e.kind);
    expect(kinds).toEqual(['apply', 'backfill', 'backfill', 'apply']);
    const c = await db.client();
    expect((await c.query('select count(*) filter (where n = 1)::int as ok from g_items')).rows[0].ok).toBe(3_000);
  });
});
