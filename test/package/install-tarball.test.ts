/**
 * The packed tarball, installed offline into a fresh CommonJS project and a fresh ESM project, works as a
 * user's project would use it: the bin, require()/import(), the types for both module systems, and
 * TypeScript module migrations importing `backfill` from 'lockstep' applied against the real server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { installPacked, packTarball } from './packed-project.js';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TSC = join(REPO_ROOT, 'node_modules/.bin/tsc');

/** A module migration that backfills in batches: it needs `backfill` from the installed package. */
const BACKFILL_MIGRATION = `import { backfill, type MigrationContext } from 'lockstep';

export const transaction = false;

export async function up(ctx: MigrationContext): Promise<void> {
  const result = await backfill(ctx, { table: 'items', set: 'doubled = n * 2', where: 'doubled is null', batchSize: 7 });
  const rows: number = result.rowsDone;
  ctx.log(\`backfilled \${rows} rows\`);
}

export async function down(ctx: MigrationContext): Promise<void> {
  await ctx.exec('update items set doubled = null');
}
`;

const CREATE_TABLE = `-- UP
create table items (id bigint primary key, n int not null, doubled int);
insert into items select g, g from generate_series(1, 40) g;

-- DOWN
drop table items;
`;

let work: string;
let tarball: string;

function run(cwd: string, command: string, args: readonly string[], env: Record<string, string> = {}): string {
  const clean = { ...process.env, CI: '', NODE_ENV: '', DATABASE_URL: '', ...env };
  return execFileSync(command, args, { cwd, encoding: 'utf8', env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** tsc over the project's migrations with the strictest module settings a user might have (no skipLibCheck). */
function typecheck(cwd: string, files: readonly string[]): void {
  for (const module of ['node16', 'nodenext']) {
    run(cwd, TSC, ['--noEmit', '--strict', '--module', module, '--types', 'node', '--typeRoots', join(REPO_ROOT, 'node_modules/@types'), '--skipLibCheck', ...files]);
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lockstep-pack-'));
  tarball = packTarball(work);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds what runs: the build, docs, README and LICENSE; no source maps, no tests, no sources', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    expect(files).toContain('LICENSE');
    expect(files).toContain('README.md');
    expect(files).toContain('dist/index.cjs');
    expect(files).toContain('dist/index.d.cts');
    expect(files).toContain('docs/rules/require-concurrent-index.md');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /(^|\/)test\/|\.test\.|^src\//.test(f))).toEqual([]);
    expect(files.filter((f) => !/^(dist|docs)\//.test(f)).sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
  });
});

describe.each([
  { type: 'commonjs' as const, other: '.mts' },
  { type: 'module' as const, other: '.cts' },
])('installed into a fresh "type": $type project', ({ type, other }) => {
  let project: string;
  let db: TestDatabase;

  beforeAll(async () => {
    project = installPacked(join(work, type), tarball, type);
    db = await createTestDatabase(`pack_${type}`);
  }, 120_000);

  afterAll(async () => db?.drop());

  it('npx lockstep --version prints the package version', () => {
    expect(run(project, 'npx', ['--no-install', 'lockstep', '--version']).trim()).toBe(VERSION);
  });

  it('npx lockstep init writes a starter config whose "$schema" is the installed package\'s JSON Schema', () => {
    const scratch = join(project, 'init-check');
    mkdirSync(join(scratch, 'node_modules'), { recursive: true });
    // The scratch folder sees the installed package as its own node_modules/lockstep, as the project root does.
    run(project, 'ln', ['-s', join(project, 'node_modules/lockstep'), join(scratch, 'node_modules/lockstep')]);
    run(scratch, join(project, 'node_modules/.bin/lockstep'), ['init']);
    const config = JSON.parse(readFileSync(join(scratch, 'lockstep.config.json'), 'utf8')) as { $schema?: string };
    expect(config.$schema).toBe('./node_modules/lockstep/dist/config.schema.json');
    const schema = JSON.parse(readFileSync(join(scratch, config.$schema ?? ''), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['dir', 'url', 'environments', 'lint']));
    expect(existsSync(join(scratch, 'migrations'))).toBe(true);
  });

  it('require(\'lockstep\') and import(\'lockstep\') give the same library', () => {
    const script = `const cjs = require('lockstep');
import('lockstep').then((esm) => {
  console.log(JSON.stringify({ fns: [typeof cjs.createMigrator, typeof cjs.backfill, typeof cjs.defineConfig], same: cjs.LockstepError === esm.LockstepError }));
});`;
    writeFileSync(join(project, 'probe.cjs'), script);
    expect(JSON.parse(run(project, 'node', ['probe.cjs']))).toEqual({ fns: ['function', 'function', 'function'], same: true });
  });

  it(`applies .ts and ${other} module migrations importing backfill from 'lockstep', and their types check`, () => {
    const dir = join(project, 'migrations');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '20260101000000_create_items.sql'), CREATE_TABLE);
    writeFileSync(join(dir, '20260101000001_backfill_doubled.ts'), BACKFILL_MIGRATION);
    writeFileSync(join(dir, `20260101000002_backfill_again${other}`), BACKFILL_MIGRATION);
    typecheck(project, [`migrations/20260101000001_backfill_doubled.ts`, `migrations/20260101000002_backfill_again${other}`]);

    const out = run(project, 'npx', ['--no-install', 'lockstep', 'up', '--json'], { DATABASE_URL: db.url });
    const result = JSON.parse(out) as { done: Array<{ version: string }>; failed?: unknown };
    expect(result.failed).toBeUndefined();
    expect(result.done.map((m) => m.version)).toEqual(['20260101000000', '20260101000001', '20260101000002']);
  });

  it('the backfill really ran against the server', async () => {
    const c = await db.client();
    const { rows } = await c.query<{ done: string }>('select count(*) as done from items where doubled = n * 2');
    expect(rows[0]?.done).toBe('40');
  });

  it('the bundled CLI and a module importing \'lockstep\' share one LockstepError: the module\'s code and hint reach the report', async () => {
    const own = await createTestDatabase(`pack_identity_${type}`);
    const scratch = join(project, 'identity');
    mkdirSync(join(scratch, 'migrations'), { recursive: true });
    writeFileSync(join(scratch, 'migrations', '20260101000000_throws.mjs'), `import { LockstepError } from 'lockstep';
export async function up() { throw new LockstepError('LOCKSTEP_E_USAGE', 'thrown by the module', { hint: 'the module says how' }); }
export async function down() {}
`);
    expect(existsSync(join(project, 'node_modules/lockstep/dist/bundle/cli/run-cli.js'))).toBe(true);
    let out = '';
    try {
      run(project, join(project, 'node_modules/.bin/lockstep'), ['up', '--json', '--dir', 'identity/migrations'], { DATABASE_URL: own.url });
    } catch (err) {
      out = String((err as { stdout?: string }).stdout ?? '');
    } finally {
      await own.drop();
    }
    const result = JSON.parse(out) as { failed?: { error: { code: string; message: string; hint: string } } };
    // Another copy's LockstepError would not pass the runner's instanceof and come back as LOCKSTEP_E_MIGRATION_FAILED.
    expect(result.failed?.error).toMatchObject({ code: 'LOCKSTEP_E_USAGE', message: 'thrown by the module', hint: 'the module says how' });
  });
});
