/** Colours follow the terminal, NO_COLOR (https://no-color.org) and FORCE_COLOR. */
import { afterAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

const ESC = '\u001b[';
const project = tempProject({ '001_idx.sql': sqlMigration('create index items_idx on items (id);', 'drop index items_idx;') });
afterAll(() => project.cleanup());

describe('useColor', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{ isTTY: true }, { TERM: 'dumb' }, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
  ])('stream %j with %j → %s', (stream, env, expected) => {
    expect(useColor(stream, env)).toBe(expected);
  });
});

describe('lockstep lint', () => {
  it('is plain when piped, coloured with FORCE_COLOR, and plain again with NO_COLOR', async () => {
    const piped = await runCli(['lint', '--fail-on', 'none'], { cwd: project.root });
    expect(piped.stdout).toContain('[require-concurrent-index]');
    expect(piped.stdout).not.toContain(ESC);
    const forced = await runCli(['lint', '--fail-on', 'none'], { cwd: project.root, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[3\dm(error|warning|info)\[require-concurrent-index\]\u001b\[39m/);
    const off = await runCli(['lint', '--fail-on', 'none'], { cwd: project.root, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
  });
});
