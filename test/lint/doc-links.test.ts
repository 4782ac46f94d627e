/** Rule links in lint output are absolute by default (the published docs of this version) and the base is configurable. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCKSTEP_VERSION } from '../../src/core/version-info.js';
import { REPO_ROOT, runCli, tempProject } from '../support/fixtures.js';

const project = tempProject({ '001_index.sql': '-- UP\ncreate index items_idx on items (id);\n-- DOWN\ndrop index items_idx;\n' });
afterAll(() => project.cleanup());

const PUBLISHED = `https://unpkg.com/lockstep@${LOCKSTEP_VERSION}/docs/`;

interface SarifRule { id: string; helpUri?: string; help?: { text: string; markdown: string } }
interface Sarif { runs: Array<{ tool: { driver: { informationUri?: string; rules: SarifRule[] } } }> }

function lint(format: string, docsUrl: string | undefined) {
  return runCli(['lint', '--format', format, '--fail-on', 'none'], { cwd: project.root, env: { LOCKSTEP_DOCS_URL: docsUrl } });
}

describe('rule links', () => {
  it.each(['human', 'github', 'markdown', 'json'])('%s output links to the published rule page by default', async (format) => {
    const r = await lint(format, undefined);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${PUBLISHED}rules/require-concurrent-index.md`);
    expect(r.stdout).not.toMatch(/(^|[\s(=])docs\/rules\//m);
  });

  it('SARIF carries informationUri, an absolute helpUri and help text for every rule', async () => {
    const r = await lint('sarif', undefined);
    const driver = (JSON.parse(r.stdout) as Sarif).runs[0]?.tool.driver;
    expect(driver?.informationUri).toBe(`${PUBLISHED}lint.md`);
    expect(driver?.rules.length).toBeGreaterThan(50);
    for (const rule of driver?.rules ?? []) {
      expect(rule.helpUri).toBe(`${PUBLISHED}rules/${rule.id}.md`);
      expect(rule.help?.text).toContain(rule.helpUri);
      expect(rule.help?.markdown).toContain(`](${rule.helpUri})`);
      // The page a link names ships in the package's docs/ folder.
      expect(existsSync(join(REPO_ROOT, 'docs/rules', `${rule.id}.md`)), rule.id).toBe(true);
    }
  });

  it('LOCKSTEP_DOCS_URL moves every link to a team\'s own copy of the docs', async () => {
    const base = 'https://wiki.example.test/db/lockstep-docs';
    const human = await lint('human', base);
    expect(human.stdout).toContain(`docs: ${base}/rules/require-concurrent-index.md`);
    const sarif = (JSON.parse((await lint('sarif', base)).stdout) as Sarif).runs[0]?.tool.driver;
    expect(sarif?.informationUri).toBe(`${base}/lint.md`);
    expect(sarif?.rules.find((rule) => rule.id === 'require-concurrent-index')?.helpUri).toBe(`${base}/rules/require-concurrent-index.md`);
  });

  it('a relative base (a checkout) gives relative links, and SARIF leaves out the URIs it must not hold', async () => {
    const human = await lint('human', 'docs/');
    expect(human.stdout).toContain('docs: docs/rules/require-concurrent-index.md');
    const sarif = (JSON.parse((await lint('sarif', 'docs/')).stdout) as Sarif).runs[0]?.tool.driver;
    expect(sarif?.informationUri).toBeUndefined();
    expect(sarif?.rules.every((rule) => rule.helpUri === undefined)).toBe(true);
  });
});
