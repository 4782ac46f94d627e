import { beforeAll, describe, expect, it } from 'vitest';
import { lintSql } from '../../src/lint/index.js';
import { initParser } from '../../src/sql/index.js';

beforeAll(() => initParser());

const rules = (sql: string, options = {}) => {
  const r = lintSql(sql, 'm.sql', options);
  return { findings: r.findings.map((f) => `${f.line}:${f.rule}`), unused: r.unusedIgnores.map((f) => `${f.line}:${f.rule}:${f.message}`) };
};

describe('suppression comments', () => {
  it('suppresses one rule on the next statement, with a reason', () => {
    const sql = "SET lock_timeout = '1s';\nSET statement_timeout = '1min';\n-- lockstep-ignore require-concurrent-index: table is empty, created last release\nCREATE INDEX i ON payments (a);\nCREATE INDEX j ON payments (b);";
    expect(rules(sql)).toEqual({ findings: ['5:require-concurrent-index'], unused: [] });
  });

  it('accepts several rules, and a trailing comment on the statement line', () => {
    const sql = 'CREATE INDEX i ON payments (a); -- lockstep-ignore require-concurrent-index, require-lock-timeout, require-statement-timeout: empty table';
    expect(rules(sql)).toEqual({ findings: [], unused: [] });
  });

  it('reports an ignore without a reason, or with an unknown rule, as invalid-ignore (and does not suppress)', () => {
    const sql = '-- lockstep-ignore require-concurrent-index\nCREATE INDEX i ON payments (a);\n-- lockstep-ignore no-such-rule: because\nSELECT 1;';
    const r = lintSql(sql, 'm.sql', { runnerSetsTimeouts: true });
    expect(r.findings.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [1, 'invalid-ignore', 'error'],
      [2, 'require-concurrent-index', 'error'],
      [3, 'invalid-ignore', 'error'],
    ]);
    expect(r.findings[0]?.message).toContain('has no reason');
    expect(r.findings[2]?.message).toContain('unknown rule "no-such-rule"');
  });

  it('suppresses a rule for the whole file from the leading comment block', () => {
    const sql = "-- lockstep:no-transaction\n-- lockstep-ignore-file prefer-jsonb: external schema we mirror\nCREATE TABLE IF NOT EXISTS a (id bigint PRIMARY KEY, j json);\nCREATE TABLE IF NOT EXISTS b (id bigint PRIMARY KEY, j json);";
    expect(rules(sql, { transactional: false })).toEqual({ findings: [], unused: [] });
  });

  it('rejects lockstep-ignore-file outside the leading comment block', () => {
    const sql = 'SELECT 1;\n-- lockstep-ignore-file prefer-jsonb: too late\nCREATE TABLE a (id bigint PRIMARY KEY, j json);';
    expect(rules(sql).findings).toEqual(['2:invalid-ignore', '3:prefer-jsonb']);
  });

  it('reports unused ignores as warnings', () => {
    const sql = '-- lockstep-ignore-file renaming-table: not needed\n-- lockstep-ignore require-concurrent-index: stale\nSELECT 1;';
    const r = lintSql(sql, 'm.sql');
    expect(r.unusedIgnores.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [1, 'unused-ignore', 'warning'],
      [2, 'unused-ignore', 'warning'],
    ]);
    // Each message names the comment as it is written, so it can be found in the file.
    expect(r.unusedIgnores.map((f) => f.message)).toEqual([
      'lockstep-ignore-file renaming-table suppresses nothing in this file',
      'lockstep-ignore require-concurrent-index suppresses nothing on the next statement',
    ]);
  });

  it('lets the configuration change severities and turn rules off', () => {
    const sql = 'CREATE INDEX i ON payments (a);';
    const r = lintSql(sql, 'm.sql', { rules: { 'require-concurrent-index': 'warning', 'require-lock-timeout': 'off', 'require-statement-timeout': 'off' } });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['require-concurrent-index', 'warning']]);
  });

  it('never reads DDL in comments or strings (DO blocks and function bodies are read: test/lint/rules/embedded.test.ts)', () => {
    const sql = [
      "-- ALTER TABLE payments ADD COLUMN x int NOT NULL;",
      "/* CREATE INDEX i ON payments (a); */",
      "SELECT 'ALTER TABLE payments DROP COLUMN a';",
      "DO $$ BEGIN RAISE NOTICE 'ALTER TABLE payments ALTER COLUMN a TYPE bigint'; END $$;",
    ].join('\n');
    expect(lintSql(sql, 'm.sql').findings).toEqual([]);
  });
});
