/**
 * action.yml, run step by step on a throwaway repository (test/ci/run-action.ts): lint of the changed
 * migrations only, valid SARIF handed to upload-sarif, the plan commented on the pull request (one comment,
 * updated), and the job's result following fail-on.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarifValidator } from '../lint/sarif-schema.js';
import { REPO_ROOT } from '../support/fixtures.js';
import { ciWorkspace, type CiWorkspace } from './ci-workspace.js';
import { loadAction, runAction, type ActionRun } from './run-action.js';

const action = loadAction(join(REPO_ROOT, 'action.yml'));
let ws: CiWorkspace;

const PULL_REQUEST = { event_name: 'pull_request', base_ref: 'main', repository: 'acme/shop', token: 'ghs_test', action_path: REPO_ROOT, event: { pull_request: { number: 7 } } };

function run(inputs: Record<string, string> = {}, github: Record<string, unknown> = PULL_REQUEST, extraEnv: Record<string, string> = {}): ActionRun {
  const env = { ...process.env, PATH: `${ws.bin}:${process.env.PATH ?? ''}`, CI: 'true', GITHUB_ACTIONS: 'true', LOCKSTEP_DOCS_URL: '', DATABASE_URL: '', ...extraEnv };
  return runAction(action, { cwd: ws.repo, inputs, github, env });
}

interface SarifLog { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; tool: { driver: { rules: Array<{ helpUri?: string }> } } }> }

beforeAll(() => {
  ws = ciWorkspace();
});
afterAll(() => ws.cleanup());

describe('action.yml on a pull request', () => {
  let result: ActionRun;
  beforeAll(() => {
    result = run();
  }, 120_000);

  it('is a composite action whose every step ran or was meant to be skipped', () => {
    expect(action.runs.using).toBe('composite');
    expect(result.steps.map((s) => [s.name, s.skipped])).toEqual([
      ['Find Lockstep', false],
      ['Lint changed migrations', false],
      ['Upload SARIF', false],
      ['Plan pending migrations', false],
      ['Comment the plan on the pull request', false],
      ['Fail on findings', false],
    ]);
  });

  it('uses the project\'s own Lockstep and lints only the migration the branch changed', () => {
    expect(result.outputs.setup?.command).toBe(`${ws.repo}/node_modules/.bin/lockstep`);
    const lint = result.steps[1];
    expect(lint?.stdout).toContain('20260102000000_orders_customer_idx.sql');
    expect(lint?.stdout).not.toContain('20260101000000_orders.sql');
    expect(result.outputs.lint?.['exit-code']).toBe('1');
  });

  it('hands upload-sarif a valid SARIF file with the finding and absolute rule links', () => {
    const upload = result.steps[2];
    expect(upload?.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    const file = upload?.with?.sarif_file ?? '';
    expect(existsSync(file)).toBe(true);
    const log = JSON.parse(readFileSync(file, 'utf8')) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0]?.results ?? [];
    expect(results.map((r) => r.ruleId)).toContain('require-concurrent-index');
    expect(new Set(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri))).toEqual(new Set(['migrations/20260102000000_orders_customer_idx.sql']));
    expect(log.runs[0]?.tool.driver.rules.every((r) => r.helpUri?.startsWith('https://'))).toBe(true);
  });

  it('comments the markdown plan on the pull request', () => {
    const calls = readFileSync(join(ws.log, 'calls'), 'utf8');
    expect(calls).toContain('gh api repos/acme/shop/issues/7/comments --paginate');
    expect(calls).toMatch(/gh api --method POST repos\/acme\/shop\/issues\/7\/comments -F body=@/);
    const body = readFileSync(join(ws.log, 'gh-body.md'), 'utf8');
    expect(body.startsWith('<!-- lockstep-plan -->\n### Lockstep plan')).toBe(true);
    const plan = readFileSync(result.outputs.plan?.['plan-file'] ?? '', 'utf8');
    expect(plan).toContain('20260102000000');
    expect(body).toContain(plan.trim());
  });

  it('fails the job because an error-level finding is at or above fail-on', () => {
    expect(result.failed).toBe(true);
    expect(result.steps[5]?.code).toBe(1);
    expect(result.steps[5]?.stdout).toContain('::error title=lockstep lint::');
  });
});

describe('action.yml inputs', () => {
  it('updates its earlier comment instead of adding another', () => {
    const comments = join(ws.root, 'comments.txt');
    writeFileSync(comments, '4242\n');
    const r = run({}, PULL_REQUEST, { FAKE_GH_COMMENTS: comments });
    expect(r.steps[4]?.code).toBe(0);
    expect(readFileSync(join(ws.log, 'calls'), 'utf8')).toContain('gh api --method PATCH repos/acme/shop/issues/comments/4242 -F body=@');
  }, 120_000);

  it('fail-on none passes the job; comment false and upload-sarif false skip those steps', () => {
    const r = run({ 'fail-on': 'none', comment: 'false', 'upload-sarif': 'false' });
    expect(r.failed).toBe(false);
    expect(r.steps.filter((s) => s.skipped).map((s) => s.name)).toEqual(['Upload SARIF', 'Plan pending migrations', 'Comment the plan on the pull request']);
  }, 120_000);

  it('on a push (no base branch) lints every migration, and docs-url moves the links', () => {
    const r = run({ 'fail-on': 'none', 'docs-url': 'https://docs.example.test/lockstep/' }, { ...PULL_REQUEST, event_name: 'push', base_ref: '' });
    const lint = r.steps[1]?.stdout ?? '';
    expect(lint).toContain('20260102000000_orders_customer_idx.sql');
    expect(lint).toContain('docs: https://docs.example.test/lockstep/rules/require-concurrent-index.md');
    expect(r.steps.find((s) => s.name === 'Plan pending migrations')?.skipped).toBe(true);
  }, 120_000);

  it('a migration that does not parse is an invalid-migration finding in the SARIF, and fails the job', () => {
    writeFileSync(join(ws.repo, 'migrations/20260103000000_broken.sql'), '-- UP\ncreate tabel oops (id int);\n-- DOWN\nselect 1;\n');
    try {
      const r = run({ 'fail-on': 'error' }, { ...PULL_REQUEST, event_name: 'push', base_ref: '' });
      expect(r.outputs.lint?.['exit-code']).toBe('1');
      const sarif = JSON.parse(readFileSync(r.outputs.lint?.['sarif-file'] ?? '', 'utf8')) as SarifLog;
      expect(sarif.runs[0]?.results.map((f) => f.ruleId)).toContain('invalid-migration');
      expect(r.steps.find((s) => s.name === 'Upload SARIF')?.skipped).toBe(false);
      expect(r.failed).toBe(true);
    } finally {
      writeFileSync(join(ws.repo, 'migrations/20260103000000_broken.sql'), '-- UP\nselect 1;\n-- DOWN\nselect 1;\n');
    }
  }, 120_000);

  it('a usage error (an unknown fail-on) exits 2: no SARIF to upload, and the job fails', () => {
    const r = run({ 'fail-on': 'sometimes' }, { ...PULL_REQUEST, event_name: 'push', base_ref: '' });
    expect(r.outputs.lint?.['exit-code']).toBe('2');
    expect(r.steps[1]?.stderr).toContain('--fail-on must be one of');
    expect(r.steps.find((s) => s.name === 'Upload SARIF')?.skipped).toBe(true);
    expect(r.failed).toBe(true);
  }, 120_000);
});
