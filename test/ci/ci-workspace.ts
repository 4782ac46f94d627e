/**
 * A throwaway repository as a CI job sees it: an `origin` with a `main` branch, a feature branch checked out
 * that adds a migration, Lockstep installed as the project's devDependency (node_modules/.bin/lockstep runs
 * this checkout's build), and fake `gh`, `curl`, `npm` and `npx` on PATH that record what they were asked.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/fixtures.js';

export interface CiWorkspace {
  readonly root: string;
  /** The repository the job checked out. */
  readonly repo: string;
  /** Holds the fake tools; put first on PATH. */
  readonly bin: string;
  /** Where the fakes write what they received. */
  readonly log: string;
  cleanup(): void;
}

const BASE_MIGRATION = '-- UP\ncreate table orders (id bigint primary key, customer_id bigint not null);\n-- DOWN\ndrop table orders;\n';
/** Changed on the branch: a blocking index build on an existing table (an error-level finding). */
export const BRANCH_MIGRATION = '-- UP\ncreate index orders_customer_idx on orders (customer_id);\n-- DOWN\ndrop index orders_customer_idx;\n';

function script(path: string, body: string): void {
  writeFileSync(path, `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(path, 0o755);
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.test', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
}

function fakeTools(bin: string, log: string): void {
  // gh api: GET of the comments answers from $FAKE_GH_COMMENTS; a POST or PATCH saves the body it was given.
  script(join(bin, 'gh'), `echo "gh $*" >> "${log}/calls"
for arg in "$@"; do case "$arg" in body=@*) cp "\${arg#body=@}" "${log}/gh-body.md";; esac; done
case " $* " in *" --method "*) ;; *) cat "\${FAKE_GH_COMMENTS:-/dev/null}";; esac`);
  // curl: records the arguments and the note body GitLab would have received.
  script(join(bin, 'curl'), `echo "curl $*" >> "${log}/calls"
for arg in "$@"; do case "$arg" in body@*) cp "\${arg#body@}" "${log}/gitlab-note.md";; esac; done`);
  script(join(bin, 'npm'), `echo "npm $*" >> "${log}/calls"`);
  script(join(bin, 'npx'), `[ "$1" = lockstep ] || { echo "unexpected npx $*" >&2; exit 127; }; shift; exec node_modules/.bin/lockstep "$@"`);
}

export function ciWorkspace(): CiWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-ci-'));
  const [origin, repo, bin, log] = ['origin.git', 'repo', 'bin', 'log'].map((d) => join(root, d)) as [string, string, string, string];
  for (const d of [repo, bin, log]) mkdirSync(d, { recursive: true });
  git(root, 'init', '--bare', '--quiet', origin);
  git(repo, 'init', '--quiet');
  mkdirSync(join(repo, 'migrations'));
  writeFileSync(join(repo, 'migrations/20260101000000_orders.sql'), BASE_MIGRATION);
  writeFileSync(join(repo, '.gitignore'), 'node_modules/\n.lockstep/\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'orders');
  git(repo, 'remote', 'add', 'origin', origin);
  git(repo, 'push', '--quiet', 'origin', 'main');
  git(repo, 'checkout', '--quiet', '-b', 'feature');
  writeFileSync(join(repo, 'migrations/20260102000000_orders_customer_idx.sql'), BRANCH_MIGRATION);
  git(repo, 'add', '.');
  git(repo, 'commit', '--quiet', '-m', 'index');
  mkdirSync(join(repo, 'node_modules/.bin'), { recursive: true });
  script(join(repo, 'node_modules/.bin/lockstep'), `exec node "${CLI}" "$@"`);
  fakeTools(bin, log);
  return { root, repo, bin, log, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
