/**
 * The plain progress line of long commands: it must not call migrations round-tripped that were never run (a
 * node-pg-migrate folder of .ts modules printed "63/63 migrations round-tripped" when none had run).
 */
import { describe, expect, it } from 'vitest';
import { formatProgressBarText, formatProgressText } from '../../src/report/progress-report.js';

describe('progress lines', () => {
  it('say how many failed and how many were not run, and nothing of either when there are none', () => {
    expect(formatProgressText({ task: 'test', done: 120, total: 300, failed: 0, label: '0120 add_index' })).toBe('lockstep test: 120/300 migrations round-tripped (last: 0120 add_index)');
    expect(formatProgressText({ task: 'test', done: 63, total: 63, failed: 0, notRun: 63, label: '1779800000009_x x' })).toBe('lockstep test: 63/63 migrations gone through, 63 not run (last: 1779800000009_x x)');
    expect(formatProgressText({ task: 'plan', done: 5, total: 9, failed: 2, notRun: 0, label: '5 e' })).toBe('lockstep plan: 5/9 migrations rehearsed, 2 failed (last: 5 e)');
    expect(formatProgressBarText({ task: 'test', done: 2, total: 4, failed: 1, notRun: 1, label: '2 b' }, false)).toMatch(/ 50% 2\/4, 1 failed, 1 not run {2}2 b$/);
  });
});
