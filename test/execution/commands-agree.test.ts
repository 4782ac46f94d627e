/**
 * One execution model for every command (issue 11): for each tricky file, `lint`, `plan`, `up --dry-run` and `up`
 * report the same answer to "how does this migration run", the answer src/execution gives.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

type Mode = 'transaction' | 'no-transaction' | 'as-written';

interface Tricky {
  readonly name: string;
  /** The folder: a setup migration creating t (and index i on it), then the tricky one, in one tool's format. */
  readonly files: Readonly<Record<string, string>>;
  /** `refused`: lint reports it (`refusedBy`), plan blocks, up applies nothing. */
  readonly mode: Mode | 'refused';
  readonly refusedBy?: Refusal;
}

interface Refusal {
  readonly rule: string;
  /** The error up stops with. */
  readonly upError: string;
  /** How plan blocks: the rehearsal fails with this SQLSTATE, or plan lists why up refuses (a broken file). */
  readonly plan: { readonly sqlState: string } | 'up-refuses';
}

const REFUSED_BY_POSTGRES: Refusal = { rule: 'non-transactional-statement-in-transaction', upError: 'LOCKSTEP_E_LINT_FAILED', plan: { sqlState: '25001' } };

const SETUP_SQL = 'CREATE TABLE t (id bigint PRIMARY KEY, a int);\nCREATE INDEX i ON t (a);';
const lockstep = (up: string, header = ''): Record<string, string> => ({
  '001_setup.sql': sqlMigration(SETUP_SQL, 'DROP TABLE t;'),
  '002_tricky.sql': sqlMigration(up, 'SELECT 1;', header),
});

/** A procedure that COMMITs, created by the setup migration (001) rather than by the tricky one. */
const TOUCH_T = 'CREATE PROCEDURE touch_t() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;';
const earlier = (up: string): Record<string, string> => ({
  '001_setup.sql': sqlMigration(`${SETUP_SQL}\n${TOUCH_T}`, 'DROP PROCEDURE touch_t();\nDROP TABLE t;'),
  '002_tricky.sql': sqlMigration(up, 'SELECT 1;'),
});

/** A database a tricky migration creates (dropped after the file). */
const MADE_DB = `lockstep_agree_made_${process.pid}`;

