/**
 * A throwaway PostgreSQL server on this machine: a copy of a cached initialised data directory in a new temp
 * folder, started on a free loopback port, stopped and deleted by stop(). initdb runs once per binary version
 * (about 2 s) and its result is cached; a start then costs a copy and the server's own start (about 0.3 s).
 * The server is tuned for a scratch database (fsync, full_page_writes and synchronous_commit off: a crash
 * loses nothing anyone needs, https://www.postgresql.org/docs/current/non-durability.html).
 * If this process exits without stop() (a second Ctrl-C, process.exit), an exit hook still stops the server and
 * deletes its folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, chmod, cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostgresBinaries } from './postgres-binaries.js';
import { giveTo, type RunAs } from './run-as.js';

export interface LocalServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication, loopback only). */
  readonly url: string;
  readonly binaries: PostgresBinaries;
  /** Milliseconds from start to the first accepted connection, initdb included when it ran. */
  readonly startMs: number;
  /** True when the data directory came from the cache (no initdb this time). */
  readonly fromTemplate: boolean;
  stop(): Promise<void>;
}

const SETTINGS = ['fsync=off', 'full_page_writes=off', 'synchronous_commit=off', 'max_connections=40', 'listen_addresses=127.0.0.1'];
const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const running = new Map<ChildProcess, string>();

/** Last resort on exit: only synchronous work is possible here. SIGQUIT is PostgreSQL's immediate shutdown. */
process.on('exit', () => {
  for (const [child, dir] of running) {
    try {
      child.kill('SIGQUIT');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
});

/**
 * A Ctrl-C (SIGINT) or SIGTERM would otherwise end this process without its 'exit' event, leaving the server
 * running. When no one else handles the signal (the CLI's interrupt trap does, and stops the server in order),
 * exit as the signal would, which runs the hook above.
 */
const SIGNALS = [['SIGINT', 130], ['SIGTERM', 143]] as const;
const lastResort = SIGNALS.map(([signal, code]) => [signal, () => {
  if (process.listenerCount(signal) === 1) process.exit(code);
}] as const);

function track(child: ChildProcess, dir: string): void {
  if (running.size === 0) for (const [signal, fn] of lastResort) process.on(signal, fn);
  running.set(child, dir);
}

function untrack(child: ChildProcess): void {
  if (running.delete(child) && running.size === 0) for (const [signal, fn] of lastResort) process.off(signal, fn);
}

function spawnAs(cmd: string, args: readonly string[], user: RunAs | undefined, detached = false): ChildProcess {
  return spawn(cmd, [...args], { ...(user ?? {}), detached, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' } });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** The initialised data directory for these binaries, made once (initdb) and kept in the cache. */
async function template(bins: PostgresBinaries, cache: string, user: RunAs | undefined): Promise<{ dir: string; built: boolean }> {
  const dir = join(cache, `pgdata-${bins.version}-${createHash('sha1').update(bins.binDir).digest('hex').slice(0, 8)}`);
  if (await access(join(dir, 'PG_VERSION')).then(() => true, () => false)) return { dir, built: false };
  await mkdir(cache, { recursive: true });
  const partial = `${dir}.${process.pid}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { mode: 0o700 });
  await giveTo(partial, user);
  const initdb = spawnAs(join(bins.binDir, 'initdb'), ['-D', partial, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions', '--wal-segsize=1'], user);
  let err = '';
  initdb.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  if ((await exited(initdb)) !== 0) {
    await rm(partial, { recursive: true, force: true });
    throw new Error(`initdb failed: ${err.trim().split('\n').slice(-3).join(' ')}`);
  }
  await rename(partial, dir).catch(() => rm(partial, { recursive: true, force: true }));
  return { dir, built: true };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts `postgres` and resolves once it accepts connections; rejects with its last log lines if it exits. */
function launch(bins: PostgresBinaries, data: string, port: number, user: RunAs | undefined): Promise<ChildProcess> {
  const args = ['-D', data, '-p', String(port), '-k', data, ...SETTINGS.flatMap((s) => ['-c', s])];
  // Its own process group: a Ctrl-C in the terminal reaches Lockstep, which then stops the server in order.
  const child = spawnAs(join(bins.binDir, 'postgres'), args, user, true);
  return new Promise((resolve, reject) => {
    let log = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    // Read its log until it is ready, then keep draining it (a full pipe would block the server) without keeping it.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (ready) return;
      log += chunk.toString();
      if (!log.includes(READY)) return;
      ready = true;
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(log.trim().split('\n').slice(-3).join(' ') || 'the server exited at once'));
    });
  });
}

/** A port found free can be taken before the server binds it: then another one is tried. */
async function launchOnFreePort(bins: PostgresBinaries, data: string, user: RunAs | undefined): Promise<{ child: ChildProcess; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return { child: await launch(bins, data, port, user), port };
    } catch (err) {
      if (attempt >= 3 || !/could not bind|address already in use/i.test((err as Error).message)) throw err;
    }
  }
}

async function stopChild(child: ChildProcess, dir: string): Promise<void> {
  untrack(child);
  child.ref();
  // SIGINT: fast shutdown (active sessions are ended, nothing is written that we would keep).
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGQUIT'), 10_000);
    await exited(child);
    clearTimeout(timer);
  }
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

export async function startLocalServer(bins: PostgresBinaries, cache: string, user: RunAs | undefined): Promise<LocalServer> {
  const started = performance.now();
  const { dir: from, built } = await template(bins, cache, user);
  const dir = await mkdtemp(join(tmpdir(), 'lockstep-shadow-pg-'));
  try {
    const data = join(dir, 'data');
    await cp(from, data, { recursive: true });
    await chmod(data, 0o700);
    await giveTo(dir, user);
    const { child, port } = await launchOnFreePort(bins, data, user);
    track(child, dir);
    // Not kept alive by the server: a library user who forgets to stop it still sees the process end (the exit hook stops it).
    child.unref();
    (child.stderr as { unref?: () => void } | null)?.unref?.();
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return { url, binaries: bins, startMs: performance.now() - started, fromTemplate: !built, stop: () => stopChild(child, dir) };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
