/** Two processes must never open one embedded PGlite data directory at once. */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { lockDataDir } from '../../src/db/pglite/data-dir-lock.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

it('a second process waits for the data directory, then fails naming the holder; a stale lock is taken over', async () => {
  const p = tempProject({ '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;') });
  const dataDir = join(p.root, '.lockstep', 'dev');
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dataDir, { recursive: true });
  const unlock = await lockDataDir(dataDir, 0);
  const blocked = await runCli(['up', '--dir', p.dir, '--lock-wait', '300ms'], { cwd: p.root });
  expect(blocked.code).toBe(5);
  expect(blocked.stderr).toContain(`another process (pid ${process.pid}) is using the embedded database`);
  unlock();
  // A lock file left by a process that is gone does not block anyone.
  writeFileSync(join(dataDir, 'lockstep.lock'), '999999999');
  const ok = await runCli(['up', '--dir', p.dir], { cwd: p.root });
  expect(ok.code, ok.stderr).toBe(0);
  expect(ok.stdout).toContain('1 migration(s) applied');
  p.cleanup();
});