const CASES: readonly Tricky[] = [
  { name: 'a lone CREATE INDEX CONCURRENTLY', files: lockstep('CREATE INDEX CONCURRENTLY t_id_a ON t (id, a);'), mode: 'no-transaction' },
  { name: 'VACUUM', files: lockstep('VACUUM t;'), mode: 'no-transaction' },
  { name: 'REINDEX … CONCURRENTLY', files: lockstep('REINDEX INDEX CONCURRENTLY i;'), mode: 'no-transaction' },
  { name: 'ALTER then CREATE INDEX CONCURRENTLY', files: lockstep('ALTER TABLE t ADD COLUMN b int;\nCREATE INDEX CONCURRENTLY t_b ON t (b);'), mode: 'no-transaction' },
  { name: 'the file\'s own BEGIN … COMMIT, then a concurrent build', files: lockstep('BEGIN;\nALTER TABLE t ADD COLUMN c int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_c ON t (c);'), mode: 'as-written' },
  { name: 'the no-transaction directive', files: lockstep('ALTER TABLE t ADD COLUMN d int;', '-- lockstep:no-transaction\n'), mode: 'no-transaction' },
  { name: 'a plain ALTER', files: lockstep('ALTER TABLE t ADD COLUMN e int;'), mode: 'transaction' },
  { name: 'a DO block that COMMITs', files: lockstep('DO $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;'), mode: 'no-transaction' },
  { name: 'a CALL of a procedure the migration creates, which COMMITs', files: lockstep('CREATE PROCEDURE touch_t() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;\nCALL touch_t();\nDROP PROCEDURE touch_t();'), mode: 'no-transaction' },
  {
    name: 'goose NO TRANSACTION',
    files: {
      '00001_setup.sql': `-- +goose Up\n${SETUP_SQL}\n-- +goose Down\nDROP TABLE t;\n`,
      '00002_tricky.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE t ADD COLUMN f int;\n-- +goose Down\nSELECT 1;\n',
    },
    mode: 'no-transaction',
  },
  {
    name: 'a goose StatementBegin block',
    files: {
      '00001_setup.sql': `-- +goose Up\n${SETUP_SQL}\n-- +goose Down\nDROP TABLE t;\n`,
      '00002_tricky.sql': '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n-- +goose StatementEnd\n-- +goose Down\nDROP FUNCTION f();\n',
    },
    mode: 'transaction',
  },
  {
    name: 'dbmate transaction:false',
    files: {
      '20240101000000_setup.sql': `-- migrate:up\n${SETUP_SQL}\n-- migrate:down\nDROP TABLE t;\n`,
      '20240102000000_tricky.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY t_g ON t (id);\n-- migrate:down\nDROP INDEX t_g;\n',
    },
    mode: 'no-transaction',
  },
  {
    name: 'sql-migrate, a file that COMMITs its tool\'s transaction and BEGINs another for the tool to commit',
    files: {
      '1_setup.sql': `-- +migrate Up\n${SETUP_SQL}\n-- +migrate Down\nDROP TABLE t;\n`,
      '2_tricky.sql': '-- +migrate Up\nALTER TABLE t ADD COLUMN k int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_k ON t (k);\nBEGIN;\n-- +migrate Down\nDROP INDEX t_k;\n',
    },
    mode: 'as-written',
  },
  {
    name: 'diesel run_in_transaction = false',
    files: {
      '2024-01-01-000000_setup/up.sql': SETUP_SQL,
      '2024-01-01-000000_setup/down.sql': 'DROP TABLE t;',
      '2024-01-02-000000_tricky/up.sql': 'ALTER TABLE t ADD COLUMN h int;',
      '2024-01-02-000000_tricky/down.sql': 'ALTER TABLE t DROP COLUMN h;',
      '2024-01-02-000000_tricky/metadata.toml': 'run_in_transaction = false\n',
    },
    mode: 'no-transaction',
  },
  // plan's rehearsal ran it in the shadow's server, which created the database for real: up then failed ("already
  // exists"). A statement on the whole server is not run in the shadow (and DROP DATABASE no longer drops one).
  { name: 'CREATE DATABASE', files: lockstep(`CREATE DATABASE ${MADE_DB};`), mode: 'no-transaction' },
  // agree13: DISCARD ALL is refused in a transaction block (25001) and a DO block that CALLs a procedure that COMMITs
  // fails in one (2D000): lint said nothing, plan blocked and up failed after applying the setup migration. A
  // REINDEX whose CONCURRENTLY option is false runs in a transaction block, as a plain REINDEX does.
  // (discard-all refuses it by default, since it releases the run lock; suppressed here, where how it runs is the point.)
  { name: 'DISCARD ALL', files: lockstep('-- lockstep-ignore discard-all: the execution model is what this case checks\nDISCARD ALL;'), mode: 'no-transaction' },
  { name: 'a DO block that CALLs a procedure the migration creates, which COMMITs', files: lockstep('CREATE PROCEDURE touch_t() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;\nDO $$ BEGIN IF true THEN CALL public.touch_t(); END IF; END $$;'), mode: 'no-transaction' },
  // proc13: the procedure made by an EARLIER migration. lint said nothing, plan blocked with 2D000, up --dry-run showed
  // the CALL inside BEGIN, and up applied 001, then failed at 002.
  { name: 'a CALL of a procedure an earlier migration creates, which COMMITs', files: earlier('CALL touch_t();'), mode: 'no-transaction' },
  { name: 'a DO block that CALLs a procedure an earlier migration creates, which COMMITs', files: earlier('DO $$ BEGIN IF true THEN CALL public.touch_t(); END IF; END $$;'), mode: 'no-transaction' },
  { name: 'a CALL of an earlier migration\'s committing procedure inside the file\'s own block', files: earlier('BEGIN;\nALTER TABLE t ADD COLUMN b int;\nCALL touch_t();\nCOMMIT;'), mode: 'refused', refusedBy: { ...REFUSED_BY_POSTGRES, plan: { sqlState: '2D000' } } },
  { name: 'REINDEX (CONCURRENTLY false), then an ALTER', files: lockstep('REINDEX (CONCURRENTLY false) INDEX i;\nALTER TABLE t ADD COLUMN r int;'), mode: 'transaction' },
  { name: 'DISCARD ALL inside the file\'s own block', files: lockstep('BEGIN;\nALTER TABLE t ADD COLUMN b int;\nDISCARD ALL;\nCOMMIT;'), mode: 'refused', refusedBy: REFUSED_BY_POSTGRES },
  {
    name: 'an enum value added, then used in the same transaction',
    files: lockstep("CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';\nCREATE TABLE m (x mood DEFAULT 'happy');"),
    mode: 'refused',
    refusedBy: { rule: 'enum-value-used-in-same-transaction', upError: 'LOCKSTEP_E_LINT_FAILED', plan: { sqlState: '55P04' } },
  },
  // A broken file (here an up section with only a comment): plan left it out and said nothing, while up refuses the
  // whole run for it; plan now lists up's refusal and blocks, as for an edited file.
  { name: 'an up section with only a comment', files: lockstep('-- nothing to do yet'), mode: 'refused', refusedBy: { rule: 'invalid-migration', upError: 'LOCKSTEP_E_EMPTY_UP', plan: 'up-refuses' } },
  // A StatementBegin/End block (or a drizzle piece) is sent as one query, which PostgreSQL runs as one implicit
  // transaction block: the build in it fails as it does under goose. lint said nothing before, plan blocked, and up
  // applied the migrations before it, then failed.
  {
    name: 'goose block: ALTER + CONCURRENTLY',
    files: {
      '00001_setup.sql': `-- +goose Up\n${SETUP_SQL}\n-- +goose Down\nDROP TABLE t;\n`,
      '00002_tricky.sql': '-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\nALTER TABLE t ADD COLUMN b int;\nCREATE INDEX CONCURRENTLY t_b ON t (b);\n-- +goose StatementEnd\n-- +goose Down\nSELECT 1;\n',
    },
    mode: 'refused',
    refusedBy: REFUSED_BY_POSTGRES,
  },
  {
    name: 'drizzle piece: ALTER + VACUUM',
    files: {
      'meta/_journal.json': JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_setup', breakpoints: true }, { idx: 1, version: '7', when: 2, tag: '0001_tricky', breakpoints: true }] }),
      '0000_setup.sql': SETUP_SQL.replace(';\n', ';\n--> statement-breakpoint\n'),
      '0001_tricky.sql': 'ALTER TABLE t ADD COLUMN b int;\nVACUUM t;\n--> statement-breakpoint\nSELECT 1;',
    },
    mode: 'refused',
    refusedBy: REFUSED_BY_POSTGRES,
  },
  // agree13: a drizzle file without a breakpoint is one piece, sent whole by drizzle's migrator; Lockstep split it with
  // the parser and ran the DO block alone, which drizzle cannot (2D000 in the one query).
  {
    name: 'drizzle file without breakpoints: ALTER + a DO block that COMMITs',
    files: {
      'meta/_journal.json': JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1, tag: '0000_setup', breakpoints: true }, { idx: 1, version: '7', when: 2, tag: '0001_tricky', breakpoints: true }] }),
      '0000_setup.sql': SETUP_SQL.replace(';\n', ';\n--> statement-breakpoint\n'),
      '0001_tricky.sql': '-- custom migration\nALTER TABLE t ADD COLUMN b int;\nDO $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;\n',
    },
    mode: 'refused',
    refusedBy: { ...REFUSED_BY_POSTGRES, plan: { sqlState: '2D000' } },
  },
];

