/**
 * The fixtures' migrations as Lockstep's loader gives them, and, for layouts it does not read yet (Prisma,
 * drizzle, Flyway: issue 16 part 1), as the MigrationFile values it is to give (id, tool, paths, toolMeta as in
 * src/core/types.ts), built by hand.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checksum } from '../../../src/core/checksum.js';
import type { MigrationFile } from '../../../src/core/types.js';
import { loadMigrations, NO_DIRECTIVES } from '../../../src/loader/index.js';
import { initParser } from '../../../src/sql/index.js';
import { fixtureDir, upSql, type FixtureMigration, type ToolFixture } from './tool-histories.js';

function handMade(f: ToolFixture, m: FixtureMigration, dir: string, cwd: string): MigrationFile {
  const path = relative(cwd, join(dir, m.file));
  const text = readFileSync(join(dir, m.file), 'utf8');
  const repeatable = m.id.startsWith('R__');
  const name = m.id.replace(/^[\d_.]+|^R__/, '').replace(/^_/, '');
  return {
    id: m.id, version: repeatable ? '' : (/^[\d.]+/.exec(m.id)?.[0] ?? ''), name, layout: f.tool === 'prisma' ? 'directory' : 'single-file', tool: f.tool,
    paths: [path], up: { kind: 'sql', path, sql: upSql(f, m, dir), startLine: 1 }, noDown: 'tool-has-none', directives: NO_DIRECTIVES,
    checksum: checksum([text]), repeatable,
    toolMeta: f.tool === 'drizzle' ? { when: Number(m.key), tag: m.id } : f.tool === 'flyway' ? { script: m.file } : undefined,
  };
}

/** The fixture's migrations read from `dir` (display paths relative to `cwd`). */
export async function fixtureFiles(f: ToolFixture, dir: string, cwd: string): Promise<MigrationFile[]> {
  await initParser();
  if (f.loadable) return loadMigrations(dir, { cwd });
  return f.migrations.map((m) => handMade(f, m, dir, cwd));
}

/** A copy of the fixture folder that a test may edit: { root (cwd), dir }. */
export function fixtureCopy(f: ToolFixture): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), `lockstep-adopt-${f.tool}-`));
  const dir = join(root, 'migrations');
  cpSync(fixtureDir(f.tool), dir, { recursive: true });
  return { root, dir };
}
