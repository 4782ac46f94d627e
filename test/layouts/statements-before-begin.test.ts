/**
 * A file with statements before its own BEGIN (`CREATE TABLE a …; BEGIN; CREATE TABLE b …; …; COMMIT;`), in each
 * layout, through the CLI against the real server. Where its tool runs the file in a transaction or sends it as one
 * query, those statements run in one transaction with the BEGIN's block (test/execution/tool-transactions.test.ts
 * checks why): a failure in the block leaves nothing, and no partial migration. Lockstep's own layout, and a tool's
 * option that runs the file statement by statement, run them each on its own, as psql -f does.
 */
import { describe, expect, it } from 'vitest';
import { withProject, type LayoutProject } from './support/layout-project.js';
import { adminUrl } from '../support/database.js';
import { sqlMigration } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

const up = (bad: boolean): string => `CREATE TABLE a (id int);\nBEGIN;\nCREATE TABLE b (id int);\nINSERT INTO b VALUES (${bad ? "'x'" : '1'});\nCOMMIT;`;
/** Fails in its block while table c does not exist: the test creates it then, without editing the applied file. */
const DOWN = 'DROP TABLE a;\nBEGIN;\nDROP TABLE c;\nDROP TABLE b;\nCOMMIT;';
const drizzleUp = (bad: boolean): string => up(bad).replace(/;\n/g, ';\n--> statement-breakpoint\n');

interface Folder {
  readonly tool: string;
  /** The folder, with its up failing in the block or not (and DOWN, when the tool has downs). */
  readonly files: (badUp: boolean) => Record<string, string>;
  readonly id: string;
  readonly hasDown: boolean;
}

