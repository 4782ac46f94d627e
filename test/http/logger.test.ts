/** `lockstep serve` logs: one JSON object per line with level name, ISO time, fields and msg; passwords redacted. */
import { expect, it } from 'vitest';
import { jsonLogger } from '../../src/http/logger.js';

it('writes one redacted JSON line per call', () => {
  const lines: string[] = [];
  const log = jsonLogger((l) => void lines.push(l));
  log('info', 'request', { method: 'GET', status: 200, target: 'postgres://app:hunter2@db/prod' });
  log('warn', 'slow');
  expect(lines.every((l) => l.endsWith('\n'))).toBe(true);
  const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(first).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), method: 'GET', status: 200, target: 'postgres://app:***@db/prod', msg: 'request' });
  expect(second).toMatchObject({ level: 'warn', msg: 'slow' });
  expect(lines.join('')).not.toContain('hunter2');
});