describe('every command reports the execution src/execution decides', () => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.drop()));
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`drop database if exists ${MADE_DB}`).finally(() => admin.end());
  });
  let shadow: string;
  beforeAll(() => {
    shadow = adminUrl();
  });

  it.each(CASES)('$name', async ({ files, mode, refusedBy }) => {
    const db = await createTestDatabase('agree');
    dbs.push(db);
    const p = tempProject(files);
    const common = ['--dir', p.dir, '--url', db.url];
    try {
      if (mode === 'refused') return await expectRefused(p.root, common, await db.client(), refusedBy ?? REFUSED_BY_POSTGRES);
      // lint: no finding that says PostgreSQL will refuse the file as Lockstep runs it
      const lint = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
      expect(lint.code, lint.stderr).toBe(0);
      const rules = (JSON.parse(lint.stdout) as Array<{ rule: string }>).map((f) => f.rule);
      expect(rules).not.toContain('non-transactional-statement-in-transaction');
      expect(rules).not.toContain('explicit-transaction-control');
      expect(rules).not.toContain('invalid-migration');

      // plan: the same mode, from the same model
      const plan = await runCli(['plan', ...common, '--shadow-url', shadow, '--json', '--fail-on', 'never'], { cwd: p.root });
      expect(plan.code, plan.stderr).toBe(0);
      const planned = JSON.parse(plan.stdout) as { migrations: Array<{ trace?: { transactional: boolean } | null; verdict: string }> };
      const tricky = planned.migrations.at(-1);
      expect(tricky?.trace?.transactional).toBe(mode === 'transaction');
      expect(tricky?.verdict).not.toBe('blocked');

      // up --dry-run: a transactional migration opens with `begin; set local lock_timeout` (the setup migration is one)
      const dry = await runCli(['up', ...common, '--dry-run', '--no-lint'], { cwd: p.root });
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout.match(/begin; set local lock_timeout/g)?.length).toBe(mode === 'transaction' ? 2 : 1);

      // up: it runs, and its history says how
      const up = await runCli(['up', ...common, '--json'], { cwd: p.root });
      expect(up.code, up.stderr).toBe(0);
      const client = await db.client();
      const event = await client.query<{ details: { transactional?: boolean } }>(
        "select details from lockstep.events where kind = 'apply' order by id desc limit 1",
      );
      expect(event.rows[0]?.details.transactional === false).toBe(mode !== 'transaction');
    } finally {
      p.cleanup();
    }
  }, 120_000);
});

/** lint reports the file, plan blocks it, up applies nothing. */
async function expectRefused(root: string, common: readonly string[], client: Awaited<ReturnType<TestDatabase['client']>>, refusal: Refusal): Promise<void> {
  const dir = common[1] ?? '';
  const lint = await runCli(['lint', '--dir', dir, '--format', 'json', '--fail-on', 'none'], { cwd: root });
  expect((JSON.parse(lint.stdout) as Array<{ rule: string }>).map((f) => f.rule)).toContain(refusal.rule);
  const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: root });
  const planned = JSON.parse(plan.stdout) as { refusals: string[]; migrations: Array<{ trace?: { error: { sqlState?: string } | null } | null; verdict: string }> };
  if (refusal.plan === 'up-refuses') {
    expect(planned.refusals.join('\n')).toMatch(/lockstep up refuses/);
    expect(planned.migrations.map((m) => m.verdict)).toEqual(planned.migrations.map(() => 'blocked'));
  } else {
    expect([planned.migrations.at(-1)?.verdict, planned.migrations.at(-1)?.trace?.error?.sqlState]).toEqual(['blocked', refusal.plan.sqlState]);
  }
  const up = await runCli(['up', ...common, '--json'], { cwd: root });
  expect(up.code).not.toBe(0);
  expect(up.stderr + up.stdout).toContain(refusal.upError);
  const applied = await client.query("select count(*)::int as n from lockstep.migrations where status = 'applied'").catch(() => ({ rows: [{ n: 0 }] }));
  expect(applied.rows[0]?.n).toBe(0);
}

