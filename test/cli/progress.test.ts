/** Progress of test and plan on stderr: a bar redrawn in place on a terminal (coloured unless NO_COLOR), a line every 25 items otherwise. */
import { expect, it } from 'vitest';
import { LINE_EVERY, progressPrinter, type ProgressOutput } from '../../src/cli/progress.js';
import type { Progress } from '../../src/core/events.js';

function capture(tty: boolean, color: boolean): { out: ProgressOutput; text: () => string } {
  let text = '';
  return { out: { tty, color, write: (t) => void (text += t) }, text: () => text };
}

const at = (done: number, total = 60, failed = 0): Progress => ({ task: 'test', done, total, failed, label: `${String(done).padStart(4, '0')} m${done}` });

it('writes a line every LINE_EVERY migrations and at the end when stderr is not a terminal', () => {
  const c = capture(false, false);
  const p = progressPrinter(c.out);
  for (let i = 1; i <= 60; i++) p.show(at(i, 60, i > 30 ? 2 : 0));
  const lines = c.text().trimEnd().split('\n');
  expect(LINE_EVERY).toBe(25);
  expect(lines).toEqual([
    'lockstep test: 25/60 migrations round-tripped (last: 0025 m25)',
    'lockstep test: 50/60 migrations round-tripped, 2 failed (last: 0050 m50)',
    'lockstep test: 60/60 migrations round-tripped, 2 failed (last: 0060 m60)',
  ]);
  expect(c.text()).not.toContain('\x1b');
});

it('redraws one bar on a terminal, ends it with a newline, and leaves colour out under NO_COLOR', () => {
  const plain = capture(true, false);
  const p = progressPrinter(plain.out);
  p.show(at(30, 60, 1));
  expect(p.barShown()).toBe(true);
  p.show(at(60, 60, 1));
  expect(p.barShown()).toBe(false);
  expect(plain.text()).toBe(`\r\x1b[2K[${'#'.repeat(15)}${'-'.repeat(15)}]  50% 30/60, 1 failed  0030 m30\r\x1b[2K[${'#'.repeat(30)}] 100% 60/60, 1 failed  0060 m60\n`);
  const coloured = capture(true, true);
  progressPrinter(coloured.out).show(at(30));
  expect(coloured.text()).toContain(`\x1b[32m${'#'.repeat(15)}\x1b[0m`);
});
