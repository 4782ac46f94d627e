import { describe, expect, it } from 'vitest';
import { leadingComments, parseDirectives, readDirectives } from '../../src/loader/index.js';
import { load } from './temp-dir.js';

describe('readDirectives', () => {
  it('reads every directive and metadata key from the leading comment block', () => {
    const sql = [
      '-- Adds an index.',
      '-- lockstep:no-transaction',
      '',
      '-- lockstep:lock-timeout 500ms',
      '-- lockstep:statement-timeout=2m',
      '-- LOCK: true',
      '-- SAFETY: run outside business hours',
      '-- SAFETY: the table has 40M rows',
      'CREATE INDEX CONCURRENTLY i ON t (a);',
      '-- lockstep:irreversible',
    ].join('\n');
    const { directives, errors } = readDirectives(sql, 'x.sql');
    expect(errors).toEqual([]);
    expect(directives).toEqual({
      noTransaction: true,
      noTransactionFrom: '-- lockstep:no-transaction (line 2)',
      irreversible: false,
      lockTimeoutMs: 500,
      statementTimeoutMs: 120_000,
      lockFlag: true,
      safetyNote: 'run outside business hours\nthe table has 40M rows',
    });
  });

  it('leaves lockstep-ignore comments and prose alone', () => {
    const { directives, errors } = readDirectives('-- lockstep-ignore require-concurrent-index\n-- Lock: see ticket 12\nSELECT 1;', 'x.sql');
    expect(errors).toEqual([]);
    expect(directives).toEqual({ noTransaction: false, irreversible: false, lockFlag: false });
  });

  it('collects every bad line with its file line', () => {
    const sql = '-- lockstep:lock-timeout\n-- lockstep:irreversible yes\n-- LOCK: maybe\n-- SAFETY:\n-- lockstep:retry 3\nSELECT 1;';
    const { errors } = readDirectives(sql, 'x.sql', 10);
    expect(errors.map((e) => [e.code, e.location?.line])).toEqual([
      ['LOCKSTEP_E_BAD_DIRECTIVE', 10],
      ['LOCKSTEP_E_BAD_DIRECTIVE', 11],
      ['LOCKSTEP_E_BAD_DIRECTIVE', 12],
      ['LOCKSTEP_E_BAD_DIRECTIVE', 13],
      ['LOCKSTEP_E_UNKNOWN_DIRECTIVE', 14],
    ]);
    for (const e of errors) expect(e.hint).not.toBe('');
  });

  it('refuses a lock-timeout of 0 (PostgreSQL would wait for locks forever); a statement-timeout of 0 means none', () => {
    for (const zero of ['0', '0ms', '0s', '0.4ms']) {
      const { errors } = readDirectives(`-- lockstep:lock-timeout ${zero}\nSELECT 1;`, 'x.sql');
      expect(errors.map((e) => e.code), zero).toEqual(['LOCKSTEP_E_BAD_DIRECTIVE']);
      expect(errors[0]?.hint).toContain('waiting for locks forever');
    }
    expect(readDirectives('-- lockstep:statement-timeout 0\nSELECT 1;', 'x.sql').errors).toEqual([]);
  });

  it('reads // comments for modules', () => {
    const comments = leadingComments('// lockstep:irreversible\n\n// note\nexport {};\n// lockstep:no-transaction', 1, '//');
    expect(comments).toEqual([
      { text: 'lockstep:irreversible', line: 1 },
      { text: 'note', line: 3 },
    ]);
    expect(parseDirectives(comments, 'm.ts').directives.irreversible).toBe(true);
  });
});

describe('directives in single files', () => {
  it('are read before the first marker and right after the up marker, not later', async () => {
    const [m] = await load({
      '1_a.sql': [
        '-- lockstep:lock-timeout 1s',
        '-- UP',
        '-- lockstep:no-transaction',
        'CREATE INDEX CONCURRENTLY i ON t (a);',
        '-- lockstep:statement-timeout 1s',
        '-- DOWN',
        '-- lockstep:irreversible',
        'DROP INDEX CONCURRENTLY i;',
      ].join('\n'),
    });
    expect(m?.directives).toEqual({ noTransaction: true, noTransactionFrom: '-- lockstep:no-transaction (line 3)', irreversible: false, lockFlag: false, lockTimeoutMs: 1000 });
  });
});
