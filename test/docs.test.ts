/** The docs cannot rot: every error code is documented with its exit code, and the README quick start runs. */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/core/errors.js';
import { REPO_ROOT, runCli } from './support/fixtures.js';

describe('docs/errors.md', () => {
  const doc = readFileSync(join(REPO_ROOT, 'docs/errors.md'), 'utf8');
  it.each(Object.entries(ERROR_CODES))('documents %s with its exit code and HTTP status', (code, spec) => {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
    expect(row, `${code} is missing from docs/errors.md`).toBeDefined();
    const cells = (row ?? '').split('|').map((c) => c.trim());
    expect(cells[2]).toBe(String(spec.exit));
    expect(cells[3]).toBe(String(spec.http));
  });
});

describe('README quick start', () => {
  it('runs the documented commands on the embedded default', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const block = /<!-- quickstart:start -->\s*```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const [runLine, testLine] = block.trim().split('\n');
    expect(testLine).toBe('npm test');
    const steps = (runLine ?? '').split('&&').map((s) => s.trim());
    expect(steps[0]).toBe('npm install');
    // Run the lockstep steps in a scratch folder that sees the repo's examples, so .lockstep/dev is fresh.
    const cwd = mkdtempSync(join(tmpdir(), 'lockstep-quickstart-'));
    symlinkSync(join(REPO_ROOT, 'examples'), join(cwd, 'examples'));
    try {
      const outputs: string[] = [];
      for (const step of steps.slice(1)) {
        expect(step.startsWith('npx lockstep ')).toBe(true);
        const r = await runCli(step.slice('npx lockstep '.length).split(/\s+/), { cwd });
        expect(r.code, r.stderr).toBe(0);
        outputs.push(r.stdout);
        expect(r.stderr).toContain('embedded PGlite database');
      }
      expect(outputs[0]).toMatch(/10 migration\(s\) applied/);
      expect(outputs[1]).toMatch(/10 applied, 0 pending/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
