/**
 * Every documented way of writing a module migration (docs/migration-files.md, layout 4) imports with
 * both up and down, in a directory whose package.json (if any) does not say "type": "module".
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { MigrationContext, ModuleSection } from '../../src/core/types.js';
import { importMigrationModule, loadMigrations } from '../../src/loader/index.js';
import { removeTempDirs, tempDir } from './temp-dir.js';

afterAll(removeTempDirs);

function recordingContext(): { ctx: MigrationContext; ran: string[] } {
  const ran: string[] = [];
  const ctx: MigrationContext = {
    query: async (sql) => {
      ran.push(sql);
      return { rows: [], rowCount: 0 };
    },
    exec: async (sql) => {
      ran.push(sql);
    },
    log: () => undefined,
    version: '1',
    name: 'x',
  };
  return { ctx, ran };
}

const NAMED_TS = "export async function up(ctx: any): Promise<void> { await ctx.exec('UP'); }\nexport async function down(ctx: any): Promise<void> { await ctx.exec('DOWN'); }\n";
const DEFAULT_TS = "export default {\n  async up(ctx: any): Promise<void> { await ctx.exec('UP'); },\n  async down(ctx: any): Promise<void> { await ctx.exec('DOWN'); },\n};\n";
const NAMED_JS = "export async function up(ctx) { await ctx.exec('UP'); }\nexport async function down(ctx) { await ctx.exec('DOWN'); }\n";
const DEFAULT_JS = "export default {\n  async up(ctx) { await ctx.exec('UP'); },\n  async down(ctx) { await ctx.exec('DOWN'); },\n};\n";
// Node's CommonJS lexer detects `up` here as a named export but not `down`.
const CJS = "module.exports = {\n  up: async (ctx) => ctx.exec('UP'),\n  down: async (ctx) => ctx.exec('DOWN'),\n};\n";
const CJS_TS = "module.exports = {\n  up: async (ctx: any) => { await ctx.exec('UP'); },\n  down: async (ctx: any) => { await ctx.exec('DOWN'); },\n};\n";
const EXPORTS_DOT = "exports.up = async (ctx) => { await ctx.exec('UP'); };\nexports.down = async (ctx) => { await ctx.exec('DOWN'); };\n";

const ROWS: ReadonlyArray<readonly [file: string, source: string, packageType?: 'module' | 'commonjs']> = [
  ['1_named.ts', NAMED_TS],
  ['1_default.ts', DEFAULT_TS],
  ['1_named.mts', NAMED_TS],
  ['1_default.mts', DEFAULT_TS],
  ['1_named.cts', NAMED_TS],
  ['1_default.cts', DEFAULT_TS],
  ['1_cjs.cts', CJS_TS],
  ['1_named.mjs', NAMED_JS],
  ['1_default.mjs', DEFAULT_JS],
  ['1_cjs.cjs', CJS],
  ['1_exports.cjs', EXPORTS_DOT],
  ['1_cjs.js', CJS],
  ['1_cjs.js', CJS, 'commonjs'],
  ['1_named.js', NAMED_JS, 'module'],
  ['1_default.js', DEFAULT_JS, 'module'],
  ['1_named.ts', NAMED_TS, 'module'],
  ['1_default.ts', DEFAULT_TS, 'module'],
];
const STYLES = ROWS.map(([file, source, packageType]) => ({ file, source, packageType: packageType ?? 'none' }));

describe('module migration styles', () => {
  it.each(STYLES)('$file (package.json type: $packageType) exports up and down', async ({ file, source, packageType }) => {
    const files: Record<string, string> = { [file]: source };
    if (packageType !== 'none') files['package.json'] = JSON.stringify({ type: packageType });
    const dir = await tempDir(files);
    const [m] = await loadMigrations('.', { cwd: dir.path });
    expect(m?.layout).toBe('module');
    for (const section of [m?.up, m?.down] as ModuleSection[]) {
      const mod = await importMigrationModule(section);
      const { ctx, ran } = recordingContext();
      await mod.up(ctx);
      await mod.down?.(ctx);
      expect(ran).toEqual(['UP', 'DOWN']);
    }
  });

  it('takes each function from the named exports first, then from the default object', async () => {
    const source = "export async function up(ctx) { await ctx.exec('NAMED UP'); }\n" +
      "export default { async up(ctx) { await ctx.exec('DEFAULT UP'); }, async down(ctx) { await ctx.exec('DEFAULT DOWN'); }, transaction: false };\n";
    const dir = await tempDir({ '1_mixed.mjs': source });
    const [m] = await loadMigrations('.', { cwd: dir.path });
    const mod = await importMigrationModule(m?.down as ModuleSection);
    const { ctx, ran } = recordingContext();
    await mod.up(ctx);
    await mod.down?.(ctx);
    expect(ran).toEqual(['NAMED UP', 'DEFAULT DOWN']);
    expect(mod.transaction).toBe(false);
  });

  it('still names what is missing when neither the named exports nor the default object have it', async () => {
    const dir = await tempDir({ '1_half.cjs': 'module.exports = { up: async () => {} };\n' });
    const [m] = await loadMigrations('.', { cwd: dir.path });
    const err = await importMigrationModule(m?.down as ModuleSection).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MODULE_INVALID', location: { file: '1_half.cjs' } });
    expect((err as Error).message).toContain('does not export down(ctx)');
    expect((err as Error).message).not.toContain('up(ctx)');
  });
});
