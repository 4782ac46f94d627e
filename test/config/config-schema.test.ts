/** The config's JSON Schema (generated from the zod schema at build time), `defineConfig`, and `init`'s "$schema". */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { defineConfig, resolveConfig } from '../../src/index.js';
import { REPO_ROOT, runCli, tempProject } from '../support/fixtures.js';

const schemaPath = join(REPO_ROOT, 'dist/config.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const projects = [tempProject(), tempProject()];
afterAll(() => projects.forEach((p) => p.cleanup()));

describe('dist/config.schema.json', () => {
  it('accepts what the runtime accepts, the string shorthand for an environment included', () => {
    const config = {
      dir: 'db/migrations',
      environments: { dev: 'DATABASE_URL', prod: { url: 'PROD_DATABASE_URL', protected: true, lockTimeout: '50ms' } },
      lockTimeout: 100,
      lint: { rules: { 'prefer-jsonb': 'off' }, failOn: 'warning' },
    };
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ lockTimeot: '1s' }, 'unknown key'],
    [{ lockTimeout: 'soon' }, 'not a duration'],
    [{ environments: { prod: { url: 'X', protectd: true } } }, 'unknown key in an environment'],
    [{ layout: 'folders' }, 'not a layout'],
  ])('rejects %j (%s), as the runtime does', async (config, _why) => {
    expect(validate(config)).toBe(false);
    writeFileSync(join(projects[1]!.root, 'lockstep.config.json'), JSON.stringify(config));
    await expect(resolveConfig({ cwd: projects[1]!.root })).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG' });
  });
});

describe('defineConfig', () => {
  it('returns the config unchanged, and a lockstep.config.ts using it loads', async () => {
    const config = { dir: 'db', lockRetries: 3 };
    expect(defineConfig(config)).toBe(config);
    const p = tempProject();
    try {
      // As installed in a project (resolved through the package's exports; tsx compiles this file to CommonJS).
      mkdirSync(join(p.root, 'node_modules'));
      symlinkSync(REPO_ROOT, join(p.root, 'node_modules/lockstep'));
      writeFileSync(join(p.root, 'lockstep.config.ts'), `import { defineConfig } from 'lockstep';\nexport default defineConfig({ dir: 'db', lockRetries: 3, environments: { prod: 'PROD_URL' } });\n`);
      const resolved = await resolveConfig({ cwd: p.root }, { PROD_URL: 'postgres://x@127.0.0.1/db' });
      expect(resolved.dir).toBe(join(p.root, 'db'));
      expect(resolved.policy.lockRetries).toBe(3);
      expect(resolved.environments.prod?.url).toBe('postgres://x@127.0.0.1/db');
    } finally {
      p.cleanup();
    }
  });
});

describe('lockstep init', () => {
  it('points "$schema" at the installed package\'s schema, and the starter config is valid against it', async () => {
    const p = projects[0]!;
    mkdirSync(join(p.root, 'node_modules/lockstep/dist'), { recursive: true });
    copyFileSync(schemaPath, join(p.root, 'node_modules/lockstep/dist/config.schema.json'));
    const r = await runCli(['init'], { cwd: p.root });
    expect(r.code, r.stderr).toBe(0);
    const starter = JSON.parse(readFileSync(join(p.root, 'lockstep.config.json'), 'utf8')) as Record<string, unknown>;
    expect(starter.$schema).toBe('./node_modules/lockstep/dist/config.schema.json');
    expect(validate(starter), JSON.stringify(validate.errors)).toBe(true);
  });
});
