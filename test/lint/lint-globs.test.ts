/** `lockstep lint 'pattern'`: a quoted glob is expanded by Lockstep (tinyglobby), as the shell would. */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, sqlMigration, tempProject } from '../support/fixtures.js';

const project = tempProject({
  '001_idx.sql': sqlMigration('create index a_idx on a (id);', 'drop index a_idx;'),
  '002_jsonb.sql': sqlMigration('alter table a add column doc json;', 'alter table a drop column doc;'),
  'nested/003_nested.sql': sqlMigration('create index b_idx on b (id);', 'drop index b_idx;'),
});
afterAll(() => project.cleanup());

interface Sarif { runs: Array<{ artifacts: Array<{ location: { uri: string } }> }> }

/** The files a run linted: SARIF lists them as artifacts. */
async function lintJson(...paths: string[]): Promise<{ code: number; files: string[]; stderr: string }> {
  const r = await runCli(['lint', '--format', 'sarif', '--fail-on', 'none', ...paths], { cwd: project.root });
  const files = r.code === 0 ? (JSON.parse(r.stdout) as Sarif).runs[0]?.artifacts.map((a) => a.location.uri) ?? [] : [];
  return { code: r.code, files, stderr: r.stderr };
}

describe('lint paths', () => {
  it('expands a quoted * pattern in sorted order', async () => {
    const r = await lintJson('migrations/*.sql');
    expect(r.code, r.stderr).toBe(0);
    expect(r.files).toEqual(['migrations/001_idx.sql', 'migrations/002_jsonb.sql']);
  });

  it('** matches at any depth, and brace patterns work', async () => {
    expect((await lintJson('migrations/**/00[13]_*.sql')).files).toEqual(['migrations/001_idx.sql', 'migrations/nested/003_nested.sql']);
    expect((await lintJson('migrations/{002_jsonb,nested/003_nested}.sql')).files).toEqual(['migrations/002_jsonb.sql', 'migrations/nested/003_nested.sql']);
  });

  it('a pattern that matches nothing is a usage error naming it', async () => {
    const r = await runCli(['lint', 'migrations/*.psql'], { cwd: project.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing to lint at migrations/*.psql: no file or directory matches the pattern');
  });
});
