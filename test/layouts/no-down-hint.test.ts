/**
 * LOCKSTEP_E_NO_DOWN as a user of a tool without downs sees it: `lockstep down` through the CLI, against the real
 * server. The hint names what that tool's user can do (Flyway: its U file; drizzle, Prisma: a forward migration),
 * never a down section or down file those folders cannot hold.
 */
import { describe, expect, it } from 'vitest';
import { layoutProject } from './support/layout-project.js';
import { TOOL_FIXTURES } from './support/tool-fixtures.js';

describe.concurrent('down past a migration without a down, in a tool without downs', () => {
  it.each(['drizzle', 'prisma'])('%s: the hint says to write a forward migration, and that requireDown does not ask', async (tool) => {
    const f = TOOL_FIXTURES.find((x) => x.tool === tool);
    if (!f) throw new Error(`no fixture for ${tool}`);
    const p = await layoutProject(`nodown_${tool}`, f.files);
    try {
      expect((await p.cli('up')).code).toBe(0);
      const down = await p.cli('down');
      expect(down.code).toBe(1);
      expect(down.stderr).toContain('LOCKSTEP_E_NO_DOWN');
      expect(down.stderr).toContain(`comes from ${tool === 'prisma' ? 'Prisma' : 'drizzle'}, which has no down migrations`);
      expect(down.stderr).toContain('write a new forward migration that reverts it');
      expect(down.stderr).toContain(`requireDown never asks ${tool === 'prisma' ? 'Prisma' : 'drizzle'} migrations`);
      expect(down.stderr).not.toContain('down section');
      expect(down.stderr).not.toContain('down file');
      expect(await p.tables()).toEqual(f.tables);
    } finally {
      await p.cleanup();
    }
  });

  it('flyway: the hint names the U file beside the V one, which Lockstep reads as the down', async () => {
    const p = await layoutProject('nodown_flyway', {
      'V1__Create_notes.sql': 'CREATE TABLE notes (id int PRIMARY KEY);\n',
      'U1__Create_notes.sql': 'DROP TABLE notes;\n',
      'V2__Add_tags.sql': 'CREATE TABLE tags (id int PRIMARY KEY);\n',
    });
    try {
      expect((await p.cli('up')).code).toBe(0);
      const down = await p.cli('down');
      expect(down.code).toBe(1);
      expect(down.stderr).toContain('LOCKSTEP_E_NO_DOWN');
      expect(down.stderr).toContain('has no Flyway undo file (U2__Add_tags.sql)');
      expect(down.stderr).toContain('Write its undo file U2__Add_tags.sql beside it');
      expect(down.stderr).not.toContain('down section');
      expect(await p.tables()).toEqual(['notes', 'tags']);
      // The advice works: with that file written, down rolls it back.
      expect(down.stderr).toContain('lockstep repair --accept 2');
      // `test` tells the same reason (one home: core/down-advice.ts).
      const rt = await p.roundTrip();
      expect(rt.steps.find((x) => x.version === '2')?.note).toBe('no down: it has no Flyway undo file (U2__Add_tags.sql), so only up was run');
      p.project.write({ 'U2__Add_tags.sql': 'DROP TABLE tags;\n' });
      expect((await p.cli('repair', '--accept', '2')).code).toBe(0);
      const again = await p.cli('down');
      expect(again.code, again.stderr).toBe(0);
      expect(await p.tables()).toEqual(['notes']);
    } finally {
      await p.cleanup();
    }
  });
});
