/**
 * `lockstep lint` on folders whose migrations are code: a folder of node-pg-migrate .ts modules printed
 * "No findings in 0 files." and nothing else, as if it had checked them. The summary now counts them as not linted.
 */
import { expect, it } from 'vitest';
import { runCli, tempProject } from '../support/fixtures.js';

it('says how many migrations are code and were not linted: node-pg-migrate modules beside a SQL one', async () => {
  const p = tempProject({
    '1700000000000_a.ts': "import type { MigrationBuilder } from 'node-pg-migrate';\n\nexport function up(pgm: MigrationBuilder): void {\n  pgm.createTable('a', { id: 'id' });\n}\n",
    '1700000000001_b.js': "exports.up = (pgm) => {\n  pgm.sql('CREATE TABLE b (id bigint PRIMARY KEY)');\n};\n",
    '1700000000002_c.sql': '-- Up Migration\nCREATE TABLE c (id bigint PRIMARY KEY);\n',
  });
  try {
    const r = await runCli(['lint', '--dir', p.dir], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toBe('No findings in 1 file. 2 migrations are code, not SQL (a TypeScript/JavaScript module, or one only its own tool can run): not linted.');
  } finally {
    p.cleanup();
  }
});
