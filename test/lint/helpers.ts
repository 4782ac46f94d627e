/** Shared test helpers: each rule is tested with SQL that triggers it and SQL that does not. */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintSql } from '../../src/lint/index.js';
import type { Finding, LintOptions } from '../../src/lint/index.js';
import { renderFinding } from '../../src/report/lint/human.js';
import { initParser } from '../../src/sql/index.js';

export interface RuleCase {
  readonly sql: string;
  readonly options?: LintOptions & { readonly transactional?: boolean };
}

export type CaseInput = string | RuleCase;

const asCase = (c: CaseInput): RuleCase => (typeof c === 'string' ? { sql: c } : c);

export function lintCase(c: CaseInput): Finding[] {
  const { sql, options } = asCase(c);
  return lintSql(sql, 'migration.sql', options ?? {}).findings;
}

export function findingsOf(rule: string, c: CaseInput): Finding[] {
  return lintCase(c).filter((f) => f.rule === rule);
}

/** The human rendering of findings, as the user reads it. */
export function rendered(findings: readonly Finding[], sql: string): string {
  return findings.map((f) => renderFinding(f, sql)).join('\n\n');
}

function title(c: CaseInput): string {
  const { sql, options } = asCase(c);
  const one = sql.replace(/\s+/g, ' ').trim();
  return `${one.length > 90 ? `${one.slice(0, 89)}…` : one}${options ? ` ${JSON.stringify(options, (_k, v: unknown) => (v instanceof Map ? [...v] : v))}` : ''}`;
}

/**
 * Declares the tests of one rule: every `bad` case must produce at least one finding of the rule (and its
 * rendering is snapshotted), every `good` case none.
 */
export function describeRule(id: string, cases: { readonly bad: readonly CaseInput[]; readonly good: readonly CaseInput[] }): void {
  describe(id, () => {
    beforeAll(() => initParser());
    for (const c of cases.bad) {
      it(`reports: ${title(c)}`, () => {
        const found = findingsOf(id, c);
        expect(found.length, `expected ${id} on: ${asCase(c).sql}`).toBeGreaterThan(0);
        expect(rendered(found, asCase(c).sql)).toMatchSnapshot();
      });
    }
    for (const c of cases.good) {
      it(`accepts: ${title(c)}`, () => {
        expect(findingsOf(id, c)).toEqual([]);
      });
    }
  });
}

export const big = (name: string, rows = 80_000_000, bytes = 42 * 1024 ** 3): Map<string, { rows: number; bytes: number }> =>
  new Map([[name, { rows, bytes }]]);
