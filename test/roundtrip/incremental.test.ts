/**
 * The round trip takes its snapshots incrementally. Over the benchmark's generated migrations (tables,
 * added columns, NOT VALID constraints, enums, PL/pgSQL functions and triggers, views, materialized
 * views, concurrent indexes, renames and comments), applied, rolled back and applied again through the
 * real runner, every incremental snapshot equals a full one (verifySnapshots throws otherwise), on a
 * server shadow and on PGlite.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigrator } from '../../src/api/index.js';
import { extensionsUsed, openRehearsal, runRoundTrip } from '../../src/rehearsal/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

const MIGRATIONS = 45;
let db: TestDatabase;
let root: string;

beforeAll(async () => {
  db = await createTestDatabase('roundtrip_incremental');
  root = mkdtempSync(join(tmpdir(), 'lockstep-incremental-'));
  execFileSync(process.execPath, [join(REPO_ROOT, 'bench/roundtrip/generate.mjs'), String(MIGRATIONS), join(root, 'migrations')]);
});
afterAll(async () => {
  if (root) rmSync(root, { recursive: true, force: true });
  await db?.drop();
});

const SHADOWS: ReadonlyArray<readonly [string, () => string | undefined]> = [
  ['server', () => db.url],
  ['pglite', () => undefined],
];

describe.each(SHADOWS)('%s shadow', (_kind, shadowUrl) => {
  it('every incremental snapshot of the generated migrations equals a full one', async () => {
    const m = await createMigrator({ dir: join(root, 'migrations'), cwd: root, url: 'pglite://memory' });
    try {
      const files = await m.context.loadFiles();
      const rehearsal = await openRehearsal(m.config, { shadowUrl: shadowUrl() }, extensionsUsed(files));
      try {
        const run = await runRoundTrip(rehearsal, files, {
          fixturesDir: join(root, 'migrations', 'fixtures'), excludeSchemas: [m.config.historySchema], verifySnapshots: true,
        });
        expect(run.steps.filter((s) => s.status !== 'passed').map((s) => [s.version, s.error?.message])).toEqual([]);
        expect(run.steps).toHaveLength(MIGRATIONS);
        expect(run.timings.snapshots).toBe(3 * MIGRATIONS + 1);
      } finally {
        await rehearsal.dispose();
      }
    } finally {
      await m.close();
    }
  }, 180_000);
});
