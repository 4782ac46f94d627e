/**
 * A real PgBouncer (Debian's package, installed by .ci/run) in front of a test database, on a loopback port of its
 * own, from a temporary config: `tx` pools in transaction mode, `session` in session mode. Started in the
 * foreground as a child process and killed by stop(). Without the binary the caller skips, except under CI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PGBOUNCER = '/usr/sbin/pgbouncer';
export const pgbouncerMissing = !existsSync(PGBOUNCER);

export interface PgBouncer {
  /** URLs of the test database through the pooler, in transaction and in session pooling. */
  readonly txUrl: string;
  readonly sessionUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}: ${output()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const sock = createConnection({ host: '127.0.0.1', port }, () => {
        sock.end();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`pgbouncer did not listen on ${port}: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts PgBouncer for `databaseUrl` (postgres://user@127.0.0.1:5432/db, trust auth). */
export async function startPgBouncer(databaseUrl: string): Promise<PgBouncer> {
  const target = new URL(databaseUrl);
  const db = target.pathname.slice(1);
  const user = decodeURIComponent(target.username) || 'postgres';
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-pgbouncer-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const server = `host=${target.hostname} port=${target.port || 5432} dbname=${db}`;
  writeFileSync(join(dir, 'userlist.txt'), `"${user}" ""\n`, { mode: 0o644 });
  writeFileSync(join(dir, 'pgbouncer.ini'), [
    '[databases]',
    `tx = ${server} pool_mode=transaction`,
    `session = ${server} pool_mode=session`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = trust',
    `auth_file = ${join(dir, 'userlist.txt')}`,
    'pool_mode = transaction',
    'default_pool_size = 4',
    'max_client_conn = 200',
    'ignore_startup_parameters = extra_float_digits,options',
    '',
  ].join('\n'), { mode: 0o644 });
  // PgBouncer refuses to run as root: as root (CI containers), it drops to the postgres user.
  const asRoot = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  const child = spawn(PGBOUNCER, [...asRoot, join(dir, 'pgbouncer.ini')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  try {
    await waitForPort(port, child, () => out);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const url = (name: string): string => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${name}`;
  return {
    txUrl: url('tx'),
    sessionUrl: url('session'),
    port,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