// The rehearsal frames an enclosed file as up does (it opens the tool's transaction before the file and commits the
// one the file leaves open), so the migrations after it are rehearsed in a session in the state up leaves: before,
// the left-open BEGIN made the next migration's rehearsal fail (plan exit 70, "current transaction is aborted").
it('plan rehearses the migrations after an enclosed file, in the state up leaves them', async () => {
  const db = await createTestDatabase('agree_enclosed');
  const p = tempProject({
    '1_setup.sql': `-- +migrate Up\n${SETUP_SQL}\n-- +migrate Down\nDROP TABLE t;\n`,
    '2_enclosed.sql': '-- +migrate Up\nALTER TABLE t ADD COLUMN k int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_k ON t (k);\nBEGIN;\n-- +migrate Down\nDROP INDEX t_k;\n',
    '3_concurrently.sql': '-- +migrate Up notransaction\nCREATE INDEX CONCURRENTLY t_a2 ON t (a);\n-- +migrate Down\nDROP INDEX t_a2;\n',
    '4_alter.sql': '-- +migrate Up\nALTER TABLE t ADD COLUMN m int;\n-- +migrate Down\nALTER TABLE t DROP COLUMN m;\n',
  });
  try {
    const plan = await runCli(['plan', '--dir', p.dir, '--url', db.url, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
    expect(plan.code, plan.stderr).toBe(0);
    const planned = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; trace?: { transactional: boolean; error: unknown } | null; verdict: string }> };
    expect(planned.migrations.map((m) => [m.version, m.trace?.error ?? null, m.verdict !== 'blocked'])).toEqual([
      ['1_setup', null, true], ['2_enclosed', null, true], ['3_concurrently', null, true], ['4_alter', null, true],
    ]);
    expect(planned.migrations.map((m) => m.trace?.transactional)).toEqual([true, false, false, true]);
  } finally {
    p.cleanup();
    await db.drop();
  }
}, 120_000);

/**
 * The same contract per layout Lockstep reads, one folder per tool holding several tricky files (one run of each
 * command per folder keeps the file's runtime small): each migration's mode as `plan` rehearses it, as `up --dry-run`
 * would record it, and as `up` records it, with no lint finding that says PostgreSQL would refuse it. How each tool
 * runs such a file itself, and where Lockstep deliberately differs, is in docs/migration-files.md.
 */
interface LayoutFolder {
  readonly tool: string;
  readonly files: Readonly<Record<string, string>>;
  /** Every migration after the setup one, by id, and how it runs. */
  readonly modes: Readonly<Record<string, Mode>>;
}

const LAYOUT_SETUP = `${SETUP_SQL}\nCREATE TYPE mood AS ENUM ('sad');\nCREATE TABLE pt (id int, k int) PARTITION BY RANGE (k);\nCREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);`;
const CIC = 'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_x ON t (id, a);';
const OWN = 'BEGIN;\nALTER TABLE t ADD COLUMN o int;\nCOMMIT;\nALTER TABLE t ADD COLUMN o2 int;';
/** Statements before the file's BEGIN: in its block where the tool runs the file in a transaction or as one query. */
const PRE = 'ALTER TABLE t ADD COLUMN p1 int;\nBEGIN;\nALTER TABLE t ADD COLUMN p2 int;\nCOMMIT;';
const DO_COMMIT = 'DO $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;';
const goose = (up: string, head = ''): string => `${head}-- +goose Up\n${up}\n-- +goose Down\nSELECT 1;\n`;
const sqlMigrate = (up: string, marker = '-- +migrate Up'): string => `${marker}\n${up}\n-- +migrate Down\nSELECT 1;\n`;
const dbmate = (up: string, marker = '-- migrate:up'): string => `${marker}\n${up}\n-- migrate:down\nSELECT 1;\n`;
const npm = (up: string): string => `-- Up Migration\n${up}\n-- Down Migration\nSELECT 1;\n`;
const journal = (tags: readonly string[]): string => JSON.stringify({ version: '7', dialect: 'postgresql', entries: tags.map((tag, idx) => ({ idx, version: '7', when: idx + 1, tag, breakpoints: true })) });

