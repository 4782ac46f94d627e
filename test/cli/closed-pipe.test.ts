/**
 * A reader that stops early (`lockstep lint --format json | head`) closes the pipe under a CLI that is still writing:
 * the CLI exits quietly with 141 (128 + SIGPIPE, as Unix tools do), never with a stack trace on stderr.
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { CLI, LAPTOP_ENV, sqlMigration, tempProject } from '../support/fixtures.js';

it('exits 141 without a word when its reader closes stdout mid-output', async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 300; i++) {
    const v = String(i).padStart(4, '0');
    files[`${v}_m.sql`] = sqlMigration(`CREATE TABLE t${v} (id int);\nCREATE INDEX t${v}_id ON t${v} (id);\nALTER TABLE t${v} ADD COLUMN b int NOT NULL DEFAULT random();`, `DROP TABLE t${v};`);
  }
  const p = tempProject(files);
  try {
    const env: Record<string, string | undefined> = { ...process.env, ...LAPTOP_ENV };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [CLI, 'lint', '--dir', p.dir, '--format', 'json', '--fail-on', 'none'], { cwd: p.root, env: env as NodeJS.ProcessEnv });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let first = 0;
    // Read the first chunk, then close our end as `head -c` would.
    child.stdout.once('data', (d: Buffer) => {
      first = d.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(first).toBeGreaterThan(0);
    expect(stderr).toBe('');
    expect(code).toBe(141);
  } finally {
    p.cleanup();
  }
}, 60_000);
