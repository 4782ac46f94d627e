/** The round every tool's fixture goes through: status, up, down, lint --format json, test. */
import { expect } from 'vitest';
import { ids, layoutProject } from './layout-project.js';
import type { ToolFixture } from './tool-fixtures.js';

export async function toolRound(f: ToolFixture): Promise<void> {
  const p = await layoutProject(f.tool, f.files);
  try {
    const before = await p.status();
    expect(before.project.tool).toBe(f.tool);
    expect(before.problems).toEqual([]);
    expect(ids(before)).toEqual(f.ids);
    expect(before.migrations.every((m) => m.state === 'pending')).toBe(true);
    expect(before.ignored.map((i) => i.path.replace(/^migrations\//, ''))).toEqual(f.ignored);
    expect(before.migrations.every((m) => m.down === (f.downs ? 'yes' : 'tool-has-none') || (f.tool === 'flyway' && m.down === 'yes'))).toBe(true);

    const up = await p.cli('up');
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout).toContain(`${f.ids.length} migration(s) applied`);
    expect(await p.tables()).toEqual(f.tables);

    const down = await p.cli('down');
    if (f.downs) {
      expect(down.code, down.stderr).toBe(0);
      expect(down.stdout).toContain('1 migration(s) rolled back');
      expect(await p.tables()).toEqual(f.tables.filter((t) => t !== f.newest));
    } else {
      // No down in this tool's format: refused with the migration named, nothing rolled back.
      expect(down.code).not.toBe(0);
      expect(down.stderr).toContain('LOCKSTEP_E_NO_DOWN');
      expect(down.stderr).toContain(f.ids.at(-1) ?? '');
      expect(await p.tables()).toEqual(f.tables);
    }

    const findings = await p.lint();
    expect(findings.filter((x) => x.rule === 'invalid-migration')).toEqual([]);

    const test = await p.roundTrip();
    expect(test.code).toBe(0);
    // Round-tripped where there is a down, reported as having none where the tool has no downs.
    const expected = f.downs ? { passed: f.ids.length, skipped: 0 } : { passed: f.tool === 'flyway' ? 1 : 0, skipped: f.tool === 'flyway' ? f.ids.length - 1 : f.ids.length };
    expect(test.summary).toMatchObject({ ...expected, failed: 0, notRun: 0 });
  } finally {
    await p.cleanup();
  }
}
