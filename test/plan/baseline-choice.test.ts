/** computeStatus with Flyway baseline migrations, pure: which one a target runs, from its history rows alone. */
import { describe, expect, it } from 'vitest';
import type { MigrationFile } from '../../src/core/types.js';
import type { HistoryRow } from '../../src/history/index.js';
import { computeStatus, planUp } from '../../src/plan/index.js';

function file(id: string): MigrationFile {
  const baseline = id.startsWith('B');
  const version = baseline ? id.slice(1) : id.startsWith('R__') ? '' : id;
  return {
    id, version, name: id, layout: 'pair', tool: 'flyway', paths: [`${id}.sql`],
    up: { kind: 'sql', path: `${id}.sql`, sql: 'select 1;', startLine: 1 },
    noDown: 'tool-has-none', ...(baseline ? { baseline: true } : {}), ...(version === '' ? { repeatable: true } : {}),
    directives: { noTransaction: false, irreversible: false, lockFlag: false }, checksum: `c-${id}`,
  };
}

function row(id: string, status: HistoryRow['status'] = 'applied'): HistoryRow {
  return {
    version: id, name: id, layout: 'pair', checksum: `c-${id}`, status, appliedAt: new Date(0), executionMs: 1, dbUser: null, osUser: null,
    host: null, environment: null, lockstepVersion: null, batch: 1, upSql: null, downSql: null, statementsDone: status === 'partial' ? 1 : 2,
    statementsTotal: 2, lastError: null, rolledBackAt: status === 'rolled_back' ? new Date(0) : null,
  };
}

// The loader's order: a baseline before the versioned migration of its version, repeatables last.
const FILES = ['1', 'B1.1', '1.1', '2', 'B3', '3', '4', 'R__v'].map(file);
const states = (rows: HistoryRow[], to?: string): string => computeStatus(FILES, rows, { to }).map((e) => `${e.id}:${e.state}`).join(' ');

describe('computeStatus with Flyway baseline migrations', () => {
  it('an empty history takes the latest baseline (1.1 = B1.1 compare as Flyway does), or the latest at or below --to', () => {
    expect(states([])).toBe('1:ignored B1.1:ignored 1.1:ignored 2:ignored B3:pending 3:ignored 4:pending R__v:pending');
    expect(states([], '2')).toBe('1:ignored B1.1:pending 1.1:ignored 2:pending B3:ignored 3:pending 4:pending R__v:pending');
    expect(states([], '1')).toBe('1:pending B1.1:ignored 1.1:pending 2:pending B3:ignored 3:pending 4:pending R__v:pending');
    expect(planUp(computeStatus(FILES, [], { to: '3' }), { to: '3' }).map((s) => s.file.id)).toEqual(['B3']);
  });

  it('a rolled-back row leaves the database empty; a partial baseline is the one it resumes', () => {
    expect(states([row('1', 'rolled_back')])).toContain('B3:pending');
    expect(states([row('B3', 'partial')])).toBe('1:ignored B1.1:ignored 1.1:ignored 2:ignored B3:partial 3:ignored 4:pending R__v:pending');
  });

  it('once a baseline ran, the versions it covers stay ignored, and newer baselines are ignored', () => {
    expect(states([row('B1.1'), row('2')])).toBe('1:ignored B1.1:applied 1.1:ignored 2:applied B3:ignored 3:pending 4:pending R__v:pending');
  });

  it('a history without a baseline row ignores every baseline, and nothing is out of order because of them', () => {
    const entries = computeStatus(FILES, [row('1'), row('1.1')]);
    expect(entries.map((e) => `${e.id}:${e.state}`).join(' ')).toBe('1:applied B1.1:ignored 1.1:applied 2:pending B3:ignored 3:pending 4:pending R__v:pending');
    expect(entries.filter((e) => e.outOfOrder)).toEqual([]);
    expect(entries.find((e) => e.id === 'B3')?.ignoredWhy).toMatch(/already has migrations applied/);
  });

  it('notEmpty (lockstep baseline) ignores baselines whatever the history says', () => {
    expect(computeStatus(FILES, [], { notEmpty: true }).filter((e) => e.state === 'ignored').map((e) => e.id)).toEqual(['B1.1', 'B3']);
  });
});
