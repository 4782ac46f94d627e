import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockstepError } from '../../core/errors.js';

const FILE = 'lockstep.lock';
const POLL_MS = 200;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dir, FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite runs PostgreSQL inside this process, so two processes opening one data directory would corrupt
 * it; an advisory lock cannot help because each process has its own backend. A pid file in the data
 * directory makes the second process wait (up to `waitMs`) and then fail with the holder's pid.
 * A file left by a process that no longer runs is taken over.
 */
export async function lockDataDir(dir: string, waitMs: number): Promise<() => void> {
  const path = join(dir, FILE);
  const started = Date.now();
  for (;;) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      const release = (): void => {
        if (holder(dir) === process.pid) unlinkSync(path);
      };
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = holder(dir);
    if (pid === undefined || !alive(pid)) {
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first; try again
      }
      continue;
    }
    if (Date.now() - started >= waitMs) {
      throw new LockstepError('LOCKSTEP_E_RUN_LOCK_TIMEOUT', `another process (pid ${pid}) is using the embedded database in ${dir}`, {
        hint: 'Wait for that Lockstep command to finish, or raise --lock-wait. The embedded PGlite database can be opened by one process at a time.',
        details: { pid, dataDir: dir },
      });
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