const JOINED: readonly Folder[] = [
  { tool: 'goose', id: '00001', hasDown: true, files: (u) => ({ '00001_pre.sql': `-- +goose Up\n${up(u)}\n-- +goose Down\n${DOWN}\n` }) },
  { tool: 'sql-migrate', id: '1_pre', hasDown: true, files: (u) => ({ '1_pre.sql': `-- +migrate Up\n${up(u)}\n-- +migrate Down\n${DOWN}\n` }) },
  { tool: 'dbmate', id: '20240101000000', hasDown: true, files: (u) => ({ '20240101000000_pre.sql': `-- migrate:up\n${up(u)}\n-- migrate:down\n${DOWN}\n` }) },
  { tool: 'dbmate transaction:false', id: '20240101000000', hasDown: true, files: (u) => ({ '20240101000000_pre.sql': `-- migrate:up transaction:false\n${up(u)}\n-- migrate:down\n${DOWN}\n` }) },
  { tool: 'node-pg-migrate', id: '1700000000000_pre', hasDown: true, files: (u) => ({ '1700000000000_pre.sql': `-- Up Migration\n${up(u)}\n-- Down Migration\n${DOWN}\n` }) },
  { tool: 'diesel', id: '2024-01-01-000000', hasDown: true, files: (u) => ({ '2024-01-01-000000_pre/up.sql': up(u), '2024-01-01-000000_pre/down.sql': DOWN }) },
  {
    tool: 'diesel run_in_transaction = false', id: '2024-01-01-000000', hasDown: true,
    files: (u) => ({ '2024-01-01-000000_pre/up.sql': up(u), '2024-01-01-000000_pre/down.sql': DOWN, '2024-01-01-000000_pre/metadata.toml': 'run_in_transaction = false\n' }),
  },
  { tool: 'golang-migrate', id: '1', hasDown: true, files: (u) => ({ '1_pre.up.sql': up(u), '1_pre.down.sql': DOWN }) },
  { tool: 'prisma', id: '20240101000000_pre', hasDown: false, files: (u) => ({ 'migration_lock.toml': 'provider = "postgresql"\n', '20240101000000_pre/migration.sql': up(u) }) },
  {
    tool: 'drizzle', id: '0000_pre', hasDown: false,
    files: (u) => ({ 'meta/_journal.json': JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_pre', breakpoints: true }] }), '0000_pre.sql': drizzleUp(u) }),
  },
  { tool: 'flyway', id: '1', hasDown: false, files: (u) => ({ 'V1__pre.sql': up(u) }) },
];

/** The migration's history row (status, statements done), if it has one. */
async function row(p: LayoutProject, id: string): Promise<[string, number] | undefined> {
  const c = await p.db.client();
  const r = await c.query<{ status: string; statements_done: number }>('select status, statements_done from lockstep.migrations where version = $1', [id]).catch(() => ({ rows: [] }));
  const x = r.rows[0];
  return x ? [x.status, x.statements_done] : undefined;
}

describe('statements before the first BEGIN run in one transaction with its block, as the tool runs them', () => {
  it.each(JOINED)('$tool', ({ tool, files, id, hasDown }) =>
    withProject(`prebegin_${tool.split(' ')[0]}`, files(true), async (p) => {
      // up: the block fails, and the CREATE TABLE a before its BEGIN is rolled back with it; no partial migration.
      const failed = await p.cli('up');
      expect(failed.code, failed.stdout).not.toBe(0);
      expect(failed.stdout + failed.stderr).toContain('LOCKSTEP_E_MIGRATION_FAILED');
      expect(failed.stdout + failed.stderr).toContain('nothing of it was applied');
      expect(await p.tables()).toEqual([]);
      expect(await row(p, id)).toBeUndefined();
      const status = await p.status();
      expect(status.migrations.map((m) => [m.id, m.state])).toEqual([[id, 'pending']]);

      p.project.write(files(false));
      // plan rehearses it the same way: the statement before BEGIN runs inside the block, its locks read from pg_locks.
      const plan = await p.cli('plan', '--shadow-url', adminUrl(), '--json', '--fail-on', 'never');
      expect(plan.code, plan.stderr).toBe(0);
      const trace = (JSON.parse(plan.stdout) as { migrations: Array<{ trace: { error: unknown; statements: Array<{ inTransaction: boolean; lockSource: string }> } }> }).migrations[0]?.trace;
      expect(trace?.error).toBeNull();
      expect(trace?.statements.map((s) => [s.inTransaction, s.lockSource])).toEqual(trace?.statements.map(() => [true, 'pg_locks']));

      const applied = await p.cli('up');
      expect(applied.code, applied.stderr).toBe(0);
      expect(await p.tables()).toEqual(['a', 'b']);
      expect(await row(p, id)).toEqual(['applied', 5]);
      if (!hasDown) return;

      // down: likewise, the DROP TABLE a before its BEGIN is undone with the failed block; the migration stays applied.
      const downFailed = await p.cli('down');
      expect(downFailed.code, downFailed.stdout).not.toBe(0);
      expect(downFailed.stdout + downFailed.stderr).toContain('none of it ran');
      expect(await p.tables()).toEqual(['a', 'b']);
      expect((await row(p, id))?.[0]).toBe('applied');
      await (await p.db.client()).query('CREATE TABLE c (id int)');
      const rolledBack = await p.cli('down');
      expect(rolledBack.code, rolledBack.stderr).toBe(0);
      expect(await p.tables()).toEqual([]);
      expect((await row(p, id))?.[0]).toBe('rolled_back');
    }), 120_000);
});

describe('statements before the first BEGIN run each on its own where the file is run statement by statement', () => {
  const folders: ReadonlyArray<{ tool: string; id: string; files: (bad: boolean) => Record<string, string> }> = [
    // Lockstep's own layout runs a file holding its own BEGIN as psql -f does (docs/migration-files.md).
    { tool: 'lockstep', id: '001', files: (bad) => ({ '001_pre.sql': sqlMigration(up(bad), DOWN) }) },
    // goose NO TRANSACTION sends the statements one by one, each committing.
    { tool: 'goose NO TRANSACTION', id: '00001', files: (bad) => ({ '00001_pre.sql': `-- +goose NO TRANSACTION\n-- +goose Up\n${up(bad)}\n-- +goose Down\n${DOWN}\n` }) },
  ];
  it.each(folders)('$tool: a failure in the block leaves the statement before it applied, the migration partial', ({ tool, id, files }) =>
    withProject(`prebegin_own_${tool.split(' ')[0]}`, files(true), async (p) => {
      const failed = await p.cli('up');
      expect(failed.code, failed.stdout).not.toBe(0);
      expect(await p.tables()).toEqual(['a']);
      expect(await row(p, id)).toEqual(['partial', 1]);
      p.project.write(files(false));
      const resumed = await p.cli('up');
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stdout + resumed.stderr).toContain('resuming at statement 2');
      expect(await p.tables()).toEqual(['a', 'b']);
      expect(await row(p, id)).toEqual(['applied', 5]);
    }), 120_000);
});

// lint reads the statements before BEGIN in the block's transaction (src/execution numbers them), as PostgreSQL runs
// them under goose: an enum value added before the BEGIN cannot be used inside the block (55P04), so lint says so.
it('lint reports what the block would refuse, and up without the lint gate fails on it with nothing applied', () =>
  withProject('prebegin_lint', {
    '00001_setup.sql': "-- +goose Up\nCREATE TYPE mood AS ENUM ('sad');\n-- +goose Down\nDROP TYPE mood;\n",
    '00002_enum.sql': "-- +goose Up\nALTER TYPE mood ADD VALUE 'happy';\nBEGIN;\nCREATE TABLE m (v mood DEFAULT 'happy');\nCOMMIT;\n-- +goose Down\nDROP TABLE m;\n",
  }, async (p) => {
    const findings = (await p.lint()).filter((f) => f.rule === 'enum-value-used-in-same-transaction');
    expect(findings.map((f) => [f.file.split('/').pop(), f.line])).toEqual([['00002_enum.sql', 4]]);
    const up = await p.cli('up', '--no-lint');
    expect(up.code).not.toBe(0);
    expect(up.stdout + up.stderr).toContain('55P04');
    const c = await p.db.client();
    const labels = await c.query<{ l: string }>("select enumlabel as l from pg_enum where enumtypid = 'mood'::regtype order by enumsortorder");
    expect(labels.rows.map((r) => r.l)).toEqual(['sad']);
    expect(await row(p, '00002')).toBeUndefined();
  }), 120_000);
