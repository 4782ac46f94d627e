import { describe, expect, it } from 'vitest';
import type { StatusReport } from '../../src/api/index.js';
import { formatStatus } from '../../src/report/index.js';

describe('status, human', () => {
  it("ends a partial migration's error with one period before its advice (the server's message may end with one)", () => {
    const m = { id: '003', version: '003', name: 'keys', state: 'partial', partial: { done: 1, total: 3, error: 'could not create unique index "u": Key (email)=(a) is duplicated.' }, changed: false, missingFile: false, outOfOrder: false, reapply: false, unsupported: null, down: 'ok', appliedAt: null, appliedBy: null, durationMs: null, files: [] };
    const report = {
      target: 'postgres://h/db', environment: null, project: { tool: 'lockstep', detectedFrom: '' }, migrations: [m],
      summary: { applied: 0, pending: 0, partial: 1, changed: 0, missingFile: 0, outOfOrder: 0 }, invalidIndexes: [], backfills: [], foreignHistory: [], problems: [], ignored: [],
    } as unknown as StatusReport;
    const text = formatStatus(report);
    expect(text).toContain('is duplicated. Run `lockstep up` to resume.');
    expect(text).not.toContain('..');
  });
});
