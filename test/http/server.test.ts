/** A real listening server, the start-up auth rules, and `lockstep status --all-envs` in the terminal. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/http/start-server.js';
import { runCli, sqlMigration } from '../support/fixtures.js';
import { TOKENS, twoEnvironments, type TwoEnvironments } from './support.js';

let env: TwoEnvironments;

beforeAll(async () => {
  env = await twoEnvironments('http_server', {
    '001_a.sql': sqlMigration('CREATE TABLE a (id int);', 'DROP TABLE a;'),
    '002_b.sql': sqlMigration('CREATE TABLE b (id int);\nSELECT 1/0;', 'DROP TABLE b;'),
  });
});

afterAll(async () => {
  await env?.close();
});

describe('a real server on 127.0.0.1', () => {
  it('answers over TCP, applies with an apply token, and stops cleanly', async () => {
    const logs: string[] = [];
    const server = await startServer(env.config, { port: 0, env: {}, log: (_l, msg, f) => void logs.push(JSON.stringify({ msg, ...f })) });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await (await fetch(`${server.url}/health`)).json()).toMatchObject({ ok: true });
      const up = await fetch(`${server.url}/v1/up`, { method: 'POST', headers: { authorization: `Bearer ${TOKENS.applyAll}`, 'content-type': 'application/json' }, body: JSON.stringify({ env: 'prod', to: '001' }) });
      expect(up.status).toBe(200);
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await page.text()).toContain('/assets/dashboard.js');
    } finally {
      await server.close();
    }
    expect(logs.filter((l) => l.includes('"msg":"request"'))).toHaveLength(3);
  });
});

describe('start-up rules', () => {
  it('refuses to start without tokens', async () => {
    const bare = { ...env.config, file: { ...env.config.file, serve: {} } };
    await expect(startServer(bare, { port: 0, env: {} })).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('needs at least one bearer token') });
  });

  it('--no-auth only on loopback', async () => {
    const bare = { ...env.config, file: { ...env.config.file, serve: {} } };
    await expect(startServer(bare, { host: '0.0.0.0', port: 0, noAuth: true, env: {} })).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG', message: expect.stringContaining('loopback') });
    const server = await startServer(bare, { host: '127.0.0.1', port: 0, noAuth: true, env: {}, log: () => undefined });
    try {
      expect((await fetch(`${server.url}/v1/environments`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('reads tokens from LOCKSTEP_TOKENS and rejects short ones', async () => {
    const bare = { ...env.config, file: { ...env.config.file, serve: {} } };
    const good = JSON.stringify([{ name: 'ci', token: 'x'.repeat(32), scope: 'read', environments: ['*'] }]);
    const server = await startServer(bare, { port: 0, env: { LOCKSTEP_TOKENS: good }, log: () => undefined });
    try {
      expect((await fetch(`${server.url}/v1/status?env=dev`, { headers: { authorization: `Bearer ${'x'.repeat(32)}` } })).status).toBe(200);
    } finally {
      await server.close();
    }
    const short = JSON.stringify([{ name: 'ci', token: 'short', scope: 'read', environments: ['*'] }]);
    await expect(startServer(bare, { port: 0, env: { LOCKSTEP_TOKENS: short } })).rejects.toMatchObject({ code: 'LOCKSTEP_E_CONFIG' });
  });
});

describe('lockstep status --all-envs', () => {
  it('prints the matrix of both environments with the failed migration', async () => {
    const failed = await runCli(['up', '--env', 'dev'], { cwd: env.project.root });
    expect(failed.code).toBe(1);
    const r = await runCli(['status', '--all-envs'], { cwd: env.project.root });
    expect(r.code, r.stderr).toBe(0);
    const [header, , a, b] = r.stdout.split('\n');
    expect(header).toMatch(/^VERSION\s+NAME\s+dev\s+prod \(protected\)$/);
    expect(a).toMatch(/^001\s+a\s+applied \S+ \S+ \(\d+ms\)\s+applied/);
    expect(b).toMatch(/^002\s+b\s+FAILED\s+pending$/);
    expect(r.stdout).toContain('dev 002: failed at');
    expect(r.stdout).toMatch(/^dev: .* pending \(1 failed\)/m);
    const json = await runCli(['status', '--all-envs', '--json'], { cwd: env.project.root });
    const matrix = JSON.parse(json.stdout) as { migrations: Array<{ cells: Record<string, { state: string }> }>; environments: Array<{ name: string; failed: number }> };
    expect(matrix.migrations[1]?.cells).toMatchObject({ dev: { state: 'failed' }, prod: { state: 'pending' } });
    expect(matrix.environments.map((e) => [e.name, e.failed])).toEqual([['dev', 1], ['prod', 0]]);
  });
});
