/**
 * The GitLab CI example in docs/ci.md, its jobs' script lines run in order (as the GitLab runner does: a
 * failing line fails the job) on a throwaway repository, with npm, npx and curl faked (ci-workspace.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { ciWorkspace, type CiWorkspace } from './ci-workspace.js';

interface Job { readonly stage: string; readonly script: readonly string[]; readonly artifacts?: { readonly paths: readonly string[] } }

const doc = readFileSync(join(REPO_ROOT, 'docs/ci.md'), 'utf8');
const yamlText = /<!-- gitlab-ci:start -->\s*```yaml\n([\s\S]*?)```\s*<!-- gitlab-ci:end -->/.exec(doc)?.[1] ?? '';
const pipeline = parse(yamlText) as Record<string, Job>;

let ws: CiWorkspace;
let db: TestDatabase;

interface JobRun { readonly failedLine?: string; readonly code: number; readonly output: string }

/** Runs a job's script lines in one bash, stopping at the first failing line. */
function runJob(job: Job, env: Record<string, string>): JobRun {
  let output = '';
  for (const line of job.script) {
    const res = spawnSync('bash', ['-eo', 'pipefail', '-c', line], {
      cwd: ws.repo,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${ws.bin}:${process.env.PATH ?? ''}`, CI: 'true', GITLAB_CI: 'true', DATABASE_URL: '', LOCKSTEP_DOCS_URL: '', ...env },
    });
    output += res.stdout + res.stderr;
    if (res.status !== 0) return { failedLine: line, code: res.status ?? -1, output };
  }
  return { code: 0, output };
}

const MERGE_REQUEST = {
  CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_MERGE_REQUEST_IID: '12',
  CI_PROJECT_ID: '99', CI_API_V4_URL: 'https://gitlab.example.test/api/v4',
};

beforeAll(async () => {
  ws = ciWorkspace();
  db = await createTestDatabase('gitlab_ci');
});
afterAll(async () => {
  ws.cleanup();
  await db.drop();
});

describe('docs/ci.md GitLab CI example', () => {
  it('is the pipeline the docs describe', () => {
    expect(Object.keys(pipeline)).toEqual(['stages', 'lockstep:lint', 'lockstep:migrate']);
  });

  it('lint job: posts the plan as a merge request note, keeps the SARIF, and fails on the error-level finding', () => {
    const r = runJob(pipeline['lockstep:lint'] as Job, { ...MERGE_REQUEST, LOCKSTEP_GITLAB_TOKEN: 'glpat-test' });
    expect(r.failedLine).toMatch(/^npx lockstep lint .* --fail-on error$/);
    expect(r.code).toBe(1);
    expect(r.output).toContain('error[require-concurrent-index]');
    expect(r.output).not.toContain('20260101000000_orders.sql');
    const sarif = JSON.parse(readFileSync(join(ws.repo, 'lockstep.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]?.results.map((f) => f.ruleId)).toContain('require-concurrent-index');
    const calls = readFileSync(join(ws.log, 'calls'), 'utf8');
    expect(calls).toContain('https://gitlab.example.test/api/v4/projects/99/merge_requests/12/notes');
    expect(calls).toContain('PRIVATE-TOKEN: glpat-test');
    expect(readFileSync(join(ws.log, 'gitlab-note.md'), 'utf8')).toContain('20260102000000');
    for (const artifact of (pipeline['lockstep:lint'] as Job).artifacts?.paths ?? []) expect(existsSync(join(ws.repo, artifact)), artifact).toBe(true);
  });

  it('migrate job: applies the migrations with DATABASE_URL from a CI/CD variable', async () => {
    const r = runJob(pipeline['lockstep:migrate'] as Job, { CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main', DATABASE_URL: db.url });
    expect(r.code, r.output).toBe(0);
    expect(r.output).toContain('2 migration(s) applied');
    const c = await db.client();
    expect((await c.query("select to_regclass('public.orders_customer_idx') is not null as there")).rows[0]).toEqual({ there: true });
  });

  it('migrate job without the variable fails instead of migrating an embedded database', () => {
    const r = runJob(pipeline['lockstep:migrate'] as Job, { CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' });
    expect(r.failedLine).toBe('npx lockstep up');
    expect(r.code).toBe(2);
    expect(r.output).toContain('LOCKSTEP_E_NO_DATABASE_URL');
    expect(r.output).not.toContain('applied');
  });
});