const LAYOUTS: readonly LayoutFolder[] = [
  {
    tool: 'lockstep',
    files: {
      '001_setup.sql': sqlMigration(LAYOUT_SETUP, 'DROP TABLE t;'),
      '002_pair.up.sql': CIC,
      '002_pair.down.sql': 'DROP INDEX t_x;',
      '003_dir/up.sql': '-- lockstep:no-transaction\nALTER TABLE t ADD COLUMN d int;',
      '004_own.sql': sqlMigration(OWN, 'SELECT 1;'),
      '005_set.sql': sqlMigration('SET search_path TO public;', 'SELECT 1;'),
      '006_pre.sql': sqlMigration(PRE, 'SELECT 1;'),
      // agree13: keywords hidden in comments, dollar quotes and strings; a directive after the first SQL line is a comment
      '007_hidden.sql': sqlMigration("-- CREATE INDEX CONCURRENTLY x ON t (a);\n/* VACUUM t; /* COMMIT; */ BEGIN; */\nCREATE FUNCTION hid() RETURNS text LANGUAGE sql AS $b$ SELECT 'VACUUM; COMMIT; BEGIN' $b$;\nALTER TABLE t ADD COLUMN h int DEFAULT length(E'BEGIN;\\' COMMIT;');\n-- lockstep:no-transaction", 'SELECT 1;'),
      // START TRANSACTION … END, begin work … ABORT, then a concurrent rebuild outside both blocks
      '008_spelled.sql': sqlMigration('START TRANSACTION ISOLATION LEVEL SERIALIZABLE;\nALTER TABLE t ADD COLUMN s int;\nEND;\nbegin work;\nDROP TABLE t;\nABORT;\nREINDEX INDEX CONCURRENTLY i;', 'SELECT 1;'),
      '009_detach.sql': sqlMigration("SET LOCAL lock_timeout = '1s';\nalter table pt detach partition pt1 Concurrently;", 'SELECT 1;'),
      '010_reindex_opts.sql': sqlMigration('REINDEX (CONCURRENTLY, VERBOSE) TABLE t;', 'SELECT 1;'),
    },
    modes: { '002': 'no-transaction', '003': 'no-transaction', '004': 'as-written', '005': 'transaction', '006': 'as-written', '007': 'transaction', '008': 'as-written', '009': 'no-transaction', '010': 'no-transaction' },
  },
  {
    tool: 'golang-migrate',
    files: {
      '1_setup.up.sql': LAYOUT_SETUP, '1_setup.down.sql': 'DROP TABLE t;',
      '2_cic.up.sql': CIC,
      '3_own.up.sql': OWN,
      '4_do.up.sql': DO_COMMIT,
      '5_comment.up.sql': '-- nothing to do here\n/* still nothing */\n',
      '6_directive.up.sql': '-- lockstep:no-transaction\nALTER TABLE t ADD COLUMN d int;',
      '7_enum.up.sql': "ALTER TYPE mood ADD VALUE 'happy';",
      '8_pre.up.sql': PRE,
      // one line, two builds: golang-migrate sends them as one query (25001 there); Lockstep sends each alone
      '9_two_cic.up.sql': 'CREATE INDEX CONCURRENTLY t_y1 ON t (id); create index concurrently t_y2 ON t (a, id);',
    },
    modes: { '2': 'no-transaction', '3': 'as-written', '4': 'no-transaction', '5': 'transaction', '6': 'no-transaction', '7': 'transaction', '8': 'as-written', '9': 'no-transaction' },
  },
  {
    tool: 'goose',
    files: {
      '00001_setup.sql': goose(`${LAYOUT_SETUP}`).replace('SELECT 1;', 'DROP TABLE t;'),
      '00002_vacuum.sql': goose('VACUUM t;'),
      '00003_own.sql': goose(OWN),
      '00004_empty.sql': goose(''),
      '00005_block.sql': goose(`-- +goose StatementBegin\n${DO_COMMIT}\n-- +goose StatementEnd`, '-- +goose NO TRANSACTION\n'),
      '00006_nt_enum.sql': goose("ALTER TYPE mood ADD VALUE 'happy';\nSELECT 'happy'::mood;", '-- +goose NO TRANSACTION\n'),
      '00007_pre.sql': goose(PRE),
      // NO TRANSACTION may stand anywhere, the down section too; it is the migration's mode for both directions
      '00008_nt_down.sql': '-- +goose Up\nALTER TABLE t ADD COLUMN g8 int;\n-- +goose Down\n-- +goose NO TRANSACTION\nALTER TABLE t DROP COLUMN g8;\n',
      '00009_enclosed.sql': goose('ALTER TABLE t ADD COLUMN g9 int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY t_g9 ON t (g9);\nBEGIN;'),
    },
    modes: { '00002': 'no-transaction', '00003': 'as-written', '00004': 'transaction', '00005': 'no-transaction', '00006': 'no-transaction', '00007': 'as-written', '00008': 'no-transaction', '00009': 'as-written' },
  },
  {
    tool: 'sql-migrate',
    files: {
      '1_setup.sql': sqlMigrate(LAYOUT_SETUP).replace('SELECT 1;', 'DROP TABLE t;'),
      '2_nt.sql': sqlMigrate('ALTER TABLE t ADD COLUMN b int;\nCREATE INDEX CONCURRENTLY t_b ON t (b);', '-- +migrate Up notransaction'),
      '3_dropconc.sql': sqlMigrate('DROP INDEX CONCURRENTLY i;'),
      '4_set.sql': sqlMigrate("SET LOCAL lock_timeout = '1s';"),
      '5_pre.sql': sqlMigrate(PRE),
      '6_proc.sql': sqlMigrate(`-- +migrate StatementBegin\n${'CREATE PROCEDURE touch_t() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 1 WHERE id = 1; COMMIT; END $$;'}\n-- +migrate StatementEnd\nCALL touch_t();`),
    },
    modes: { '2_nt': 'no-transaction', '3_dropconc': 'no-transaction', '4_set': 'transaction', '5_pre': 'as-written', '6_proc': 'no-transaction' },
  },
  {
    tool: 'dbmate',
    files: {
      '20240101000000_setup.sql': dbmate(LAYOUT_SETUP).replace('SELECT 1;', 'DROP TABLE t;'),
      '20240102000000_cic.sql': dbmate(CIC),
      '20240103000000_own.sql': dbmate(OWN),
      '20240104000000_comment.sql': dbmate('-- nothing to do here'),
      '20240105000000_nt.sql': dbmate('ALTER TABLE t ADD COLUMN d int;', '-- migrate:up transaction:false'),
      '20240106000000_pre.sql': dbmate(PRE, '-- migrate:up transaction:false'),
      // transaction:false sends the file as one query (VACUUM fails there); Lockstep sends each statement alone
      '20240107000000_vacuum.sql': dbmate('ALTER TABLE t ADD COLUMN v int;\nVACUUM t;', '-- migrate:up transaction:false'),
    },
    modes: { '20240102000000': 'no-transaction', '20240103000000': 'as-written', '20240104000000': 'transaction', '20240105000000': 'no-transaction', '20240106000000': 'as-written', '20240107000000': 'no-transaction' },
  },
  {
    tool: 'node-pg-migrate',
    files: {
      '1700000000000_setup.sql': npm(LAYOUT_SETUP).replace('SELECT 1;', 'DROP TABLE t;'),
      '1700000000001_cic.sql': npm(CIC),
      '1700000000002_own.sql': npm('BEGIN;\nALTER TABLE t ADD COLUMN o int;\nCOMMIT;'),
      '1700000000003_plain.sql': 'ALTER TABLE t ADD COLUMN p int;\n',
      '1700000000004_pre.sql': npm(PRE),
    },
    modes: { '1700000000001_cic': 'no-transaction', '1700000000002_own': 'as-written', '1700000000003_plain': 'transaction', '1700000000004_pre': 'as-written' },
  },
  {
    tool: 'diesel',
    files: {
      '2024-01-01-000000_setup/up.sql': LAYOUT_SETUP, '2024-01-01-000000_setup/down.sql': 'DROP TABLE t;',
      // run_in_transaction = true: Lockstep still runs the build outside a transaction, which diesel cannot.
      '2024-01-02-000000_cic/up.sql': CIC, '2024-01-02-000000_cic/metadata.toml': 'run_in_transaction = true\n',
      '2024-01-03-000000_own/up.sql': OWN,
      '2024-01-04-000000_meta/up.sql': 'ALTER TABLE t ADD COLUMN m int;', '2024-01-04-000000_meta/metadata.toml': '# no run_in_transaction: diesel reads false\n',
      '2024-01-05-000000_pre/up.sql': PRE,
    },
    modes: { '2024-01-02-000000': 'no-transaction', '2024-01-03-000000': 'as-written', '2024-01-04-000000': 'no-transaction', '2024-01-05-000000': 'as-written' },
  },
  {
    tool: 'prisma',
    files: {
      'migration_lock.toml': 'provider = "postgresql"\n',
      '20240101000000_setup/migration.sql': LAYOUT_SETUP,
      '20240102000000_cic/migration.sql': `ALTER TABLE t ADD COLUMN b int;\n${CIC}`,
      '20240103000000_own/migration.sql': OWN,
      '20240104000000_empty/migration.sql': '',
      '20240105000000_pre/migration.sql': PRE,
    },
    modes: { '20240102000000_cic': 'no-transaction', '20240103000000_own': 'as-written', '20240104000000_empty': 'transaction', '20240105000000_pre': 'as-written' },
  },
  {
    tool: 'drizzle',
    files: {
      'meta/_journal.json': journal(['0000_setup', '0001_cic', '0002_do', '0003_set', '0004_pre', '0005_whole', '0006_own']),
      '0000_setup.sql': LAYOUT_SETUP.replace(/;\n/g, ';\n--> statement-breakpoint\n'),
      '0001_cic.sql': `ALTER TABLE t ADD COLUMN b int;\n--> statement-breakpoint\n${CIC}`,
      '0002_do.sql': DO_COMMIT,
      '0003_set.sql': 'SET search_path TO public;',
      '0004_pre.sql': PRE.replace(/;\n/g, ';\n--> statement-breakpoint\n'),
      // no breakpoint: one piece, one query (agree13)
      '0005_whole.sql': '-- custom\nALTER TABLE t ADD COLUMN w1 int;\nALTER TABLE t ADD COLUMN w2 int;\n',
      '0006_own.sql': 'BEGIN;\nALTER TABLE t ADD COLUMN w3 int;\nCOMMIT;\n',
    },
    modes: { '0001_cic': 'no-transaction', '0002_do': 'no-transaction', '0003_set': 'transaction', '0004_pre': 'as-written', '0005_whole': 'transaction', '0006_own': 'as-written' },
  },
  {
    tool: 'flyway',
    files: {
      'V1__setup.sql': LAYOUT_SETUP,
      'V2__conf.sql': 'ALTER TABLE t ADD COLUMN b int;', 'V2__conf.sql.conf': 'executeInTransaction=false\n',
      // Flyway refuses a script mixing both kinds unless mixed=true; Lockstep runs it outside a transaction.
      'V3__mixed.sql': `ALTER TABLE t ADD COLUMN c int;\n${CIC}`,
      'V4__comment.sql': '-- nothing to do here\n',
      'V5__pre.sql': PRE,
      'R__idx.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_r ON t (a, id);',
      // executeInTransaction=false: Flyway runs each statement on its own, the file's block as written
      'V6__own.sql': 'BEGIN;\nALTER TABLE t ADD COLUMN f6 int;\nCOMMIT;\nDROP INDEX CONCURRENTLY IF EXISTS t_x;', 'V6__own.sql.conf': 'executeInTransaction=false\n',
    },
    modes: { '2': 'no-transaction', '3': 'no-transaction', '4': 'transaction', '5': 'as-written', '6': 'as-written', R__idx: 'no-transaction' },
  },
];

