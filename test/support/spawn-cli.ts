/** The built CLI as a child process the test can signal while it runs (runCli only waits for the end). */
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, LAPTOP_ENV, REPO_ROOT, type CliResult } from './fixtures.js';

export interface RunningCli {
  readonly child: ChildProcess;
  /** Output so far. */
  stdout(): string;
  stderr(): string;
  /**
   * Resolves when the process has exited, with the time it exited (performance.now()). A process ended by
   * a signal's default action has code -1 and `signal` set; one that handled the signal has its exit code.
   */
  readonly exited: Promise<CliResult & { readonly at: number; readonly signal: NodeJS.Signals | null }>;
}

export function spawnCli(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): RunningCli {
  const env: Record<string, string | undefined> = { ...process.env, ...LAPTOP_ENV, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? REPO_ROOT, env: env as NodeJS.ProcessEnv });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<CliResult & { at: number; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const at = performance.now();
      // 'close' follows once the pipes are drained.
      child.on('close', () => resolve({ code: code ?? -1, signal, stdout: out, stderr: err, at }));
    });
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Polls `check` every `everyMs` until it returns true, or fails after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000, everyMs = 20): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
