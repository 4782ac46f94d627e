/**
 * HTTP semantics a client relies on: 405 with Allow for a known route under another method, and POST /v1/lint
 * judging posted SQL with the named environment's settings and database, as `lockstep lint --env` does.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/start-server.js';
import { runCli, sqlMigration } from '../support/fixtures.js';
import { bearer, post, TOKENS, twoEnvironments, type TwoEnvironments } from './support.js';

let env: TwoEnvironments;
let server: RunningServer;

beforeAll(async () => {
  env = await twoEnvironments('http_qa', { '001_a.sql': sqlMigration('CREATE TABLE a (id bigint PRIMARY KEY);', 'DROP TABLE a;') });
  const dev = await env.dev.client();
  // Small on dev: the target-aware lint judges statements on it by its size; prod has no table t.
  await dev.query('create table t (id bigint primary key, x int); insert into t select g, g from generate_series(1, 3) g');
  server = await startServer(env.config, { port: 0, env: {}, log: () => undefined });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await env?.close();
});

describe('a known route under another method', () => {
  it('answers 405 with Allow, in the usual error shape; OPTIONS lists the methods; unknown paths stay 404', async () => {
    const del = await fetch(`${server.url}/v1/up`, { method: 'DELETE', headers: bearer(TOKENS.applyAll) });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await del.json()).toMatchObject({ error: { code: 'LOCKSTEP_E_METHOD_NOT_ALLOWED', message: 'DELETE is not allowed on /v1/up: it answers POST, OPTIONS', hint: expect.stringContaining('Allow') } });

    const get = await fetch(`${server.url}/v1/up`, { headers: bearer(TOKENS.read) });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');

    const put = await fetch(`${server.url}/v1/fleets/some-fleet`, { method: 'PUT', headers: bearer(TOKENS.read) });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD, OPTIONS');

    const health = await fetch(`${server.url}/health`, { method: 'POST' });
    expect(health.status).toBe(405);
    expect(health.headers.get('allow')).toBe('GET, HEAD, OPTIONS');

    expect((await fetch(`${server.url}/health`, { method: 'HEAD' })).status).toBe(200); // as Allow says
    const options = await fetch(`${server.url}/v1/status`, { method: 'OPTIONS', headers: bearer(TOKENS.read) });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');

    // Authentication still comes first on /v1, and a path no route has is still 404.
    expect((await fetch(`${server.url}/v1/up`, { method: 'DELETE' })).status).toBe(401);
    const none = await fetch(`${server.url}/v1/nothing-here`, { method: 'DELETE', headers: bearer(TOKENS.read) });
    expect(none.status).toBe(404);
    expect(none.headers.get('allow')).toBeNull();
    expect(await none.json()).toMatchObject({ error: { code: 'LOCKSTEP_E_NOT_FOUND' } });
    expect((await fetch(`${server.url}/v1/up/`, { method: 'POST', headers: bearer(TOKENS.read) })).status).toBe(404);
    // A route that answers the method but finds nothing stays 404.
    const asset = await fetch(`${server.url}/assets/missing.js`);
    expect(asset.status).toBe(404);
    expect(asset.headers.get('allow')).toBeNull();
  });
});

describe('POST /v1/lint with sql and env', () => {
  const sql = 'CREATE INDEX t_x ON t (x);\n';
  type Answer = { findings: Array<{ rule: string; severity: string; message: string }> };
  const brief = (a: Answer): string[] => a.findings.map((f) => `${f.severity}[${f.rule}]`);

  it('lints with that environment\'s database facts, as `lockstep lint --env` does; without env, statically', async () => {
    const onDev = await fetch(`${server.url}/v1/lint`, post({ sql, path: 'q.sql', env: 'dev' }, TOKENS.read));
    expect(onDev.status).toBe(200);
    const dev = (await onDev.json()) as Answer;
    expect(brief(dev)).toContain('info[require-concurrent-index]');
    expect(dev.findings.find((f) => f.rule === 'require-concurrent-index')?.message).toContain('below the size threshold');

    writeFileSync(join(env.project.root, 'q.sql'), sql);
    const cli = await runCli(['lint', '--env', 'dev', 'q.sql', '--json'], { cwd: env.project.root });
    expect(cli.code, cli.stderr).toBe(0);
    expect(brief(dev)).toEqual(brief({ findings: JSON.parse(cli.stdout) as Answer['findings'] }));

    const query = (await (await fetch(`${server.url}/v1/lint?env=dev`, post({ sql, path: 'q.sql' }, TOKENS.read))).json()) as Answer;
    expect(brief(query)).toEqual(brief(dev));

    const bare = (await (await fetch(`${server.url}/v1/lint`, post({ sql, path: 'q.sql' }, TOKENS.read))).json()) as Answer;
    expect(brief(bare)).toContain('error[require-concurrent-index]');
  });

  it('checks the token against the named environment', async () => {
    const denied = await fetch(`${server.url}/v1/lint`, post({ sql, env: 'prod' }, TOKENS.readDev));
    expect(denied.status).toBe(403);
    const unknown = await fetch(`${server.url}/v1/lint`, post({ sql, env: 'nope' }, TOKENS.read));
    expect(unknown.status).toBe(404);
  });
});

describe('409: the run lock holder', () => {
  it('is named by pid, application and since, never by the text of its query, over HTTP and in the CLI\'s --json', async () => {
    const outside = await env.dev.client('lockstep up');
    const { runLockKey } = await import('../../src/runner/run-lock.js');
    const [k1, k2] = runLockKey('lockstep');
    // The holder's last statement carries data in a literal.
    await outside.query(`select pg_advisory_lock($1, $2), 'alice@example.com secret-literal' as leaked`, [k1, k2]);
    try {
      const res = await fetch(`${server.url}/v1/up`, post({ env: 'dev' }, TOKENS.applyDev));
      expect(res.status).toBe(409);
      const text = await res.text();
      expect(text).not.toContain('secret-literal');
      const holders = (JSON.parse(text) as { error: { details: { holders: Array<Record<string, unknown>> } } }).error.details.holders;
      expect(holders).toHaveLength(1);
      expect(Object.keys(holders[0] ?? {}).sort()).toEqual(['applicationName', 'clientAddr', 'pid', 'since']);

      const cli = await runCli(['up', '--env', 'dev', '--lock-wait', '0', '--json'], { cwd: env.project.root });
      expect(cli.code).toBe(5);
      expect(cli.stdout + cli.stderr).not.toContain('secret-literal');
      expect(cli.stderr).toContain('another Lockstep run holds the run lock: pid ');
    } finally {
      await outside.query('select pg_advisory_unlock($1, $2)', [k1, k2]);
    }
  });
});

describe('/metrics as the token may read it', () => {
  const FLEET_TOKEN = 'fleet-shops-token-0123456789abcdef';
  it('a token scoped to environments or to a fleet sees only their series; "*" sees all', async () => {
    const scoped = await twoEnvironments('http_qa_metrics', { '001_a.sql': sqlMigration('CREATE TABLE a (id bigint PRIMARY KEY);', 'DROP TABLE a;') }, {
      serve: {
        tokens: [
          { name: 'reader', token: TOKENS.read, scope: 'read', environments: ['*'] },
          { name: 'dev-reader', token: TOKENS.readDev, scope: 'read', environments: ['dev'] },
          { name: 'shops', token: FLEET_TOKEN, scope: 'read', environments: ['fleet:shops'] },
        ],
      },
    });
    try {
      // A fleet read by someone earlier (as GET /v1/fleets/{name} records it), and one more fleet.
      const fleet = (name: string) => ({ fleet: name, summary: { total: 2, upToDate: 1, behind: 1, unreachable: 0, partial: 0 }, versions: [{ version: '001', targets: 2 }], targets: [], rollout: null });
      scoped.ctx.metrics.observeFleet(fleet('shops') as never);
      scoped.ctx.metrics.observeFleet(fleet('banks') as never);
      const read = async (token: string): Promise<string> => {
        const res = await scoped.app.request('/metrics', { headers: bearer(token) });
        expect(res.status).toBe(200);
        return res.text();
      };
      const all = await read(TOKENS.read);
      for (const s of ['environment="dev"', 'environment="prod"', 'fleet="shops"', 'fleet="banks"']) expect(all).toContain(s);

      const dev = await read(TOKENS.readDev);
      expect(dev).toContain('lockstep_pending_migrations{environment="dev"} 1');
      expect(dev).not.toContain('environment="prod"');
      expect(dev).not.toContain('fleet="');
      expect(dev).toContain('# TYPE lockstep_fleet_targets gauge');

      const shops = await read(FLEET_TOKEN);
      expect(shops).toContain('lockstep_fleet_targets{fleet="shops",state="behind"} 1');
      expect(shops).not.toContain('fleet="banks"');
      expect(shops).not.toContain('environment="');
      expect(shops).toContain('lockstep_http_requests_total{'); // the server's own counters carry no environment
    } finally {
      await scoped.close();
    }
  });
});
