/**
 * Where `lockstep lint --fix` puts its diff and notes: once, on stdout next to human and markdown output, on
 * stderr next to a machine format (json, sarif, github) so stdout stays parseable; "Run again with --write" only
 * when there are fixes left to write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli, sqlMigration, tempProject, type TempProject } from '../support/fixtures.js';

const AGAIN = 'Run again with --write to apply these fixes.';
const NOTE = 'constraint-missing-not-valid has no mechanical fix here';

let p: TempProject;
afterEach(() => p.cleanup());

/** A fixable CREATE INDEX, and a CHECK in a multi-command ALTER TABLE that --fix leaves alone (a "Not fixed" note). */
function project(): TempProject {
  return tempProject({
    '001_t.sql': sqlMigration('CREATE TABLE t (id int PRIMARY KEY, a int);', 'DROP TABLE t;'),
    '002_t.sql': sqlMigration(
      "SET lock_timeout = '1s';\nSET statement_timeout = '1min';\nCREATE INDEX t_a_idx ON t (a);\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0), ADD COLUMN b int;",
      'ALTER TABLE t DROP CONSTRAINT c, DROP COLUMN b;\nDROP INDEX t_a_idx;',
    ),
  });
}

const count = (text: string, what: string): number => text.split(what).length - 1;

it('human: the diff and the notes once, on stdout, then the --write hint', async () => {
  p = project();
  const r = await runCli(['lint', '--dir', p.dir, '--fix', '--fail-on', 'none'], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  expect(count(r.stdout, '+++ b/migrations/002_t.sql')).toBe(1);
  expect(count(r.stdout, '+++ b/migrations/002_1_t_t_a_idx_concurrently.sql')).toBe(1);
  expect(count(r.stdout, NOTE)).toBe(1);
  expect(count(r.stdout, AGAIN)).toBe(1);
  expect(r.stderr).toBe('');
});

it('markdown: the diff and the notes once, on stdout', async () => {
  p = project();
  const r = await runCli(['lint', '--dir', p.dir, '--fix', '--format', 'markdown', '--fail-on', 'none'], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  expect(count(r.stdout, '+++ b/migrations/002_t.sql')).toBe(1);
  expect(count(r.stdout, NOTE)).toBe(1);
  expect(count(r.stdout, AGAIN)).toBe(1);
});

it.each(['json', 'sarif', 'github'])('%s: stdout is only the machine output; the diff and the notes go to stderr', async (format) => {
  p = project();
  const r = await runCli(['lint', '--dir', p.dir, '--fix', '--format', format, '--fail-on', 'none'], { cwd: p.root });
  expect(r.code, r.stderr).toBe(0);
  if (format === 'github') {
    for (const line of r.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /);
  } else {
    const parsed = JSON.parse(r.stdout) as unknown;
    expect(parsed).toBeTruthy();
  }
  expect(r.stdout).not.toContain('+++ b/');
  expect(r.stdout).not.toContain(AGAIN);
  expect(count(r.stderr, '+++ b/migrations/002_t.sql')).toBe(1);
  expect(count(r.stderr, NOTE)).toBe(1);
  expect(count(r.stderr, AGAIN)).toBe(1);
});

it('says nothing about --write after --write, or when nothing can be fixed', async () => {
  p = project();
  const written = await runCli(['lint', '--dir', p.dir, '--fix', '--write', '--fail-on', 'none'], { cwd: p.root });
  expect(written.code, written.stderr).toBe(0);
  expect(written.stdout).toContain('Fixed 2 file(s):');
  expect(written.stdout).not.toContain(AGAIN);
  expect(readFileSync(join(p.dir, '002_1_t_t_a_idx_concurrently.sql'), 'utf8')).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON t (a);');

  // Only the unfixable CHECK is left: notes, no diff, no hint.
  const again = await runCli(['lint', '--dir', p.dir, '--fix', '--fail-on', 'none'], { cwd: p.root });
  expect(again.stdout).toContain('No mechanical fix applies.');
  expect(count(again.stdout, NOTE)).toBe(1);
  expect(again.stdout).not.toContain(AGAIN);
  const json = await runCli(['lint', '--dir', p.dir, '--fix', '--format', 'json', '--fail-on', 'none'], { cwd: p.root });
  expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  expect(json.stderr).not.toContain(AGAIN);
});
