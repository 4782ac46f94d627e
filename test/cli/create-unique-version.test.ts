/** `create` twice within one second gives two versions, the second one second later. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createMigration } from '../../src/api/files.js';
import { resolveConfig } from '../../src/config/index.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

it('createMigration picks the next free second when the current one is taken', async () => {
  const p = tempProject();
  const config = await resolveConfig({ cwd: p.root }, {});
  const now = new Date('2026-03-01T10:20:30.400Z');
  const a = createMigration(config, 'first', { now });
  const b = createMigration(config, 'second', { now });
  const c = createMigration(config, 'third', { now, layout: 'directory' });
  expect([a.version, b.version, c.version]).toEqual(['20260301102030', '20260301102031', '20260301102032']);
  // a directory migration's version is taken too
  expect(createMigration(config, 'fourth', { now: new Date('2026-03-01T10:20:32Z') }).version).toBe('20260301102033');
  p.cleanup();
});

it('lockstep create three times in a row: distinct versions, and status still loads the directory', async () => {
  const p = tempProject();
  const versions: string[] = [];
  for (const name of ['one', 'two', 'three']) {
    const r = await runCli(['create', name, '--json'], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    versions.push((JSON.parse(r.stdout) as { version: string }).version);
  }
  expect(new Set(versions).size).toBe(3);
  expect(readdirSync(p.dir)).toHaveLength(3);
  // fill the templates in, so loading the directory gets past its duplicate-version check
  for (const [i, f] of readdirSync(p.dir).entries()) writeFileSync(join(p.dir, f), sqlMigration(`CREATE TABLE c${i} (id int);`, `DROP TABLE c${i};`));
  const status = await runCli(['status', '--json', '--url', 'pglite://memory'], { cwd: p.root });
  expect(status.code, status.stderr).toBe(0);
  expect((JSON.parse(status.stdout) as { summary: { pending: number } }).summary.pending).toBe(3);
  p.cleanup();
}, 60_000);
