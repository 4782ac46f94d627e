/** The core runner, end to end through the library API, on a PostgreSQL server and on PGlite. */
import { afterEach, describe, expect, it } from 'vitest';
import { harness, type BackendName, type Harness } from './backends.js';
import { sqlMigration } from '../support/fixtures.js';

const USERS = sqlMigration('CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);', 'DROP TABLE users;');
const POSTS = sqlMigration('CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));\nCREATE INDEX posts_user_id_idx ON posts (user_id);', 'DROP TABLE posts;');
const TAGS = sqlMigration('CREATE TABLE tags (id bigint PRIMARY KEY, label text NOT NULL);', 'DROP TABLE tags;');

const tables = async (h: Harness): Promise<string[]> =>
  (await h.query<{ t: string }>("select tablename as t from pg_tables where schemaname = 'public' order by 1")).map((r) => r.t);

describe.each<BackendName>(['postgres', 'pglite'])('runner on %s', (backend) => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  it('applies, reports status with who and where, and rolls back one step and to 0', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '002_posts.sql': POSTS, '003_tags.sql': TAGS });
    const result = await h.migrator.up();
    expect(result.done.map((d) => d.version)).toEqual(['001', '002', '003']);
    expect(await tables(h)).toEqual(['posts', 'tags', 'users']);

    const status = await h.migrator.status();
    expect(status.summary).toMatchObject({ applied: 3, pending: 0 });
    expect(status.migrations[0]).toMatchObject({ state: 'applied', appliedBy: expect.any(String), osUser: expect.any(String), host: expect.any(String) });

    const down = await h.migrator.down();
    expect(down.done.map((d) => d.version)).toEqual(['003']);
    expect(await tables(h)).toEqual(['posts', 'users']);
    await h.migrator.down({ to: '0' });
    expect(await tables(h)).toEqual([]);
    const hist = await h.migrator.history();
    expect(hist.events.map((e) => `${e.kind}:${e.version}`)).toEqual([
      'apply:001', 'apply:002', 'apply:003', 'rollback:003', 'rollback:002', 'rollback:001',
    ]);
    expect(hist.migrations.every((m) => m.status === 'rolled_back' && m.rolledBackAt !== null)).toBe(true);
    // Re-applying after a rollback works and bumps the batch.
    const again = await h.migrator.up();
    expect(again.done).toHaveLength(3);
    expect((await h.migrator.status()).migrations.every((m) => m.batch === 2)).toBe(true);
  });

  it('stops at the first failure: earlier migrations committed, the failed one rolled back, the rest not attempted', async () => {
    h = await harness(backend, {
      '001_users.sql': USERS,
      '002_broken.sql': sqlMigration('CREATE TABLE half (id int);\nINSERT INTO no_such_table VALUES (1);', 'DROP TABLE half;'),
      '003_tags.sql': TAGS,
    });
    const result = await h.migrator.up();
    expect(result.done.map((d) => d.version)).toEqual(['001']);
    expect(result.failed?.version).toBe('002');
    expect(result.failed?.error.code).toBe('LOCKSTEP_E_MIGRATION_FAILED');
    // The error points at the file, line and column of the failing table name.
    expect(result.failed?.error.location).toMatchObject({ line: 3, column: 13 });
    expect(result.failed?.error.location?.file).toMatch(/002_broken\.sql$/);
    expect(result.notAttempted.map((m) => m.version)).toEqual(['003']);
    expect(await tables(h)).toEqual(['users']); // "half" was rolled back with its migration
    const status = await h.migrator.status();
    expect(status.migrations.map((m) => m.state)).toEqual(['applied', 'pending', 'pending']);
    const events = (await h.migrator.history()).events.map((e) => e.kind);
    expect(events).toEqual(['apply', 'fail']);
  });

  it('applies nothing when any pending file has a syntax error', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '002_tags.sql': TAGS, '003_bad.sql': sqlMigration('CREATE TABL x (id int);', 'DROP TABLE x;') });
    await expect(h.migrator.up()).rejects.toMatchObject({ code: 'LOCKSTEP_E_SQL_SYNTAX', location: { line: 2, column: 8 } });
    expect(await tables(h)).toEqual([]);
  });

  it('refuses to run when an applied file was edited, and repair --accept records the change', async () => {
    h = await harness(backend, { '001_users.sql': USERS });
    await h.migrator.up();
    h.project.write({ '001_users.sql': USERS.replace('email text', 'email  text'), '002_tags.sql': TAGS });
    await expect(h.migrator.up()).rejects.toMatchObject({ code: 'LOCKSTEP_E_CHECKSUM_MISMATCH', hint: expect.stringContaining('lockstep repair --accept 001') });
    await expect(h.migrator.down()).rejects.toMatchObject({ code: 'LOCKSTEP_E_CHECKSUM_MISMATCH' });
    expect(await tables(h)).toEqual(['users']);
    expect((await h.migrator.verify()).changed.map((c) => c.version)).toEqual(['001']);
    await h.migrator.repair('001');
    expect((await h.migrator.verify()).ok).toBe(true);
    await h.migrator.up();
    expect(await tables(h)).toEqual(['tags', 'users']);
    expect((await h.migrator.history()).events.map((e) => e.kind)).toContain('repair');
  });

  it('treats a CRLF checkout of an applied file as unchanged', async () => {
    h = await harness(backend, { '001_users.sql': USERS });
    await h.migrator.up();
    h.project.write({ '001_users.sql': USERS.replace(/\n/g, '\r\n') });
    expect((await h.migrator.verify()).ok).toBe(true);
  });

  it('reports a missing file and rolls it back with the stored down SQL', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '002_tags.sql': TAGS });
    await h.migrator.up();
    h.project.remove('002_tags.sql');
    const status = await h.migrator.status();
    expect(status.migrations.find((m) => m.version === '002')).toMatchObject({ missingFile: true, state: 'applied' });
    await h.migrator.down();
    expect(await tables(h)).toEqual(['users']);
  });

  it('refuses out-of-order pending migrations unless allowed', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '003_tags.sql': TAGS });
    await h.migrator.up();
    h.project.write({ '002_posts.sql': POSTS });
    expect((await h.migrator.status()).migrations.find((m) => m.version === '002')?.outOfOrder).toBe(true);
    await expect(h.migrator.up()).rejects.toMatchObject({ code: 'LOCKSTEP_E_OUT_OF_ORDER' });
    const result = await h.migrator.up({ allowOutOfOrder: true });
    expect(result.done.map((d) => d.version)).toEqual(['002']);
  });

  it('--to and --step select what runs', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '002_posts.sql': POSTS, '003_tags.sql': TAGS });
    expect((await h.migrator.up({ to: '002' })).done.map((d) => d.version)).toEqual(['001', '002']);
    await h.migrator.down({ step: 2 });
    expect((await h.migrator.up({ step: 1 })).done.map((d) => d.version)).toEqual(['001']);
  });

  it('dry run prints the SQL, history writes included, and executes nothing', async () => {
    h = await harness(backend, { '001_users.sql': USERS });
    const result = await h.migrator.up({ dryRun: true });
    expect(result.script).toContain('CREATE TABLE users');
    expect(result.script).toMatch(/insert into "lockstep"\.migrations/);
    // The first attempt's lock_timeout (the adaptive start, docs/zero-downtime.md).
    expect(result.script).toContain("set local lock_timeout = '10ms'");
    expect(await tables(h)).toEqual([]);
    const schemas = await h.query<{ n: number }>("select count(*)::int as n from pg_namespace where nspname = 'lockstep'");
    expect(schemas[0]?.n).toBe(0);
  });

  it('--single-transaction rolls back the whole batch on failure', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '002_broken.sql': sqlMigration('SELECT 1/0;', 'SELECT 1;'), '003_later.sql': sqlMigration('SELECT 3;', 'SELECT 3;') });
    const result = await h.migrator.up({ singleTransaction: true });
    expect(result.failed?.version).toBe('002');
    expect(result.done).toEqual([]);
    // 001 ran and went back with the batch; only 003 never started.
    expect(result.rolledBackWithBatch?.map((m) => m.version)).toEqual(['001']);
    expect(result.notAttempted.map((m) => m.version)).toEqual(['003']);
    expect(await tables(h)).toEqual([]);
  });

  it('runs a non-transactional CREATE INDEX CONCURRENTLY migration', async () => {
    h = await harness(backend, {
      '001_users.sql': USERS,
      '002_index.sql': sqlMigration('CREATE INDEX CONCURRENTLY users_email_idx ON users (email);', 'DROP INDEX CONCURRENTLY users_email_idx;'),
    });
    await h.migrator.up();
    const idx = await h.query<{ valid: boolean }>("select indisvalid as valid from pg_index where indexrelid = 'users_email_idx'::regclass");
    expect(idx[0]?.valid).toBe(true);
    await h.migrator.down();
    expect(await h.query("select 1 from pg_class where relname = 'users_email_idx'")).toEqual([]);
  });

  it('leaves a failed non-transactional migration partial and resumes at the failed statement', async () => {
    const step = (second: string): string => sqlMigration(
      `CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz);\n${second}\nCREATE INDEX CONCURRENTLY audit_id_at_idx ON audit (id, at);`,
      'DROP TABLE audit;',
      '-- lockstep:no-transaction\n',
    );
    h = await harness(backend, { '001_audit.sql': step('CREATE INDEX CONCURRENTLY audit_at_idx ON audit (no_such_column);') });
    const first = await h.migrator.up();
    expect(first.failed?.error.message).toContain('no_such_column');
    expect(first.failed?.error.hint).toContain('resume at statement 2');
    const status = await h.migrator.status();
    expect(status.migrations[0]).toMatchObject({ state: 'partial', partial: { done: 1, total: 3 } });
    // Editing a statement that already ran is refused; fixing the failed one is allowed.
    h.project.write({ '001_audit.sql': step('CREATE INDEX CONCURRENTLY audit_at_idx ON audit (at);').replace('at timestamptz', 'at timestamp') });
    await expect(h.migrator.up()).rejects.toMatchObject({ code: 'LOCKSTEP_E_PARTIAL' });
    h.project.write({ '001_audit.sql': step('CREATE INDEX CONCURRENTLY audit_at_idx ON audit (at);') });
    const second = await h.migrator.up();
    expect(second.failed).toBeUndefined();
    expect((await h.migrator.status()).migrations[0]).toMatchObject({ state: 'applied', changed: false });
    const kinds = (await h.migrator.history()).events.map((e) => e.kind);
    expect(kinds).toEqual(['fail', 'resume', 'apply']);
  });


  it('a non-transactional migration that fails at its first statement says nothing was applied, not "statements 1..0"', async () => {
    h = await harness(backend, {
      '001_users.sql': USERS,
      '002_index.sql': sqlMigration('CREATE INDEX CONCURRENTLY users_nope_idx ON users (no_such_column);', 'SELECT 1;'),
    });
    const run = await h.migrator.up();
    expect(run.failed?.error.hint).toContain('Statement 1 of 1 failed; nothing before it was applied');
    expect(run.failed?.error.hint).not.toContain('1..0');
  });
  it('runs TypeScript module migrations inside their transaction', async () => {
    h = await harness(backend, {
      '001_users.sql': USERS,
      '002_seed.ts': [
        'import type { MigrationContext } from "lockstep";',
        'export async function up(ctx: MigrationContext): Promise<void> {',
        "  await ctx.query('insert into users (email) values ($1)', ['a@example.com']);",
        '}',
        'export async function down(ctx: MigrationContext): Promise<void> {',
        "  await ctx.exec(\"delete from users where email = 'a@example.com'\");",
        '}',
      ].join('\n'),
      '003_broken.mjs': 'export async function up(ctx) {\n  await ctx.exec("insert into users (email) values (\'b@example.com\')");\n  throw new Error("boom");\n}\nexport async function down() {}\n',
    });
    const result = await h.migrator.up();
    expect(result.done.map((d) => d.version)).toEqual(['001', '002']);
    expect(result.failed?.error.message).toContain('boom');
    expect(await h.query('select email from users order by 1')).toEqual([{ email: 'a@example.com' }]);
    h.project.remove('003_broken.mjs');
    await h.migrator.down();
    expect(await h.query('select email from users')).toEqual([]);
  });

  it('baseline marks existing migrations applied without running them', async () => {
    h = await harness(backend, { '001_users.sql': USERS, '002_tags.sql': TAGS, '003_posts.sql': POSTS });
    // The database has none of their tables: baseline refuses (test/adopt/baseline-evidence.test.ts) unless forced.
    await expect(h.migrator.baseline('002')).rejects.toMatchObject({ code: 'LOCKSTEP_E_BASELINE_NO_EVIDENCE' });
    const r = await h.migrator.baseline('002', { force: true });
    expect(r.baselined).toEqual(['001', '002']);
    expect(await tables(h)).toEqual([]);
    await expect(h.migrator.up()).resolves.toMatchObject({ failed: expect.objectContaining({ version: '003' }) }); // users does not exist: --force trusted the operator
  });

  it('refuses to roll back an irreversible migration', async () => {
    h = await harness(backend, { '001_users.sql': '-- lockstep:irreversible\n-- UP\nCREATE TABLE users (id int);\n' });
    await h.migrator.up();
    await expect(h.migrator.down()).rejects.toMatchObject({ code: 'LOCKSTEP_E_IRREVERSIBLE' });
    expect(await tables(h)).toEqual(['users']);
  });
});
