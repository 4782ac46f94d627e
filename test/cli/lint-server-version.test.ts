/**
 * Syntax that libpg-query 18 parses but an older target rejects (a subquery in FROM without an alias, accepted from
 * PostgreSQL 16 on) is reported when lint knows the target's version: from the connected server (`lint --url`, up's
 * lint gate), `--pg-version` or `lint.pgVersion`. With no version lint assumes 15 and stays quiet about 16+ syntax.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

let db: TestDatabase;
let major: number;
let p: TempProject;

beforeAll(async () => {
  db = await createTestDatabase('lint_server_version');
  const c = await db.client();
  major = Math.floor(Number((await c.query<{ n: string }>("SELECT current_setting('server_version_num') AS n")).rows[0]?.n) / 10000);
  p = tempProject({
    '001_articles.sql': sqlMigration('CREATE TABLE articles (id bigint PRIMARY KEY, tags text[] NOT NULL);\nCREATE TABLE tag_counts (tag text PRIMARY KEY, n bigint NOT NULL);', 'DROP TABLE tag_counts;\nDROP TABLE articles;'),
    // Counting tags the way 16 allows: the subquery in FROM has no alias.
    '002_tag_counts.sql': sqlMigration('INSERT INTO tag_counts (tag, n)\nSELECT tag, count(*) FROM (SELECT unnest(tags) AS tag FROM articles)\nGROUP BY tag;', 'DELETE FROM tag_counts;'),
  });
});

afterAll(async () => {
  p.cleanup();
  await db.drop();
});

interface JsonFinding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

async function versionFindings(args: readonly string[]): Promise<string[]> {
  const run = await runCli(['lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none', ...args], { cwd: p.root });
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as JsonFinding[]).filter((f) => f.rule === 'unsupported-by-server-version').map((f) => `${f.file}:${f.line} ${f.message}`);
}

const ON_15 = 'migrations/002_tag_counts.sql:2 a subquery in FROM without an alias needs PostgreSQL 16 or later; the target is PostgreSQL 15, which rejects this statement';

it('reports the subquery against the connected server when it is older than 16, and stays quiet with an assumed version', async () => {
  const fromServer = await versionFindings(['--url', db.url]);
  if (major < 16) {
    expect(fromServer).toEqual([ON_15.replace('PostgreSQL 15,', `PostgreSQL ${major},`)]);
  } else {
    expect(fromServer).toEqual([]);
  }
  expect(await versionFindings([])).toEqual([]);
  expect(await versionFindings(['--pg-version', '15'])).toEqual([ON_15]);
  expect(await versionFindings(['--pg-version', '16'])).toEqual([]);
}, 60_000);

it('takes the version from lint.pgVersion', async () => {
  writeFileSync(join(p.root, 'lockstep.config.json'), JSON.stringify({ lint: { pgVersion: 15 } }));
  try {
    expect(await versionFindings([])).toEqual([ON_15]);
  } finally {
    rmSync(join(p.root, 'lockstep.config.json'));
  }
}, 60_000);

it('up refuses the migrations before running any when the server is older than 16', async (ctx) => {
  if (major >= 16) ctx.skip(`the test server runs PostgreSQL ${major}, which accepts the subquery`);
  const up = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
  expect(up.code).not.toBe(0);
  expect(up.stdout + up.stderr).toContain('a subquery in FROM without an alias needs PostgreSQL 16 or later');
  const c = await db.client();
  expect((await c.query("SELECT to_regclass('public.articles') AS t")).rows[0]?.t).toBeNull();
}, 60_000);
