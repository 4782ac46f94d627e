/** Webhook alerts delivered to a local receiver: failure (after a retry), long run, drift; a dead webhook never fails a run. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sqlMigration } from '../support/fixtures.js';
import { TOKENS, bearer, post, twoEnvironments, type TwoEnvironments } from './support.js';

interface Received {
  readonly path: string;
  readonly body: { text: string; lockstep: { event: string; environment: string; version?: string; versions?: string[] } };
}

let env: TwoEnvironments;
let receiver: Server;
const received: Received[] = [];
let answered = 0;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString()));
    req.on('end', () => {
      answered++;
      // The very first delivery is refused with a 503, so the retry is exercised.
      if (answered === 1) return void res.writeHead(503).end();
      received.push({ path: req.url ?? '', body: JSON.parse(data) as Received['body'] });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as AddressInfo).port;
  // A closed port: this webhook always fails (after its retries), and must not disturb anything.
  const dead = await new Promise<number>((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => r(p));
    });
  });
  env = await twoEnvironments('http_alerts', {
    '001_ok.sql': sqlMigration('CREATE TABLE ok (id int);', 'DROP TABLE ok;'),
    '002_bad.sql': sqlMigration('CREATE TABLE bad (id int);\nSELECT 1/0;', 'DROP TABLE bad;'),
  }, {
    alerts: {
      webhooks: [{ url: `http://127.0.0.1:${port}/hooks/secret-path` }, { url: `http://127.0.0.1:${dead}/never`, events: ['failure'] }],
      longRunThreshold: 0,
    },
  }, { delivery: { retries: 2, baseDelayMs: 10, timeoutMs: 2_000 } });
});

afterAll(async () => {
  await env?.close();
  await new Promise((r) => receiver?.close(r));
});

it('a failed migration is reported to the webhook (after one refused delivery); the run answers with its own result', async () => {
  const res = await env.app.request('/v1/up', post({ env: 'dev' }, TOKENS.applyDev));
  expect(res.status).toBe(500);
  const body = (await res.json()) as { done: Array<{ version: string }>; failed: { version: string; error: { code: string } } };
  expect(body.done.map((d) => d.version)).toEqual(['001']);
  expect(body.failed).toMatchObject({ version: '002', error: { code: 'LOCKSTEP_E_MIGRATION_FAILED' } });
  await env.ctx.alerts.idle();
  const failure = received.find((r) => r.body.lockstep.event === 'failure');
  expect(failure?.path).toBe('/hooks/secret-path');
  expect(failure?.body.lockstep).toMatchObject({ environment: 'dev', version: '002' });
  expect(failure?.body.text).toMatch(/dev: up failed at 002 bad: \[LOCKSTEP_E_MIGRATION_FAILED\].*division by zero/);
  expect(answered).toBeGreaterThan(received.length);
  // Long-run threshold 0: every run also raises the long-run alert.
  expect(received.some((r) => r.body.lockstep.event === 'long-run' && r.body.lockstep.environment === 'dev')).toBe(true);
  // The dead webhook was logged, with its origin only (webhook URLs are secrets).
  const undelivered = env.logs.filter((l) => l.includes('alert not delivered'));
  expect(undelivered.length).toBeGreaterThan(0);
  expect(undelivered.join('\n')).not.toContain('/never');
  expect(env.logs.join('\n')).not.toContain('secret-path');
});

it('drift: an applied file edited is reported once when status is read', async () => {
  appendFileSync(join(env.project.dir, '001_ok.sql'), '\n-- edited after it ran\n');
  for (let i = 0; i < 2; i++) {
    const res = await env.app.request('/v1/status?env=dev', { headers: bearer(TOKENS.read) });
    expect(res.status).toBe(200);
  }
  await env.ctx.alerts.idle();
  const drift = received.filter((r) => r.body.lockstep.event === 'drift');
  expect(drift).toHaveLength(1);
  expect(drift[0]?.body.lockstep).toMatchObject({ environment: 'dev', versions: ['001'] });
});
