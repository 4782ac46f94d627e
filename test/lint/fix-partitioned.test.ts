/**
 * CREATE INDEX on a partitioned table: CONCURRENTLY is refused there, so --fix must not rewrite it; the note and
 * require-concurrent-index's help give the ON ONLY / concurrent per partition / ATTACH PARTITION pattern, which
 * this test runs on PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

interface JsonFinding {
  file: string;
  rule: string;
  help: string;
}

let db: TestDatabase;
const projects: TempProject[] = [];
beforeAll(async () => {
  db = await createTestDatabase('fix_partitioned');
});
afterAll(async () => {
  projects.forEach((p) => p.cleanup());
  await db.drop();
});

const BASE = sqlMigration(
  [
    'CREATE TABLE parts (id bigint NOT NULL, v int) PARTITION BY RANGE (id);',
    'CREATE TABLE parts_1 PARTITION OF parts FOR VALUES FROM (0) TO (100);',
    'CREATE TABLE parts_2 PARTITION OF parts FOR VALUES FROM (100) TO (200);',
    'CREATE TABLE plain (id bigint PRIMARY KEY, v int);',
  ].join('\n'),
  'DROP TABLE plain;\nDROP TABLE parts;',
);
const INDEXES = sqlMigration(
  "SET lock_timeout = '2s';\nSET statement_timeout = '5min';\nCREATE INDEX parts_v_idx ON parts (v);\nCREATE INDEX plain_v_idx ON plain (v);",
  'DROP INDEX plain_v_idx;\nDROP INDEX parts_v_idx;',
);

it('with --url: no CONCURRENTLY rewrite for the partitioned table, the pattern in help and notes, and the pattern runs', async () => {
  const p = tempProject({ '001_base.sql': BASE });
  projects.push(p);
  const up = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
  expect(up.code, up.stdout + up.stderr).toBe(0);
  p.write({ '002_indexes.sql': INDEXES });

  const r = await runCli(['lint', '--dir', p.dir, '--url', db.url, '--fix', '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  const onParts = (JSON.parse(r.stdout) as JsonFinding[]).find((f) => f.rule === 'require-concurrent-index' && f.help.includes('ON ONLY'));
  expect(onParts?.help).toContain('CREATE INDEX IF NOT EXISTS parts_v_idx ON ONLY parts (v)');
  expect(onParts?.help).toContain('ALTER INDEX parts_v_idx ATTACH PARTITION');
  // The plain table's index is still fixed; the partitioned one is listed under "Not fixed" with the pattern.
  expect(r.stderr).toContain('+CREATE INDEX CONCURRENTLY IF NOT EXISTS plain_v_idx ON plain (v);');
  expect(r.stderr).not.toMatch(/CONCURRENTLY IF NOT EXISTS parts_v_idx/);
  expect(r.stderr).toMatch(/migrations\/002_indexes\.sql:4: require-concurrent-index has no mechanical fix here: parts is partitioned.*ON ONLY parts \(v\)/);

  const written = await runCli(['lint', '--dir', p.dir, '--url', db.url, '--fix', '--write', '--fail-on', 'none'], { cwd: p.root });
  expect(written.code, written.stderr).toBe(0);
  const fixed = readFileSync(join(p.dir, '002_indexes.sql'), 'utf8');
  expect(fixed).toContain('CREATE INDEX parts_v_idx ON parts (v);');

  // Follow the help: the ON ONLY index in place of the original, then a no-transaction migration per the pattern.
  const first = /CREATE INDEX IF NOT EXISTS parts_v_idx ON ONLY parts \(v\)/.exec(onParts?.help ?? '')?.[0];
  expect(first).toBeDefined();
  p.write({
    '002_indexes.sql': fixed.replace('CREATE INDEX parts_v_idx ON parts (v);', `${first};`),
    '003_parts_v_idx_partitions.sql': sqlMigration(
      [
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS parts_1_v_idx ON parts_1 (v);',
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS parts_2_v_idx ON parts_2 (v);',
        'ALTER INDEX parts_v_idx ATTACH PARTITION parts_1_v_idx;',
        'ALTER INDEX parts_v_idx ATTACH PARTITION parts_2_v_idx;',
      ].join('\n'),
      'DROP INDEX CONCURRENTLY IF EXISTS parts_2_v_idx;\nDROP INDEX CONCURRENTLY IF EXISTS parts_1_v_idx;',
      "-- lockstep:no-transaction\n-- lockstep:lock-timeout 5s\n-- lockstep:statement-timeout 15m\n",
    ),
  });
  // The ON ONLY index on a partitioned parent builds nothing: not reported.
  const again = await runCli(['lint', '--dir', p.dir, '--url', db.url, '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect((JSON.parse(again.stdout) as JsonFinding[]).filter((f) => f.rule === 'require-concurrent-index')).toEqual([]);

  const applied = await runCli(['up', '--dir', p.dir, '--url', db.url], { cwd: p.root });
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
  const c = await db.client();
  const valid = await c.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'parts_v_idx'::regclass");
  expect(valid.rows).toEqual([{ indisvalid: true }]);
  const plain = await c.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'plain_v_idx'");
  expect(plain.rows).toHaveLength(1);
}, 60_000);

it('without a database: a table declared PARTITION BY earlier in the run is not rewritten either', async () => {
  const p = tempProject({ '001_base.sql': BASE, '002_indexes.sql': INDEXES });
  projects.push(p);
  const r = await runCli(['lint', '--dir', p.dir, '--fix', '--fail-on', 'none'], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('+CREATE INDEX CONCURRENTLY IF NOT EXISTS plain_v_idx ON plain (v);');
  expect(r.stdout).not.toMatch(/CONCURRENTLY IF NOT EXISTS parts_v_idx/);
  expect(r.stdout).toContain('migrations/002_indexes.sql:4: require-concurrent-index has no mechanical fix here: parts is partitioned');
});