/** Per migration id, whether the `up --dry-run` SQL records it as transactional (its apply event's details). */
function dryRunTransactional(stdout: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const m of stdout.matchAll(/E?'apply'::text, E?'([^']+)'::text[^\n]*?E?'(\{[^']*\})'::jsonb/g)) {
    out.set(m[1] ?? '', (JSON.parse(m[2] ?? '{}') as { transactional?: boolean }).transactional !== false);
  }
  return out;
}

describe('every layout: each tricky file runs as src/execution decides, and every command says so', () => {
  it.each(LAYOUTS)('$tool', async ({ files, modes }) => {
    const db = await createTestDatabase('agree_layout');
    const p = tempProject(files);
    const common = ['--dir', p.dir, '--url', db.url];
    const expected = Object.entries(modes).map(([id, mode]) => [id, mode === 'transaction'] as const);
    try {
      const lint = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
      expect(lint.code, lint.stderr).toBe(0);
      const refused = (JSON.parse(lint.stdout) as Array<{ rule: string; file: string }>)
        .filter((f) => ['non-transactional-statement-in-transaction', 'explicit-transaction-control', 'invalid-migration', 'enum-value-used-in-same-transaction'].includes(f.rule));
      expect(refused).toEqual([]);

      const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
      expect(plan.code, plan.stderr).toBe(0);
      const planned = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; trace?: { transactional: boolean; error: unknown } | null; verdict: string }> };
      const byId = new Map(planned.migrations.map((m) => [m.version, m]));
      expect(expected.map(([id]) => [id, byId.get(id)?.trace?.transactional, byId.get(id)?.trace?.error ?? null, byId.get(id)?.verdict !== 'blocked'])).toEqual(expected.map(([id, tx]) => [id, tx, null, true]));

      const dry = await runCli(['up', ...common, '--dry-run', '--no-lint'], { cwd: p.root });
      expect(dry.code, dry.stderr).toBe(0);
      const dryTx = dryRunTransactional(dry.stdout);
      expect(expected.map(([id]) => [id, dryTx.get(id)])).toEqual(expected);

      const up = await runCli(['up', ...common, '--json'], { cwd: p.root });
      expect(up.code, up.stderr).toBe(0);
      const client = await db.client();
      const events = await client.query<{ version: string; details: { transactional?: boolean } }>("select version, details from lockstep.events where kind = 'apply'");
      const applied = new Map(events.rows.map((r) => [r.version, r.details.transactional !== false]));
      expect(expected.map(([id]) => [id, applied.get(id)])).toEqual(expected);

      // Every migration applied, under the ids its tool gives them (the folder was read as that tool's).
      const rows = await client.query<{ version: string; status: string }>('select version, status from lockstep.migrations');
      expect(rows.rows.filter((r) => r.status !== 'applied')).toEqual([]);
      expect(expected.filter(([id]) => !rows.rows.some((r) => r.version === id))).toEqual([]);
    } finally {
      p.cleanup();
      await db.drop();
    }
  }, 120_000);
});

