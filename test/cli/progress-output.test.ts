/** Progress on stderr: redrawn bars on a terminal; in CI, a line at the start, at most every interval, and at the end. */
import { describe, expect, it } from 'vitest';
import { progressEveryMs, progressOutput } from '../../src/cli/progress-output.js';
import type { RunEvent } from '../../src/runner/index.js';

const backfill = (rowsDone: number, finished = false): RunEvent => ({
  type: 'backfill-progress', version: '002', table: 'public.items', rowsDone, batches: rowsDone / 100, rowsPerSecond: 1000, fraction: finished ? 1 : rowsDone / 1000, etaMs: null, finished,
});

function sink(isTTY: boolean, everyMs: number) {
  const written: string[] = [];
  return { written, emit: progressOutput(false, { isTTY, write: (t: string) => written.push(t) }, everyMs) };
}

describe('not a terminal (CI)', () => {
  it('prints the first line, none within the interval, then the finished one', () => {
    const s = sink(false, 60_000);
    for (let rows = 100; rows < 1000; rows += 100) s.emit(backfill(rows));
    s.emit(backfill(1000, true));
    expect(s.written).toEqual([
      '  backfill public.items: 10% 100 rows, 1 batches, 1,000 rows/s\n',
      '  backfill public.items finished: 100% 1,000 rows, 10 batches, 1,000 rows/s\n',
    ]);
  });

  it('with no interval every sample is a line, and other events always are', () => {
    const s = sink(false, 0);
    s.emit(backfill(100));
    s.emit(backfill(200));
    s.emit({ type: 'notice', message: 'hello' });
    expect(s.written).toHaveLength(3);
    expect(s.written[2]).toBe('lockstep: hello\n');
  });

  it('LOCKSTEP_PROGRESS_EVERY sets the interval (default 10s)', () => {
    expect(progressEveryMs({})).toBe(10_000);
    expect(progressEveryMs({ LOCKSTEP_PROGRESS_EVERY: '1m' })).toBe(60_000);
  });
});

describe('a terminal', () => {
  it('redraws one bar in place and ends it with a newline; a line in between clears the bar first', () => {
    const s = sink(true, 60_000);
    s.emit(backfill(100));
    s.emit(backfill(500));
    s.emit({ type: 'notice', message: 'hello' });
    s.emit(backfill(1000, true));
    expect(s.written[0]).toMatch(/^\r\u001b\[2K {2}backfill public\.items \[#+-+\] {2}10% /);
    expect(s.written[1]).toMatch(/^\r\u001b\[2K {2}backfill public\.items \[#+-+\] {2}50% /);
    expect(s.written[2]).toBe('\r\u001b[2Klockstep: hello\n');
    expect(s.written[3]).toMatch(/100% .*\n$/);
  });
});
