import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { MigrationContext, ModuleSection } from '../../src/core/types.js';
import { importMigrationModule, loadMigrations } from '../../src/loader/index.js';
import { removeTempDirs, tempDir } from './temp-dir.js';

afterAll(removeTempDirs);

/** A context that records what the migration ran. */
function recordingContext(): { ctx: MigrationContext; ran: string[] } {
  const ran: string[] = [];
  const ctx: MigrationContext = {
    query: async (sql, params) => {
      ran.push(`${sql} ${JSON.stringify(params ?? [])}`);
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

const TS_MODULE = `
import type { MigrationContext } from 'lockstep';
const table: string = 'users';
export const transaction: boolean = false;
export async function up(ctx: MigrationContext): Promise<void> {
  await ctx.query(\`UPDATE \${table} SET a = $1\`, [1]);
}
export async function down(ctx: MigrationContext): Promise<void> {
  await ctx.exec('UPDATE users SET a = NULL');
}
`;

const MJS_MODULE = `
export async function up(ctx) { await ctx.exec('SELECT 1'); }
export async function down(ctx) { await ctx.exec('SELECT 2'); }
`;

describe('importMigrationModule', () => {
  it('imports a .ts module through tsx and runs it against the context', async () => {
    const dir = await tempDir({ '1_backfill.ts': TS_MODULE });
    const [m] = await loadMigrations('.', { cwd: dir.path });
    expect(m?.directives.noTransaction).toBe(true);
    const mod = await importMigrationModule(m?.up as ModuleSection);
    expect(mod.transaction).toBe(false);
    const { ctx, ran } = recordingContext();
    await mod.up(ctx);
    await mod.down?.(ctx);
    expect(ran).toEqual(['UPDATE users SET a = $1 [1]', 'UPDATE users SET a = NULL']);
  });

  it('imports a .mjs module with plain import()', async () => {
    const dir = await tempDir({ '2_plain.mjs': MJS_MODULE });
    const [m] = await loadMigrations('.', { cwd: dir.path });
    const mod = await importMigrationModule(m?.down as ModuleSection);
    const { ctx, ran } = recordingContext();
    await mod.up(ctx);
    await mod.down?.(ctx);
    expect(ran).toEqual(['SELECT 1', 'SELECT 2']);
    expect(mod.transaction).toBeUndefined();
  });

  it('accepts a default-exported { up, down } object', async () => {
    const dir = await tempDir({ '3_default.mjs': 'export default { async up() {}, async down() {} };\n' });
    const mod = await importMigrationModule({ kind: 'module', path: join(dir.path, '3_default.mjs'), exportName: 'up' });
    expect(typeof mod.up).toBe('function');
  });

  it('imports a CommonJS .cjs module', async () => {
    const dir = await tempDir({ '7_cjs.cjs': 'exports.up = async (ctx) => ctx.exec("SELECT 7");\nexports.down = async () => {};\n' });
    const mod = await importMigrationModule({ kind: 'module', path: '7_cjs.cjs', absolutePath: join(dir.path, '7_cjs.cjs'), exportName: 'down' });
    const { ctx, ran } = recordingContext();
    await mod.up(ctx);
    expect(ran).toEqual(['SELECT 7']);
  });

  it('rejects a module without up, naming the file and what is missing', async () => {
    const dir = await tempDir({ '4_no_up.mjs': 'export async function down() {}\n' });
    const section: ModuleSection = { kind: 'module', path: '4_no_up.mjs', absolutePath: join(dir.path, '4_no_up.mjs'), exportName: 'up' };
    const err = await importMigrationModule(section).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MODULE_INVALID', location: { file: '4_no_up.mjs' } });
    expect((err as Error).message).toContain('does not export up(ctx)');
    expect((err as { hint: string }).hint).toContain('lockstep:irreversible');
  });

  it('rejects a missing down when down is asked for, and a non-boolean transaction', async () => {
    const dir = await tempDir({ '5_x.mjs': 'export const transaction = "no";\nexport async function up() {}\n' });
    const section: ModuleSection = { kind: 'module', path: '5_x.mjs', absolutePath: join(dir.path, '5_x.mjs'), exportName: 'down' };
    const err = await importMigrationModule(section).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MODULE_INVALID' });
    expect((err as Error).message).toContain('does not export down(ctx)');
    expect((err as Error).message).toContain('transaction');
  });

  it('turns an import failure into a coded error', async () => {
    const dir = await tempDir({ '6_broken.ts': 'export async function up( {\n' });
    const section: ModuleSection = { kind: 'module', path: '6_broken.ts', absolutePath: join(dir.path, '6_broken.ts'), exportName: 'up' };
    const err = await importMigrationModule(section).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKSTEP_E_MODULE_INVALID', location: { file: '6_broken.ts' } });
  });
});