// agree13: a partial migration (its concurrent build failed on duplicates, leaving an INVALID index). `up` resumes at
// the failed statement and drops that index first; plan rehearsed the whole file again on a shadow copied from the
// target, where the first statement's column and the INVALID index (copied as a valid one) already existed, and
// blocked it ("column … already exists", then "relation … already exists").
it('plan rehearses a partial migration from where up resumes it', async () => {
  const db = await createTestDatabase('agree_partial');
  const p = tempProject({
    '001_setup.sql': sqlMigration(`${SETUP_SQL}\nINSERT INTO t VALUES (1, 1), (2, 1);`, 'DROP TABLE t;'),
    '002_build.sql': sqlMigration('ALTER TABLE t ADD COLUMN z int;\nCREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a);\nALTER TABLE t ADD COLUMN z2 int;', 'SELECT 1;'),
  });
  const common = ['--dir', p.dir, '--url', db.url];
  try {
    const failed = await runCli(['up', ...common], { cwd: p.root });
    expect(failed.code).not.toBe(0);
    const client = await db.client();
    await client.query('UPDATE t SET a = 2 WHERE id = 2');
    const status = await runCli(['status', ...common, '--json'], { cwd: p.root });
    expect(status.stdout).toMatch(/"partial"/);

    const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
    expect(plan.code, plan.stderr).toBe(0);
    const planned = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; verdict: string; trace?: { transactional: boolean; error: unknown; statements: Array<{ index: number }> } | null }> };
    expect(planned.migrations.map((m) => [m.version, m.trace?.error ?? null, m.trace?.transactional, m.trace?.statements.map((s) => s.index), m.verdict !== 'blocked'])).toEqual([['002', null, false, [1, 2], true]]);

    const up = await runCli(['up', ...common], { cwd: p.root });
    expect(up.code, up.stderr).toBe(0);
    const rows = await client.query<{ status: string; valid: boolean }>("SELECT m.status, i.indisvalid AS valid FROM lockstep.migrations m, pg_index i WHERE m.version = '002' AND i.indexrelid = 't_a_key'::regclass");
    expect(rows.rows).toEqual([{ status: 'applied', valid: true }]);
  } finally {
    p.cleanup();
    await db.drop();
  }
}, 120_000);

