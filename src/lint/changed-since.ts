/** Files changed since a git ref (committed, staged, unstaged or untracked), as absolute paths. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { LockstepError } from '../core/errors.js';

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string[]> {
  const { stdout } = await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\0').filter((s) => s !== '');
}

export async function changedFiles(cwd: string, ref: string): Promise<Set<string>> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    const root = stdout.trim() || cwd;
    const changed = await git(cwd, ['diff', '-z', '--name-only', ref, '--']);
    const untracked = await git(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', ':/']);
    return new Set([...changed, ...untracked].map((p) => resolve(root, p)));
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new LockstepError('LOCKSTEP_E_USAGE', `cannot list files changed since "${ref}": ${detail}`, {
      hint: 'Run inside a git work tree and pass a ref that exists (fetch it first in CI, e.g. git fetch origin main).',
      details: { ref },
    });
  }
}
