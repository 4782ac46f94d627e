/**
 * NDJSON progress streams, shared by the long routes (up, down, test): one JSON object per line as the
 * work goes on, then one last line with the outcome and its real HTTP status.
 */
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { redact } from '../../core/redact.js';
import type { AppEnv } from '../server-context.js';

export function wantsNdjson(c: Context<AppEnv>): boolean {
  return (c.req.header('accept') ?? '').includes('application/x-ndjson');
}

/** Writes one line per value; the caller never awaits a write, so a slow client does not slow the work. */
export type LineWriter = (value: unknown) => void;

/**
 * Answers 200 with a stream (the status is sent before the work ends): `work` writes progress lines and
 * returns the last line. Every line is redacted. A client that disconnects does not stop the work.
 */
export function ndjsonResponse(c: Context<AppEnv>, work: (line: LineWriter) => Promise<unknown>): Response {
  c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
  c.header('Cache-Control', 'no-store');
  return stream(c, async (s) => {
    let writes = Promise.resolve();
    const line: LineWriter = (value) => {
      const text = `${redact(JSON.stringify(value))}\n`;
      writes = writes.then(() => s.write(text)).then(() => undefined, () => undefined);
    };
    line(await work(line));
    await writes;
  });
}
