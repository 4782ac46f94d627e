/** Temporary migration directories written by tests, and a handle on the CLI. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(REPO_ROOT, 'dist/cli/main.js');

export interface TempProject {
  readonly root: string;
  readonly dir: string;
  write(files: Readonly<Record<string, string>>): void;
  remove(relative: string): void;
  cleanup(): void;
}

export function tempProject(files: Readonly<Record<string, string>> = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'lockstep-test-'));
  const dir = join(root, 'migrations');
  mkdirSync(dir, { recursive: true });
  const project: TempProject = {
    root,
    dir,
    write(more) {
      for (const [name, content] of Object.entries(more)) {
        const path = join(dir, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      }
    },
    remove(relative) {
      rmSync(join(dir, relative), { recursive: true, force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  project.write(files);
  return project;
}

/** A single-file migration in Lockstep's own marker style. */
export function sqlMigration(up: string, down: string, header = ''): string {
  return `${header}-- UP\n${up}\n\n-- DOWN\n${down}\n`;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * What the CLI must not inherit from the test run unless a test gives it: database URLs, and CI/NODE_ENV, so
 * the CLI behaves as on a developer's machine even when the suite runs in CI (where CI=true would make
 * migrating commands refuse the embedded default database).
 */
export const LAPTOP_ENV: Readonly<Record<string, undefined>> = {
  DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, LOCKSTEP_ENV: undefined, CI: undefined, NODE_ENV: undefined,
  DIRECT_URL: undefined, LOCKSTEP_DIRECT_URL: undefined,
  FORCE_COLOR: undefined, NO_COLOR: undefined,
};

/** Runs the built CLI as a separate process, with the environment of a developer's machine (LAPTOP_ENV) plus opts.env. */
export function runCli(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...LAPTOP_ENV, ...opts.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO_ROOT, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}