// proc13: procedures created by an earlier migration, already applied when the rest run. Every command (and `test`) knows them
// from the project's migrations in order (src/execution/procedures.ts): a CALL (or a DO block's CALL) of one that
// COMMITs runs outside a transaction, and once a later migration replaces it without COMMIT, inside one again.
it('a procedure an earlier (applied) migration creates: every command runs its CALL as src/execution decides', async () => {
  const db = await createTestDatabase('agree_procs');
  const TOUCH_C = 'CREATE PROCEDURE touch_c() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 2 WHERE id = 1; ROLLBACK; END $$;';
  const p = tempProject({
    '001_setup.sql': sqlMigration(`${SETUP_SQL}\n${TOUCH_T}\n${TOUCH_C}\nINSERT INTO t VALUES (1, 0);`, 'DROP PROCEDURE touch_t();\nDROP PROCEDURE touch_c();\nDROP TABLE t;'),
    '002_call.sql': sqlMigration('CALL touch_t();', 'SELECT 1;'),
    '003_do.sql': sqlMigration('DO $$ BEGIN IF true THEN CALL public.touch_t(); END IF; END $$;', 'SELECT 1;'),
    '004_replace.sql': sqlMigration('CREATE OR REPLACE PROCEDURE touch_c() LANGUAGE plpgsql AS $$ BEGIN UPDATE t SET a = 3 WHERE id = 1; END $$;', TOUCH_C.replace('CREATE', 'CREATE OR REPLACE')),
    '005_call_replaced.sql': sqlMigration('CALL touch_c();', 'SELECT 1;'),
  });
  const common = ['--dir', p.dir, '--url', db.url];
  const expected: ReadonlyArray<readonly [string, boolean]> = [['002', false], ['003', false], ['004', true], ['005', true]];
  const refusals = ['non-transactional-statement-in-transaction', 'explicit-transaction-control', 'invalid-migration'];
  try {
    // test: each migration up, down and up again in a shadow, run as up runs it
    const roundTrip = await runCli(['test', '--dir', p.dir, '--shadow-url', adminUrl()], { cwd: p.root });
    expect(roundTrip.code, roundTrip.stdout + roundTrip.stderr).toBe(0);
    const first = await runCli(['up', ...common, '--to', '001'], { cwd: p.root });
    expect(first.code, first.stderr).toBe(0);
    for (const url of [[], ['--url', db.url]]) {
      const lint = await runCli(['lint', '--dir', p.dir, ...url, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
      expect(lint.code, lint.stderr).toBe(0);
      expect((JSON.parse(lint.stdout) as Array<{ rule: string }>).filter((f) => refusals.includes(f.rule))).toEqual([]);
    }

    const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
    expect(plan.code, plan.stderr).toBe(0);
    const planned = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; trace?: { transactional: boolean; error: unknown } | null; verdict: string }> };
    expect(planned.migrations.map((m) => [m.version, m.trace?.transactional, m.trace?.error ?? null, m.verdict !== 'blocked'])).toEqual(expected.map(([id, tx]) => [id, tx, null, true]));

    const dry = await runCli(['up', ...common, '--dry-run', '--no-lint'], { cwd: p.root });
    expect(dry.code, dry.stderr).toBe(0);
    const dryTx = dryRunTransactional(dry.stdout);
    expect(expected.map(([id]) => [id, dryTx.get(id)])).toEqual(expected);

    const up = await runCli(['up', ...common, '--json'], { cwd: p.root });
    expect(up.code, up.stderr).toBe(0);
    const client = await db.client();
    const events = await client.query<{ version: string; details: { transactional?: boolean } }>("select version, details from lockstep.events where kind = 'apply'");
    const applied = new Map(events.rows.map((r) => [r.version, r.details.transactional !== false]));
    expect(expected.map(([id]) => [id, applied.get(id)])).toEqual(expected);
    // touch_c, replaced without its ROLLBACK, set 3 in 005's transaction, after touch_t's committed 1.
    expect((await client.query<{ a: number }>('select a from t where id = 1')).rows).toEqual([{ a: 3 }]);

    const status = await runCli(['status', ...common, '--json'], { cwd: p.root });
    expect(status.code, status.stderr).toBe(0);
    const summary = (JSON.parse(status.stdout) as { summary: Record<string, number> }).summary;
    expect([summary.applied, summary.pending, summary.partial, summary.changed]).toEqual([5, 0, 0, 0]);
  } finally {
    p.cleanup();
    await db.drop();
  }
}, 120_000);

// proc13: a procedure that COMMITs on the target that no migration creates (made by hand). The commands with the
// database read it (pg_proc) and run the CALL outside a transaction; `lint` without one cannot know it, so plan says
// why up runs the migration outside a transaction, naming where the procedure was found.
it('a committing procedure only the target database has: the commands with the database run its CALL outside a transaction, and plan says why', async () => {
  const db = await createTestDatabase('agree_db_proc');
  const p = tempProject({
    '001_call.sql': sqlMigration('CALL hand_made();', 'SELECT 1;'),
    '002_do.sql': sqlMigration('DO $$ BEGIN CALL hand_made(); END $$;', 'SELECT 1;'),
  });
  const common = ['--dir', p.dir, '--url', db.url];
  const client = await db.client();
  await client.query('CREATE TABLE hand (n int); CREATE PROCEDURE hand_made() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO hand VALUES (1); COMMIT; END $$');
  try {
    for (const url of [[], ['--url', db.url]]) {
      const lint = await runCli(['lint', '--dir', p.dir, ...url, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
      expect(lint.code, lint.stderr).toBe(0);
      expect((JSON.parse(lint.stdout) as Array<{ rule: string }>).map((f) => f.rule)).not.toContain('non-transactional-statement-in-transaction');
    }
    const plan = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--json', '--fail-on', 'never'], { cwd: p.root });
    expect(plan.code, plan.stderr).toBe(0);
    const planned = JSON.parse(plan.stdout) as { migrations: Array<{ version: string; trace?: { transactional: boolean; noTransactionWhy: string | null; error: unknown } | null }> };
    expect(planned.migrations.map((m) => [m.version, m.trace?.transactional, m.trace?.error ?? null])).toEqual([['001', false, null], ['002', false, null]]);
    expect(planned.migrations[0]?.trace?.noTransactionWhy).toBe('CALL hand_made(), a procedure that COMMITs or ROLLs BACK (on the target database, created by no migration) (line 2) cannot run inside a transaction block');
    const human = await runCli(['plan', ...common, '--shadow-url', adminUrl(), '--fail-on', 'never'], { cwd: p.root });
    expect(human.stdout).toContain('outside a transaction: a DO block that CALLs hand_made(), a procedure that COMMITs or ROLLs BACK (on the target database, created by no migration)');

    const dry = await runCli(['up', ...common, '--dry-run', '--no-lint'], { cwd: p.root });
    expect(dry.code, dry.stderr).toBe(0);
    expect([...dryRunTransactional(dry.stdout)]).toEqual([['001', false], ['002', false]]);
    const up = await runCli(['up', ...common], { cwd: p.root });
    expect(up.code, up.stderr).toBe(0);
    expect((await client.query<{ n: number }>('SELECT count(*)::int AS n FROM hand')).rows).toEqual([{ n: 2 }]);
  } finally {
    p.cleanup();
    await db.drop();
  }
}, 120_000);
