/** The HTTP API against two real PostgreSQL environments (dev, and prod protected), through app.request(). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlMigration } from '../support/fixtures.js';
import { TOKENS, bearer, post, sample, twoEnvironments, type TwoEnvironments } from './support.js';

let env: TwoEnvironments;

beforeAll(async () => {
  env = await twoEnvironments('http_api', {
    '001_users.sql': sqlMigration('CREATE TABLE users (id bigint PRIMARY KEY);', 'DROP TABLE users;'),
    // Slow on purpose, so a second run arrives while the first holds the run lock.
    '002_slow.sql': sqlMigration('CREATE TABLE slow (id int);\nSELECT pg_sleep(1);', 'DROP TABLE slow;'),
    '003_orders.sql': sqlMigration('CREATE TABLE orders (id bigint PRIMARY KEY);', 'DROP TABLE orders;'),
  });
});

afterAll(async () => {
  await env?.close();
});

type ErrorBody = { error: { code: string; message: string; hint: string; details?: Record<string, unknown> } };

describe('auth', () => {
  it('401 without a token, with the code and a WWW-Authenticate header', async () => {
    const res = await env.app.request('/v1/status?env=dev');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_UNAUTHORIZED');
  });

  it('401 with an unknown token, which is not echoed or logged', async () => {
    const secret = 'not-a-real-token-0123456789';
    const res = await env.app.request('/v1/status?env=dev', { headers: bearer(secret) });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain(secret);
    expect(env.logs.join('\n')).not.toContain(secret);
  });

  it('403 for a read token on POST /v1/up, and nothing runs', async () => {
    const res = await env.app.request('/v1/up', post({ env: 'dev' }, TOKENS.read));
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_FORBIDDEN');
    const status = await env.app.request('/v1/status?env=dev', { headers: bearer(TOKENS.read) });
    expect(((await status.json()) as { summary: { applied: number } }).summary.applied).toBe(0);
  });

  it('a "*" apply token may not apply to the protected environment', async () => {
    const res = await env.app.request('/v1/up', post({ env: 'prod' }, TOKENS.applyDev));
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_PROTECTED_ENV');
  });

  it('lists only what a token may do', async () => {
    const res = await env.app.request('/v1/environments', { headers: bearer(TOKENS.applyDev) });
    expect(await res.json()).toEqual({ environments: [{ name: 'dev', protected: false, canApply: true }, { name: 'prod', protected: true, canApply: false }] });
  });

  it('the logs never contain a token', () => {
    const all = env.logs.join('\n');
    for (const t of Object.values(TOKENS)) expect(all).not.toContain(t);
  });
});

describe('runs', () => {
  it('two concurrent POST /v1/up: one 200, one 409 naming the holder', async () => {
    const [a, b] = await Promise.all([
      env.app.request('/v1/up', post({ env: 'dev', to: '002' }, TOKENS.applyDev)),
      env.app.request('/v1/up', post({ env: 'dev', to: '002' }, TOKENS.applyDev)),
    ]);
    const answers = [a, b].sort((x, y) => x.status - y.status);
    expect(answers.map((r) => r.status)).toEqual([200, 409]);
    const ok = (await answers[0]?.json()) as { done: Array<{ version: string }> };
    expect(ok.done.map((d) => d.version)).toEqual(['001', '002']);
    const refused = (await answers[1]?.json()) as ErrorBody;
    expect(refused.error.code).toBe('LOCKSTEP_E_RUN_LOCK_TIMEOUT');
    // Over HTTP there is no --lock-wait to raise: the hint says to retry.
    expect(refused.error.hint).toContain('then retry');
    expect(refused.error.hint).toContain('the HTTP service never waits');
    const holders = refused.error.details?.holders as Array<{ pid: number; applicationName: string }>;
    expect(holders).toHaveLength(1);
    expect(holders[0]?.applicationName).toBe('lockstep up');
  });

  it('409 at once when a process outside the server holds the run lock; only that holder is named', async () => {
    const outside = await env.dev.client('lockstep up');
    // The same key held in another database of the server is another lock (advisory locks are per database).
    const elsewhere = await env.prod.client('lockstep up');
    const { runLockKey } = await import('../../src/runner/run-lock.js');
    const [k1, k2] = runLockKey('lockstep');
    await outside.query('select pg_advisory_lock($1, $2)', [k1, k2]);
    await elsewhere.query('select pg_advisory_lock($1, $2)', [k1, k2]);
    try {
      const res = await env.app.request('/v1/up', post({ env: 'dev' }, TOKENS.applyDev));
      expect(res.status).toBe(409);
      const body = (await res.json()) as ErrorBody;
      const pid = (await outside.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid;
      expect((body.error.details?.holders as Array<{ pid: number }>).map((h) => h.pid)).toEqual([pid]);
    } finally {
      await outside.query('select pg_advisory_unlock($1, $2)', [k1, k2]);
      await elsewhere.query('select pg_advisory_unlock($1, $2)', [k1, k2]);
    }
  });

  it('streams progress as NDJSON, then the result', async () => {
    const res = await env.app.request('/v1/up', post({ env: 'dev' }, TOKENS.applyDev, { accept: 'application/x-ndjson' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; version?: string; status?: number; result?: { done: unknown[] } });
    expect(lines.map((l) => l.type)).toEqual(['migration-start', 'statement', 'migration-done', 'result']);
    expect(lines[0]?.version).toBe('003');
    expect(lines.at(-1)?.status).toBe(200);
    expect(lines.at(-1)?.result?.done).toHaveLength(1);
  });

  it('200 with an apply token that names the protected environment; metrics count it', async () => {
    const before = await (await env.app.request('/metrics', { headers: bearer(TOKENS.read) })).text();
    const res = await env.app.request('/v1/up', post({ env: 'prod', to: '001' }, TOKENS.applyAll));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { done: unknown[] }).done).toHaveLength(1);
    const after = await (await env.app.request('/metrics', { headers: bearer(TOKENS.read) })).text();
    expect(sample(before, 'lockstep_migrations_applied_total', 'environment="prod"')).toBe(0);
    expect(sample(after, 'lockstep_migrations_applied_total', 'environment="prod"')).toBe(1);
    expect(sample(after, 'lockstep_migrations_applied_total', 'environment="dev"')).toBe(3);
    expect(sample(after, 'lockstep_run_lock_conflicts_total', 'environment="dev"')).toBe(2);
    // The pending gauge is refreshed on scrape.
    expect(sample(after, 'lockstep_pending_migrations', 'environment="prod"')).toBe(2);
    expect(sample(after, 'lockstep_pending_migrations', 'environment="dev"')).toBe(0);
    expect(sample(after, 'lockstep_last_success_timestamp_seconds', 'environment="prod"')).toBeGreaterThan(0);
  });

  it('POST /v1/down takes { step } or { to }, not both', async () => {
    const both = await env.app.request('/v1/down', post({ env: 'prod', step: 1, to: '0' }, TOKENS.applyAll));
    expect(both.status).toBe(400);
    expect(((await both.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_BAD_JSON');
    const res = await env.app.request('/v1/down', post({ env: 'prod', step: 1 }, TOKENS.applyAll));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { done: Array<{ version: string }> }).done.map((d) => d.version)).toEqual(['001']);
  });
});

describe('requests', () => {
  it('malformed JSON → 400 LOCKSTEP_E_BAD_JSON, body not echoed', async () => {
    const res = await env.app.request('/v1/up', post('{"env": "dev", oops', TOKENS.applyDev));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect((JSON.parse(text) as ErrorBody).error.code).toBe('LOCKSTEP_E_BAD_JSON');
    expect(text).not.toContain('oops');
  });

  it('an unknown field is named', async () => {
    const res = await env.app.request('/v1/up', post({ env: 'dev', stepp: 1 }, TOKENS.applyDev));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toContain('stepp');
  });

  it('oversized body → 413 LOCKSTEP_E_PAYLOAD_TOO_LARGE', async () => {
    const res = await env.app.request('/v1/lint', post({ sql: `SELECT '${'x'.repeat(10_000)}';` }, TOKENS.read));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_PAYLOAD_TOO_LARGE');
  });

  it('an unknown environment → 404 LOCKSTEP_E_UNKNOWN_ENV; an unknown route → 404 LOCKSTEP_E_NOT_FOUND', async () => {
    const env404 = await env.app.request('/v1/status?env=staging', { headers: bearer(TOKENS.read) });
    expect(env404.status).toBe(404);
    expect(((await env404.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_UNKNOWN_ENV');
    const route404 = await env.app.request('/v1/apply', post({}, TOKENS.read));
    expect(route404.status).toBe(404);
    expect(((await route404.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_NOT_FOUND');
  });

  it('every response carries a request id, and a sane incoming one is kept', async () => {
    const res = await env.app.request('/health', { headers: { 'x-request-id': 'deploy-42' } });
    expect(res.headers.get('x-request-id')).toBe('deploy-42');
    expect(env.logs.some((l) => l.includes('"requestId":"deploy-42"'))).toBe(true);
  });

  it('POST /v1/lint lints posted SQL and the pending migrations of an environment', async () => {
    const res = await env.app.request('/v1/lint', post({ sql: 'ALTER TABLE users ADD COLUMN email text NOT NULL;', path: 'x.sql' }, TOKENS.read));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: Array<{ rule: string; file: string }> };
    expect(body.findings.map((f) => f.rule)).toContain('adding-not-null-column');
    const pending = await env.app.request('/v1/lint', post({ env: 'prod' }, TOKENS.read));
    expect(((await pending.json()) as { files: string[] }).files).toHaveLength(3);
  });

  it('history and the all-environments matrix', async () => {
    const history = (await (await env.app.request('/v1/history?env=prod', { headers: bearer(TOKENS.read) })).json()) as { events: Array<{ kind: string }> };
    expect(history.events.map((e) => e.kind)).toEqual(['apply', 'rollback']);
    const matrix = (await (await env.app.request('/v1/matrix', { headers: bearer(TOKENS.read) })).json()) as {
      environments: Array<{ name: string }>;
      migrations: Array<{ version: string; cells: Record<string, { state: string }> }>;
    };
    expect(matrix.environments.map((e) => e.name)).toEqual(['dev', 'prod']);
    expect(matrix.migrations.map((m) => [m.version, m.cells.dev?.state, m.cells.prod?.state])).toEqual([
      ['001', 'applied', 'pending'], ['002', 'applied', 'pending'], ['003', 'applied', 'pending'],
    ]);
  });
});

describe('OpenAPI', () => {
  it('documents exactly the routes the app serves', async () => {
    const doc = (await (await env.app.request('/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`)).sort();
    const served = env.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`).sort();
    expect(documented).toEqual(served);
    expect(served).toEqual(expect.arrayContaining(['POST /v1/plan', 'POST /v1/test']));
  });
});
