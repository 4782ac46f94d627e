/**
 * A throwaway shadow server never outlives its command: Ctrl-C (SIGINT) during `lockstep test` stops the test
 * between two migrations, exits 130, and the server is stopped and its temp folder deleted.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';
import { spawnCli, waitFor } from '../support/spawn-cli.js';

let project: TempProject;

beforeAll(() => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 200; i++) {
    const v = String(i).padStart(3, '0');
    files[`${v}_t${i}.sql`] = sqlMigration(`CREATE TABLE t${i} (id int PRIMARY KEY, a text, b int);\nCREATE INDEX t${i}_a ON t${i} (a);`, `DROP TABLE t${i};`);
  }
  project = tempProject(files);
});

afterAll(() => project?.cleanup());

const folders = (): string[] => readdirSync(tmpdir()).filter((d) => d.startsWith('lockstep-shadow-pg-'));

it('SIGINT during lockstep test on a local shadow server: exit 130, server stopped, folder deleted', async () => {
  const before = new Set(folders());
  // --pg-version 15 starts a throwaway PostgreSQL 15 server (found on this machine or downloaded once).
  const cli = spawnCli(['test', '--dir', project.dir, '--url', 'pglite://memory', '--pg-version', '15'], { cwd: project.root });
  let mine: string | undefined;
  await waitFor('the shadow server and the first migrations', () => {
    mine ??= folders().find((d) => !before.has(d));
    return mine !== undefined && /round-tripped|\d+\/200/.test(cli.stderr());
  }, 90_000);
  if (cli.stderr().includes('rehearsed in PGlite')) return; // no PostgreSQL 15 binaries could be had here: nothing to stop
  cli.child.kill('SIGINT');
  const end = await cli.exited;
  expect(end.code, end.stderr).toBe(130);
  expect(end.stderr).toContain('LOCKSTEP_E_INTERRUPTED');
  expect(folders()).not.toContain(mine);
}, 120_000);
