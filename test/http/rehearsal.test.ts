/**
 * POST /v1/plan and POST /v1/test against two real PostgreSQL environments: verdicts per pending
 * migration (with the target's tables locked by someone else), round trips that pass and one that names
 * the object its down section forgets, NDJSON progress, auth and errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl } from '../support/database.js';
import { sqlMigration } from '../support/fixtures.js';
import { TOKENS, post, twoEnvironments, type TwoEnvironments } from './support.js';
import { shareServerShadows } from '../support/server-shadows.js';

shareServerShadows();

let env: TwoEnvironments;

type ErrorBody = { error: { code: string; message: string; hint: string } };
interface PlanBody {
  readonly environment: string;
  readonly mode: string;
  readonly shadow: { kind: string } | null;
  readonly migrations: ReadonlyArray<{ version: string; verdict: string; reasons: Array<{ level: string; code: string; message: string }>; findings: Array<{ rule: string }> }>;
  readonly summary: Record<string, number>;
}
interface TestBody {
  readonly ok: boolean;
  readonly shadow: { kind: string };
  readonly steps: ReadonlyArray<{ version: string; status: string; downDifferences: unknown[] }>;
  readonly summary: Record<string, number>;
}

beforeAll(async () => {
  env = await twoEnvironments('http_rehearse', {
    '001_users.sql': sqlMigration('CREATE TABLE users (id bigint PRIMARY KEY, email text);', 'DROP TABLE users;'),
    '002_users_name.sql': sqlMigration('ALTER TABLE users ADD COLUMN name text;', 'ALTER TABLE users DROP COLUMN name;'),
    // The down section forgets the index.
    '003_users_email_idx.sql': sqlMigration('CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN nick text;', 'ALTER TABLE users DROP COLUMN nick;'),
    '004_broken.sql': sqlMigration('CREATE TABLE broken (id int);\nSELECT 1/0;', 'DROP TABLE broken;'),
  });
  // dev: 001 applied; prod: nothing.
  expect((await env.app.request('/v1/up', post({ env: 'dev', to: '001' }, TOKENS.applyDev))).status).toBe(200);
});

afterAll(async () => {
  await env?.close();
});

describe('POST /v1/plan', () => {
  it('gives each pending migration a verdict with its reasons, without waiting for a lock held on the target', async () => {
    const holder = await env.dev.client('lock holder');
    await holder.query('begin');
    await holder.query('lock table users in access exclusive mode');
    try {
      const res = await env.app.request('/v1/plan', post({ env: 'dev' }, TOKENS.read));
      expect(res.status).toBe(200);
      const plan = (await res.json()) as PlanBody;
      // The default shadow: a throwaway server of the environment's major version.
      expect(plan).toMatchObject({ environment: 'dev', mode: 'shadow', shadow: { kind: 'local', source: 'live-schema' } });
      expect(plan.migrations.map((m) => [m.version, m.verdict])).toEqual([['002', 'attention'], ['003', 'attention'], ['004', 'blocked']]);
      // The holder is seen, not waited for.
      expect(plan.migrations[0]?.reasons).toContainEqual(expect.objectContaining({ code: 'lock-contention', message: expect.stringContaining('lock holder') }));
      expect(plan.migrations[1]?.findings.map((f) => f.rule)).toContain('require-concurrent-index');
      expect(plan.migrations[2]?.reasons).toContainEqual(expect.objectContaining({ level: 'blocked', code: 'sql-error', message: expect.stringContaining('division by zero') }));
      expect(plan.summary).toEqual({ safe: 0, attention: 2, blocked: 1 });
    } finally {
      await holder.query('rollback');
    }
  }, 60_000);

  it('plans up to `to` on another environment, with a read token', async () => {
    const res = await env.app.request('/v1/plan', post({ env: 'prod', to: '002' }, TOKENS.read));
    expect(res.status).toBe(200);
    const plan = (await res.json()) as PlanBody;
    expect(plan.migrations.map((m) => [m.version, m.verdict])).toEqual([['001', 'safe'], ['002', 'safe']]);
  }, 60_000);

  it('401 without a token, 403 for an environment the token does not list, 404 for an unknown one', async () => {
    const none = await env.app.request('/v1/plan', { method: 'POST', body: '{"env":"dev"}' });
    expect(none.status).toBe(401);
    expect(((await none.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_UNAUTHORIZED');
    const forbidden = await env.app.request('/v1/plan', post({ env: 'prod' }, TOKENS.readDev));
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_FORBIDDEN');
    const unknown = await env.app.request('/v1/plan', post({ env: 'staging' }, TOKENS.read));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error).toMatchObject({ code: 'LOCKSTEP_E_UNKNOWN_ENV', hint: expect.stringContaining('dev, prod') });
  });

  it('offers no rehearsal on the target: onTarget is an unknown field', async () => {
    const res = await env.app.request('/v1/plan', post({ env: 'dev', onTarget: true }, TOKENS.applyAll));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'LOCKSTEP_E_BAD_JSON', message: expect.stringContaining('onTarget') });
  });
});

describe('POST /v1/test', () => {
  it('passes for good migrations', async () => {
    const res = await env.app.request('/v1/test', post({ env: 'dev', to: '002' }, TOKENS.read));
    expect(res.status).toBe(200);
    const report = (await res.json()) as TestBody;
    expect(report.steps.map((s) => [s.version, s.status])).toEqual([['001', 'passed'], ['002', 'passed']]);
    expect(report).toMatchObject({ ok: true, summary: { passed: 2, failed: 0 } });
  }, 60_000);

  it('names the index a down section forgets, streaming one line per migration (server shadow, apply token)', async () => {
    const res = await env.app.request('/v1/test', post({ env: 'dev', to: '003', shadowUrl: adminUrl() }, TOKENS.applyDev, { accept: 'application/x-ndjson' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { type: string; version?: string; status?: unknown; result?: TestBody });
    expect(lines.map((l) => [l.type, l.version, l.status])).toEqual([
      ['round-trip-step', '001', 'passed'], ['round-trip-step', '002', 'passed'], ['round-trip-step', '003', 'failed'], ['result', undefined, 200],
    ]);
    const report = lines.at(-1)?.result as TestBody;
    expect(report).toMatchObject({ ok: false, shadow: { kind: 'server' }, summary: { passed: 2, failed: 1 } });
    expect(report.steps[2]?.downDifferences).toEqual([{ kind: 'added', objectType: 'index', name: 'public.users_email_idx' }]);
  }, 60_000);

  it('an unknown version is 404 LOCKSTEP_E_UNKNOWN_VERSION, as JSON and as the last line of a stream', async () => {
    const res = await env.app.request('/v1/test', post({ env: 'dev', from: '999' }, TOKENS.read));
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_UNKNOWN_VERSION');
    const streamed = await env.app.request('/v1/test', post({ env: 'dev', to: '999' }, TOKENS.read, { accept: 'application/x-ndjson' }));
    const last = JSON.parse((await streamed.text()).trim().split('\n').at(-1) ?? '{}') as { type: string; status: number } & ErrorBody;
    expect(last).toMatchObject({ type: 'error', status: 404, error: { code: 'LOCKSTEP_E_UNKNOWN_VERSION' } });
  });

  it('unknown environment → 404 LOCKSTEP_E_UNKNOWN_ENV', async () => {
    const res = await env.app.request('/v1/test', post({ env: 'staging' }, TOKENS.read));
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('LOCKSTEP_E_UNKNOWN_ENV');
  });
});

describe('shadowUrl in a request', () => {
  it('needs an apply token: it makes the server connect to that server and create a database there', async () => {
    const res = await env.app.request('/v1/test', post({ env: 'dev', shadowUrl: adminUrl() }, TOKENS.read));
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ code: 'LOCKSTEP_E_FORBIDDEN', message: expect.stringContaining('shadow') });
  });

  it('must be a TCP postgres:// URL without file or host parameters; the value is not echoed', async () => {
    for (const shadowUrl of ['pglite:///var/tmp/x', 'postgres://postgres@%2Fvar%2Frun%2Fpostgresql/postgres', 'postgres://h/db?sslkey=/etc/secret-key-path', 'not a url']) {
      const res = await env.app.request('/v1/plan', post({ env: 'dev', shadowUrl }, TOKENS.applyAll));
      expect(res.status, shadowUrl).toBe(400);
      const text = await res.text();
      expect((JSON.parse(text) as ErrorBody).error).toMatchObject({ code: 'LOCKSTEP_E_BAD_JSON', message: expect.stringContaining('shadowUrl') });
      expect(text).not.toContain('secret-key-path');
    }
  });
});
