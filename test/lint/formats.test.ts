import { beforeAll, describe, expect, it } from 'vitest';
import { lintSql } from '../../src/lint/index.js';
import type { LintRun } from '../../src/lint/types.js';
import { formatLint, formatLintPieces, lintExitCode } from '../../src/report/lint/index.js';
import { initParser } from '../../src/sql/index.js';
import { sarifValidator } from './sarif-schema.js';

const SQL = `-- lockstep-ignore-file renaming-column: the app reads both names
-- lockstep-ignore require-concurrent-index: built while the table is still empty
CREATE INDEX payments_user_idx ON payments (user_id);
ALTER TABLE payments
  ADD CONSTRAINT payments_user_fk
  FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE payments ADD COLUMN "note|x" json;
`;

let run: LintRun;

beforeAll(async () => {
  await initParser();
  const path = 'db/migrations/20240101_payments.sql';
  const result = lintSql(SQL, path, { tableSizes: new Map([['payments', { rows: 80_000_000, bytes: 42 * 1024 ** 3 }], ['users', { rows: 10, bytes: 8192 }]]) });
  run = { files: [path], findings: result.findings, unusedIgnores: result.unusedIgnores, sources: { [path]: SQL } };
});

describe('lint output formats', () => {
  it('finds what the fixture is built to show', () => {
    expect(run.findings.map((f) => f.rule)).toContain('constraint-missing-not-valid');
    expect(run.findings.map((f) => f.rule)).not.toContain('require-concurrent-index');
    expect(run.unusedIgnores.map((f) => f.rule)).toEqual(['unused-ignore']);
  });

  it('human: code frame with carets under the statement, help and doc link, no colour by default', () => {
    const out = formatLint('human', run);
    expect(out).not.toContain('\u001b[');
    expect(out).toContain('payments: ~80M rows, 42 GB — writes blocked for the validation scan of every row');
    expect(out).toMatchSnapshot();
  });

  it('human: colour only when asked', () => {
    expect(formatLint('human', run, { color: true })).toContain('\u001b[31m');
  });

  it('json: an array of findings with the documented keys', () => {
    const parsed = JSON.parse(formatLint('json', run)) as Array<Record<string, unknown>>;
    expect(parsed.length).toBe(run.findings.length + run.unusedIgnores.length);
    const fk = parsed.find((f) => f.rule === 'constraint-missing-not-valid');
    expect(Object.keys(fk ?? {})).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'help', 'docUrl', 'lock']);
    expect(fk).toMatchObject({ line: 4, column: 1, endLine: 6, endColumn: 46, lock: { mode: 'ShareRowExclusive', relation: 'payments', blocks: ['writes', 'ddl'] } });
  });

  it('json: laid out exactly as JSON.stringify(findings, null, 2), written in pieces of 500', () => {
    const odd = { ...run.findings[0]!, file: 'a "quoted"\\path\u2028.sql', message: 'two\nlines\t"and quotes"' };
    const noLock = { ...odd, lock: undefined };
    const emptyBlocks = { ...odd, lock: { mode: 'AccessShare' as const, relation: 'r', blocks: [] } };
    const many = Array.from({ length: 1203 }, (_, i) => ({ ...run.findings[i % run.findings.length]!, line: i + 1 }));
    for (const findings of [[], [odd, noLock, emptyBlocks], many]) {
      const r: LintRun = { files: [], findings, unusedIgnores: run.unusedIgnores };
      const all = [...findings, ...run.unusedIgnores].map(({ lock, ...rest }) => (lock ? { ...rest, lock } : rest));
      expect(formatLint('json', r)).toBe(`${JSON.stringify(all, null, 2)}\n`);
      expect([...formatLintPieces('json', r)].length).toBe(Math.ceil(all.length / 500) + 1);
    }
  });

  it('sarif: valid against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const log = JSON.parse(formatLint('sarif', run)) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0]?.results.map((r) => [r.ruleId, r.level])).toContainEqual(['constraint-missing-not-valid', 'error']);
  });

  it('github: one workflow command per finding, properties escaped', () => {
    const out = formatLint('github', run);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(run.findings.length + run.unusedIgnores.length);
    expect(lines.find((l) => l.includes('constraint-missing-not-valid'))).toMatch(
      /^::error file=db\/migrations\/20240101_payments\.sql,line=4,col=1,endLine=6,endColumn=46,title=constraint-missing-not-valid::Adding a FOREIGN KEY/,
    );
    expect(out).toMatchSnapshot();
  });

  it('markdown: a table that survives pipes in messages', () => {
    const out = formatLint('markdown', run);
    expect(out).toContain('| Severity | Rule | Location | Finding | Lock |');
    expect(out).toMatchSnapshot();
  });
});

describe('the summary line', () => {
  it('counts the files that could not be read as migrations (2 errors in 2 files, not in 0 files)', () => {
    const invalid = (file: string): LintRun['findings'][number] => ({ file, line: 1, column: 1, endLine: 1, endColumn: 1, rule: 'invalid-migration', severity: 'error', message: 'LOCKSTEP_E_EMPTY_UP', help: '', docUrl: '' });
    const out = formatLint('human', { files: ['c.sql'], findings: [invalid('a.sql'), invalid('b.sql')], unusedIgnores: [] });
    expect(out.trimEnd().split('\n').pop()).toBe('2 errors, 0 warnings, 0 info in 3 files.');
  });
});

describe('lintExitCode', () => {
  const at = (severity: 'error' | 'warning' | 'info'): LintRun => ({
    files: ['a.sql'],
    findings: [{ file: 'a.sql', line: 1, column: 1, endLine: 1, endColumn: 2, rule: 'x', severity, message: '', help: '', docUrl: '' }],
    unusedIgnores: [],
  });
  it('fails at or above --fail-on', () => {
    expect(lintExitCode(at('error'), 'error')).toBe(1);
    expect(lintExitCode(at('warning'), 'error')).toBe(0);
    expect(lintExitCode(at('warning'), 'warning')).toBe(1);
    expect(lintExitCode(at('info'), 'warning')).toBe(0);
    expect(lintExitCode(at('info'), 'info')).toBe(1);
    expect(lintExitCode(at('error'), 'none')).toBe(0);
    expect(lintExitCode({ files: [], findings: [], unusedIgnores: [] }, 'info')).toBe(0);
  });
});
