/** Every rule file is registered, named after its id, documented, and covered by tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_RULES, RULES } from '../../src/lint/index.js';
import type { Rule } from '../../src/lint/index.js';

const root = join(import.meta.dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'src/lint/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const testSources = readdirSync(join(import.meta.dirname, 'rules'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(import.meta.dirname, 'rules', f), 'utf8'))
  .join('\n');

describe('rule registry', () => {
  it('registers every rule file exactly once, with id equal to the file name', async () => {
    const exported: Rule[] = [];
    for (const file of ruleFiles) {
      const mod = (await import(`../../src/lint/rules/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v): v is Rule => typeof v === 'object' && v !== null && 'check' in v && 'id' in v);
      expect(rules.map((r) => r.id), file).toEqual([file.replace(/\.ts$/, '')]);
      exported.push(...rules);
    }
    expect(new Set(RULES)).toEqual(new Set(exported));
    expect(RULES.length).toBe(ruleFiles.length);
  });

  it('has unique kebab-case ids and the documented shape', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
      expect(r.docs).toBe(`docs/rules/${r.id}.md`);
      expect(r.description.length, r.id).toBeGreaterThan(10);
    }
  });

  it('has a doc page per rule with the problem, the lock and a safe alternative in SQL', () => {
    for (const id of [...RULES.map((r) => r.id), ...Object.keys(META_RULES)]) {
      const path = join(root, 'docs/rules', `${id}.md`);
      expect(existsSync(path), path).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page.startsWith(`# ${id}\n`), `${id}: title`).toBe(true);
      expect(page, `${id}: problem`).toContain('## Problem');
      if (id in META_RULES) continue;
      expect(page, `${id}: lock`).toContain('## Lock');
      expect(page, `${id}: safe alternative`).toMatch(/## Safe alternative[\s\S]*```sql/);
    }
    const pages = readdirSync(join(root, 'docs/rules')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...RULES.map((r) => r.id), ...Object.keys(META_RULES)].sort());
  });

  it('lists every rule in docs/lint.md', () => {
    const page = readFileSync(join(root, 'docs/lint.md'), 'utf8');
    for (const r of RULES) expect(page, r.id).toContain(`[${r.id}](rules/${r.id}.md)`);
  });

  it('covers every rule with tests that trigger it and tests that do not', () => {
    for (const r of RULES) expect(testSources, r.id).toContain(`describeRule('${r.id}'`);
  });
});
