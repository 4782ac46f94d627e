/** One oracle test file: its own database, its cases, and the assertion that every disagreement is explained. */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { initParser } from '../../../src/sql/index.js';
import type { Case } from './case.js';
import type { Disagreement } from './compare.js';
import { EXCEPTIONS, explained, type Suite } from './exceptions.js';
import { startOracle, type Oracle, type OracleResult } from './run-oracle.js';

const describe = (d: Disagreement): string => `${d.kind} ${d.relation}: model ${d.model}, server ${d.server} — ${d.sql.replace(/\s+/g, ' ')}`;

export function oracleSuite(suite: Suite, cases: () => readonly Case[], minimumJudged: number): void {
  let oracle: Oracle;
  let result: OracleResult;

  beforeAll(async () => {
    await initParser();
    oracle = await startOracle(`oracle_${suite}`);
    result = await oracle.run(cases());
    const unexplained = result.disagreements.filter((d) => !explained(d));
    const line = `oracle ${suite}: ${result.judged} checked, ${result.notApplicable} not applicable, ${result.disagreements.length} disagreements (${unexplained.length} unexplained)`;
    process.stderr.write(`${line}\n`);
    // LOCKSTEP_ORACLE_DUMP=dir writes every disagreement of the suite to dir/<suite>.json, for triage.
    const dump = process.env.LOCKSTEP_ORACLE_DUMP;
    if (dump) writeFileSync(`${dump}/${suite}.json`, JSON.stringify({ ...result, unexplained }, null, 2));
  }, 600_000);

  afterAll(async () => {
    await oracle?.close();
  });

  it(`checks at least ${minimumJudged} cases on the server`, () => {
    expect(result.judged).toBeGreaterThanOrEqual(minimumJudged);
  });

  it('finds no disagreement between the lock model and PostgreSQL that is not a documented exception', () => {
    expect(result.disagreements.filter((d) => !explained(d)).map(describe)).toEqual([]);
  });

  it('uses every documented exception it lists (no stale ones)', () => {
    const used = new Set(result.disagreements.map((d) => explained(d)?.id));
    expect(EXCEPTIONS.filter((e) => e.suites.includes(suite) && !used.has(e.id)).map((e) => e.id)).toEqual([]);
  });
}
