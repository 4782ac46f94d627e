/** Webhook delivery: retried with backoff on 5xx, 408, 429 and network errors; a 4xx is final. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { deliverWebhook } from '../../src/alerts/deliver-webhook.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A receiver answering the given statuses in turn; returns its URL and the bodies it got. */
async function receiver(statuses: readonly number[]): Promise<{ url: string; bodies: string[] }> {
  const bodies: string[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(statuses[bodies.length - 1] ?? 200).end();
    });
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies };
}

const fast = { retries: 3, baseDelayMs: 5, timeoutMs: 2_000 };

it('retries 503 and 429 until a success', async () => {
  const r = await receiver([503, 429, 200]);
  expect(await deliverWebhook(r.url, { text: 'x' }, fast)).toEqual({ ok: true, attempts: 3, status: 200 });
  expect(r.bodies).toEqual(['{"text":"x"}', '{"text":"x"}', '{"text":"x"}']);
});

it('does not retry a 400: the payload or URL is wrong', async () => {
  const r = await receiver([400]);
  expect(await deliverWebhook(r.url, {}, fast)).toEqual({ ok: false, attempts: 1, status: 400 });
});

it('gives up after the retries, with the last status', async () => {
  const r = await receiver([500, 500, 500, 500, 500]);
  expect(await deliverWebhook(r.url, {}, fast)).toEqual({ ok: false, attempts: 4, status: 500 });
});

it('a receiver that is not there is an error outcome after the retries, never a throw', async () => {
  const outcome = await deliverWebhook('http://127.0.0.1:1/hook', {}, { ...fast, retries: 1 });
  expect(outcome).toMatchObject({ ok: false, attempts: 2 });
  expect(outcome.error).toBeTruthy();
});
